import '../../styles/volunteers.css';
import { Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLocale } from '../../i18n/useLocale';
import { formatDate } from '../../lib/format';
import { requestsApi, type RequestListItem } from './types';

/** /vrijwilligers/vragen — requests from circles, open ones first. */
export function RequestsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const list = useApi<RequestListItem[]>(requestsApi);
  return (
    <>
      <PageTitle>{t('volunteers.requests.title')}</PageTitle>
      <Paragraph lead>{t('volunteers.requests.intro')}</Paragraph>
      <Paragraph>
        <AppLink to="/vrijwilligers">{t('volunteers.requests.toVolunteers')}</AppLink>
      </Paragraph>
      {list.error ? (
        <ProblemAlert error={list.error} />
      ) : !list.data ? (
        <LoadingMessage />
      ) : list.data.length === 0 ? (
        <Paragraph>{t('volunteers.requests.empty')}</Paragraph>
      ) : (
        <div className="samenspel-table-scroll">
          <Table>
            <caption className="volunteers-grid__caption">{t('volunteers.requests.caption')}</caption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('volunteers.requests.who')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('volunteers.requests.what')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('volunteers.requests.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('volunteers.requests.asked')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {list.data.map((r) => (
                <TableRow key={r.id}>
                  <TableHeaderCell scope="row">
                    <AppLink to={`/vrijwilligers/vragen/${encodeURIComponent(r.id)}`}>{t('volunteers.requests.age', { name: r.firstName, age: r.ageYears })}</AppLink>
                  </TableHeaderCell>
                  <TableCell>{r.purpose}</TableCell>
                  <TableCell>{r.current ? `${t(`volunteers.matchStatus.${r.current.status}`)}: ${r.current.volunteerLabel}` : t(`volunteers.requestStatus.${r.status}`)}</TableCell>
                  <TableCell>{formatDate(r.createdAt, locale)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}
