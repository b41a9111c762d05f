import '../../styles/careminutes.css';
import { Heading, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLocale } from '../../i18n/useLocale';
import { formatCalendarDate, formatDateTime } from '../../lib/format';
import { MINUTES_DUE_DAYS, minutesPath, type OverdueMinutesView } from './types';

/** /zorgnetwerken/verslagen-te-laat — the chair's list of minutes that did not go out within a week. */
export function OverdueMinutesPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const res = useApi<OverdueMinutesView[]>('/api/care-minutes/overdue');
  return (
    <>
      <PageTitle>{t('careMinutes.overdue.title')}</PageTitle>
      <Paragraph>{t('careMinutes.overdue.intro', { days: MINUTES_DUE_DAYS })}</Paragraph>
      <section aria-labelledby="overdue-list-title" className="samenspel-section">
        <Heading level={2} id="overdue-list-title">
          {t('careMinutes.overdue.listTitle')}
        </Heading>
        {res.error ? (
          <ProblemAlert error={res.error} />
        ) : !res.data ? (
          <LoadingMessage />
        ) : res.data.length === 0 ? (
          <Paragraph>{t('careMinutes.overdue.none')}</Paragraph>
        ) : (
          <div className="samenspel-table-scroll">
            <Table aria-labelledby="overdue-list-title">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('careMinutes.overdue.meeting')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('careMinutes.overdue.due')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('careMinutes.overdue.late')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('careMinutes.overdue.secretary')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('careMinutes.overdue.written')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {res.data.map((m) => (
                  <TableRow key={m.meetingId}>
                    <TableCell>
                      <AppLink to={minutesPath(m.meetingId)}>{t('careMinutes.overdue.meetingLink', { network: m.networkName, date: formatDateTime(m.startsAt, locale) })}</AppLink>
                    </TableCell>
                    <TableCell>{formatCalendarDate(m.dueOn, locale)}</TableCell>
                    <TableCell>
                      <span className="cm-badge cm-badge--late">{t('careMinutes.overdue.daysLate', { count: m.daysLate })}</span>
                    </TableCell>
                    <TableCell>{m.secretaryName ?? t('careMinutes.overdue.noSecretary')}</TableCell>
                    <TableCell>{t('careMinutes.overdue.writtenOf', { written: m.itemsWritten, total: m.itemsTotal })}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </section>
    </>
  );
}
