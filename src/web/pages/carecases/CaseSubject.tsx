import { DataList, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink';
import { DataRow } from '../../components/DataRow';
import { useLocale } from '../../i18n/useLocale';
import { formatCalendarDate } from '../../lib/format';
import type { CaseView } from './types';

/** Who the case is about, only when the API gave it; otherwise why not, in plain words. */
export function CaseSubject({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const s = view.subject;
  return (
    <section aria-labelledby="case-subject-title" className="samenspel-section">
      <Heading level={2} id="case-subject-title">
        {t('careCases.page.subjectTitle')}
      </Heading>
      {view.mode === 'anonymous' ? (
        <Paragraph className="carecases-hidden-note">{t('careCases.page.anonymous')}</Paragraph>
      ) : !s ? (
        <Paragraph className="carecases-hidden-note">{t('careCases.page.noConsentHere')}</Paragraph>
      ) : (
        <DataList className="samenspel-datalist">
          <DataRow label={t('careCases.subject.name')}>{[s.firstName, s.lastName].filter(Boolean).join(' ')}</DataRow>
          <DataRow label={t('careCases.subject.birthDate')}>{s.birthDate ? formatCalendarDate(s.birthDate, locale) : null}</DataRow>
          <DataRow label={t('careCases.subject.address')}>{s.address}</DataRow>
          <DataRow label={t('careCases.subject.school')}>{s.school}</DataRow>
          {s.clientId ? (
            <DataRow label={t('careCases.subject.inSamenspel')}>
              <AppLink to={`/clienten/${s.clientId}`}>{t('careCases.subject.openClient')}</AppLink>
            </DataRow>
          ) : null}
        </DataList>
      )}
      {view.consentWithdrawn ? <Paragraph>{t('careCases.page.withdrawnMark')}</Paragraph> : null}
      {view.exception ? <Paragraph>{t('careCases.page.exceptionNote')}</Paragraph> : null}
    </section>
  );
}
