import { Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { crisisDueList } from '../../../modules/plan/crisis-model';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLocale } from '../../i18n/useLocale';
import { formatCalendarDate, formatDate } from '../../lib/format';
import '../../styles/continuity.css';

type DueList = z.infer<typeof crisisDueList>;

/** /crisisplannen — for a professional: crisis plans of their clients that need a look again. */
export function CrisisDuePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const list = useApi<DueList>('/api/me/crisis-plans-due');
  return (
    <>
      <PageTitle>{t('continuity.due.title')}</PageTitle>
      <Paragraph>{t('continuity.due.intro')}</Paragraph>
      {list.error ? <ProblemAlert error={list.error} /> : null}
      {list.data ? (
        list.data.items.length === 0 ? (
          <Paragraph>{t('continuity.due.none')}</Paragraph>
        ) : (
          <div className="samenspel-table-scroll">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('continuity.due.client')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('continuity.due.reviewedAt')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('continuity.due.reviewOn')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('continuity.due.why')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {list.data.items.map((i) => (
                  <TableRow key={i.clientId}>
                    <TableCell>
                      <AppLink to={`/clienten/${encodeURIComponent(i.clientId)}/plan/crisis`}>{i.clientName}</AppLink>
                    </TableCell>
                    <TableCell>{formatDate(i.reviewedAt, locale)}</TableCell>
                    <TableCell>{formatCalendarDate(i.reviewOn, locale)}</TableCell>
                    <TableCell>{i.overdue ? t('continuity.crisis.overdue') : t('continuity.crisis.reviewDue')}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )
      ) : !list.error ? (
        <LoadingMessage />
      ) : null}
    </>
  );
}
