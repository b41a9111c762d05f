import '../../styles/carecases.css';
import { Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLocale } from '../../i18n/useLocale';
import { formatDate } from '../../lib/format';
import { casePath, type SafetyReviewItem } from './types';

/** /zorgnetwerken/veiligheid — the chair's list of safety exceptions brought in by others; labels only. */
export function SafetyReviewsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const res = useApi<SafetyReviewItem[]>('/api/care-cases/safety-reviews');
  return (
    <>
      <PageTitle>{t('careCases.reviews.title')}</PageTitle>
      <Paragraph>{t('careCases.reviews.intro')}</Paragraph>
      {res.error ? (
        <ProblemAlert error={res.error} />
      ) : !res.data ? (
        <LoadingMessage />
      ) : res.data.length === 0 ? (
        <Paragraph>{t('careCases.reviews.none')}</Paragraph>
      ) : (
        <div className="samenspel-table-scroll" tabIndex={0} role="region" aria-label={t('careCases.reviews.title')}>
          <Table>
            <caption className="samenspel-visually-hidden">{t('careCases.reviews.title')}</caption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('careCases.reviews.case')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('careCases.page.network')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('careCases.safety.ground')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('careCases.safety.review')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('careCases.reviews.since')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {res.data.map((r) => (
                <TableRow key={r.caseId}>
                  <TableCell>
                    <AppLink to={casePath(r.caseId)}>{r.label}</AppLink>
                  </TableCell>
                  <TableCell>{r.networkName}</TableCell>
                  <TableCell>{t(`careCases.safety.groundValue.${r.ground}`)}</TableCell>
                  <TableCell>
                    <strong>{t(`careCases.safety.reviewStatus.${r.reviewStatus}`)}</strong>
                  </TableCell>
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
