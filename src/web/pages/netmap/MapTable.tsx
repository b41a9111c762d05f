import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink';
import { netmapPaths } from './paths';
import { CLOSENESS, SECTORS, type PersonView } from './types';

const order = (p: PersonView) => SECTORS.indexOf(p.sector) * 10 + CLOSENESS.indexOf(p.closeness);

/** The map as a table: the same information as the drawing, for screen readers and for reading. */
export function MapTable({ clientId, persons }: { clientId: string; persons: readonly PersonView[] }) {
  const { t } = useTranslation();
  const sorted = [...persons].sort((a, b) => order(a) - order(b) || a.displayName.localeCompare(b.displayName, 'nl'));
  const list = (fns: readonly string[]) => (fns.length ? fns.map((f) => t(`netmap.fn.${f}`)).join(', ') : t('netmap.table.none'));
  return (
    <div className="netmap-table-wrap">
      <Table className="netmap-table">
        <TableCaption>{t('netmap.table.caption')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('netmap.table.name')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('netmap.table.relation')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('netmap.table.sector')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('netmap.table.closeness')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('netmap.table.quality')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('netmap.table.status')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('netmap.table.given')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('netmap.table.received')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('netmap.table.frequency')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('netmap.table.paid')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('netmap.table.circle')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('netmap.table.note')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {sorted.map((p) => (
            <TableRow key={p.id}>
              <TableHeaderCell scope="row">
                <AppLink to={netmapPaths.person(clientId, p.id)} aria-label={`${p.displayName}: ${t('netmap.table.open')}`}>
                  {p.displayName}
                </AppLink>
                {p.deceased ? ` (${t('netmap.deceased').toLowerCase()})` : ''}
              </TableHeaderCell>
              <TableCell>{p.relation}</TableCell>
              <TableCell>{t(`netmap.sector.${p.sector}`)}</TableCell>
              <TableCell>{t(`netmap.closeness.${p.closeness}`)}</TableCell>
              <TableCell>{t(`netmap.quality.${p.quality}`)}</TableCell>
              <TableCell>{t(`netmap.status.${p.status}`)}</TableCell>
              <TableCell>{list(p.supportGiven)}</TableCell>
              <TableCell>{list(p.supportReceived)}</TableCell>
              <TableCell>{p.contactFrequency ? t(`netmap.frequency.${p.contactFrequency}`) : t('netmap.table.none')}</TableCell>
              <TableCell>{p.paid ? t('netmap.table.yes') : t('netmap.table.no')}</TableCell>
              <TableCell>{p.member ? t('netmap.table.yes') : t('netmap.table.no')}</TableCell>
              <TableCell>{p.note ?? t('netmap.table.none')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
