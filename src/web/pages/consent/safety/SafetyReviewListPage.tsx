import { Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { SafetyToReview } from '../../../api/safety-types';
import { useApi } from '../../../api/useApi';
import { AppLink } from '../../../components/AppLink';
import { LoadingMessage } from '../../../components/LoadingMessage';
import { PageTitle } from '../../../components/PageTitle';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useLocale } from '../../../i18n/useLocale';
import { formatDateTime } from '../../../lib/format';
import '../../../styles/safety.css';

/** /veiligheid/beoordelen — safety exceptions waiting for the viewer's review; no client names. */
export function SafetyReviewListPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const list = useApi<SafetyToReview>('/api/safety-exceptions/to-review');
  const items = list.data?.items;
  return (
    <>
      <PageTitle>{t('safety.reviewListTitle')}</PageTitle>
      <Paragraph>{t('safety.reviewListIntro')}</Paragraph>
      {list.error ? (
        <ProblemAlert error={list.error} />
      ) : !items ? (
        <LoadingMessage />
      ) : items.length === 0 ? (
        <Paragraph>{t('safety.reviewListEmpty')}</Paragraph>
      ) : (
        <div className="samenspel-table-scroll">
          <Table>
            <TableCaption>{t('safety.reviewListCaption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('safety.by')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('safety.ground')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('safety.createdAt')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('safety.reviewDueAt')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('common.actions')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((item) => (
                <TableRow key={item.id}>
                  <TableCell>{item.professionalLabel}</TableCell>
                  <TableCell>{t(`safety.groundShort.${item.ground}`)}</TableCell>
                  <TableCell>{formatDateTime(item.createdAt, locale)}</TableCell>
                  <TableCell>
                    {formatDateTime(item.reviewDueAt, locale)}
                    {item.overdue ? <span className="samenspel-badge">{t('safety.overdue')}</span> : null}
                  </TableCell>
                  <TableCell>
                    <AppLink to={`/clienten/${encodeURIComponent(item.clientId)}/veiligheid/${encodeURIComponent(item.id)}`}>{t('safety.reviewOpen')}</AppLink>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      <Paragraph>
        <AppLink to="/">{t('common.backHome')}</AppLink>
      </Paragraph>
    </>
  );
}
