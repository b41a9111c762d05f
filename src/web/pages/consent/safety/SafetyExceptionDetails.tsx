import { DataList } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { SafetyException } from '../../../api/safety-types';
import { DataRow } from '../../../components/DataRow';
import { useLocale } from '../../../i18n/useLocale';
import { formatDateTime } from '../../../lib/format';

/** Everything recorded about one safety exception, in plain labels. */
export function SafetyExceptionDetails({ exception: e }: { exception: SafetyException }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const informed = e.clientInformedAt
    ? t('safety.informedOn', { date: formatDateTime(e.clientInformedAt, locale) })
    : e.informClient
      ? t('safety.informLater')
      : t('safety.informNever', { reason: e.noInformReason ?? '' });
  return (
    <DataList className="samenspel-datalist">
      <DataRow label={t('safety.by')}>{e.professionalLabel}</DataRow>
      <DataRow label={t('safety.createdAt')}>{formatDateTime(e.createdAt, locale)}</DataRow>
      <DataRow label={t('safety.ground')}>{t(`safety.grounds.${e.ground}`)}</DataRow>
      <DataRow label={t('safety.categories')}>{e.categories.map((c) => t(`accessLog.categoryName.${c}`)).join(', ')}</DataRow>
      <DataRow label={t('safety.justification')} multiline>
        <span className="samenspel-preserve-lines">{e.justification}</span>
      </DataRow>
      <DataRow label={t('safety.validUntil')}>
        {formatDateTime(e.validUntil, locale)} ({t(e.active ? 'safety.active' : 'safety.closed')})
      </DataRow>
      <DataRow label={t('safety.informed')} multiline>
        {informed}
      </DataRow>
      {e.reviewedAt ? (
        <>
          <DataRow label={t('safety.outcome')}>{e.reviewOutcome ? t(`safety.outcomes.${e.reviewOutcome}`) : null}</DataRow>
          <DataRow label={t('safety.reviewedBy')}>{e.reviewedByLabel}</DataRow>
          <DataRow label={t('safety.reviewedAt')}>{formatDateTime(e.reviewedAt, locale)}</DataRow>
          <DataRow label={t('safety.note')} multiline>
            <span className="samenspel-preserve-lines">{e.reviewNote}</span>
          </DataRow>
        </>
      ) : (
        <DataRow label={t('safety.status')}>
          {t('safety.notReviewed')}. {t('safety.reviewDueAt')}: {formatDateTime(e.reviewDueAt, locale)}
          {e.overdue ? <span className="samenspel-badge">{t('safety.overdue')}</span> : null}
        </DataRow>
      )}
    </DataList>
  );
}
