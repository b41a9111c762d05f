import '../../styles/volunteers.css';
import { Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { LoadBar } from './LoadBar';
import { volunteersApi, type VolunteerListItem } from './types';

/** /vrijwilligers — the coordinator's overview: who is free, who is full, who said it is too much. */
export function VolunteersPage() {
  const { t } = useTranslation();
  const list = useApi<VolunteerListItem[]>(volunteersApi);
  return (
    <>
      <PageTitle>{t('volunteers.list.title')}</PageTitle>
      <Paragraph lead>{t('volunteers.list.intro')}</Paragraph>
      <Paragraph>
        <AppLink to="/vrijwilligers/vragen">{t('volunteers.list.toRequests')}</AppLink>
      </Paragraph>
      {list.error ? (
        <ProblemAlert error={list.error} />
      ) : !list.data ? (
        <LoadingMessage />
      ) : list.data.length === 0 ? (
        <Paragraph>{t('volunteers.list.empty')}</Paragraph>
      ) : (
        <div className="samenspel-table-scroll">
          <Table>
            <caption className="volunteers-grid__caption">{t('volunteers.list.caption')}</caption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('volunteers.list.name')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('volunteers.list.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('volunteers.list.load')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('volunteers.list.checkIn')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {list.data.map((v) => (
                <TableRow key={v.userId}>
                  <TableHeaderCell scope="row">
                    <AppLink to={`/vrijwilligers/${encodeURIComponent(v.userId)}`}>{v.displayName}</AppLink>
                  </TableHeaderCell>
                  <TableCell>{t(`volunteers.status.${v.status ?? 'none'}`)}</TableCell>
                  <TableCell>{v.maxClients !== null && v.maxHoursWeek !== null ? <LoadBar active={v.load.activeClients} max={v.maxClients} hours={v.load.hoursPerWeek} maxHours={v.maxHoursWeek} /> : '–'}</TableCell>
                  <TableCell>
                    {v.tooMuch ? <strong className="volunteers-flag">⚠ {t('volunteers.list.tooMuch')}</strong> : v.lastCheckIn?.answer ? t(`volunteers.checkInAnswer.${v.lastCheckIn.answer}`) : t('volunteers.list.noCheckIn')}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}
