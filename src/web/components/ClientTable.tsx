import { Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { ClientSummary } from '../api/types';
import { useLocale } from '../i18n/useLocale';
import { formatCalendarDate } from '../lib/format';
import { AppLink } from './AppLink';

interface Props {
  clients: ClientSummary[];
  /** Id of the heading that names this table. */
  labelledBy: string;
  empty: string;
}

/** People as a table: name (link to their page), birth date, age, municipality, relation. */
export function ClientTable({ clients, labelledBy, empty }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (clients.length === 0) return <Paragraph>{empty}</Paragraph>;
  return (
    <div className="samenspel-table-scroll">
      <Table aria-labelledby={labelledBy}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('clients.name')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('clients.birthDate')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('clients.age')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('clients.municipality')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('clients.relation')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {clients.map((c) => (
            <TableRow key={c.id}>
              <TableCell>
                <AppLink to={`/clienten/${encodeURIComponent(c.id)}`}>
                  {c.firstName} {c.lastName}
                </AppLink>
              </TableCell>
              <TableCell>{formatCalendarDate(c.birthDate, locale)}</TableCell>
              <TableCell>{t('clients.years', { count: c.age })}</TableCell>
              <TableCell>{c.municipalityName ?? t('common.unknown')}</TableCell>
              <TableCell>{t(`relations.${c.relation}`, { defaultValue: c.relation })}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
