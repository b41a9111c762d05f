import '../../styles/carecases.css';
import { DataList, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams, useSearchParams } from 'react-router';
import { withQuery } from '../../api/client';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { DataRow } from '../../components/DataRow';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SuccessAlert } from '../../components/SuccessAlert';
import { useLocale } from '../../i18n/useLocale';
import { formatDateTime } from '../../lib/format';
import { CaseSubject } from './CaseSubject';
import { CloseSection } from './CloseSection';
import { ConsentSection } from './ConsentSection';
import { CoordinatorSection } from './CoordinatorSection';
import { EscalationSection } from './EscalationSection';
import { HandoverSection } from './HandoverSection';
import { InvolvementSection } from './InvolvementSection';
import { ModeBadge } from './ModeChoice';
import { SafetySection } from './SafetySection';
import { UpgradeSection } from './UpgradeSection';
import { caseApi, type CaseView } from './types';

/** /zorgnetwerken/casussen/:caseId(?meetingId=) — one case as this person may see it, for one meeting. */
export function CasePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { caseId = '' } = useParams();
  const [search] = useSearchParams();
  const meetingId = search.get('meetingId');
  const registered = (useLocation().state as { registered?: boolean } | null)?.registered === true;
  const res = useApi<CaseView>(withQuery(caseApi(caseId), { meetingId }));
  const [latest, setLatest] = useState<{ view: CaseView; message: string } | null>(null);
  const view = latest && latest.view.id === caseId ? latest.view : res.data;
  const message = latest?.message ?? (registered ? t('careCases.page.registered') : null);
  const onDone = (v: CaseView, m: string) => setLatest({ view: v, message: m });
  return (
    <>
      <PageTitle>{view ? view.label : t('careCases.page.title')}</PageTitle>
      {message ? <SuccessAlert focus>{message}</SuccessAlert> : null}
      {res.error && !view ? (
        <ProblemAlert error={res.error} />
      ) : !view ? (
        <LoadingMessage />
      ) : (
        <>
          <Paragraph>
            <ModeBadge mode={view.mode} /> <strong>{t(`careCases.status.${view.status}`)}</strong>
          </Paragraph>
          <DataList className="samenspel-datalist">
            <DataRow label={t('careCases.page.network')}>
              <AppLink to={`/zorgnetwerken/${view.networkId}`}>{view.networkName}</AppLink>
            </DataRow>
            <DataRow label={t('careCases.page.question')} multiline>
              <span className="samenspel-preserve-lines">{view.question}</span>
            </DataRow>
            <DataRow label={t('careCases.register.age')}>{view.ageYears === null ? null : t('careCases.page.years', { count: view.ageYears })}</DataRow>
            <DataRow label={t('careCases.page.submittedBy')}>{`${view.submittedBy}, ${formatDateTime(view.createdAt, locale)}`}</DataRow>
            <DataRow label={t('careCases.page.myRole')}>{t(`careCases.role.${view.role}`)}</DataRow>
          </DataList>
          <CaseSubject view={view} />
          {view.may.checkInvolvement ? <InvolvementSection caseId={view.id} meetingId={meetingId} /> : null}
          <ConsentSection view={view} onDone={onDone} />
          {view.mode === 'anonymous' && view.may.manageConsent ? <UpgradeSection view={view} onDone={onDone} /> : null}
          {view.safety ? <SafetySection view={view} onDone={onDone} /> : null}
          {view.mode !== 'anonymous' ? <CoordinatorSection view={view} onDone={onDone} /> : null}
          {view.mode !== 'anonymous' ? <HandoverSection view={view} onDone={onDone} /> : null}
          <EscalationSection view={view} onDone={onDone} />
          <CloseSection view={view} onDone={onDone} />
          {view.events.length > 0 ? (
            <section aria-labelledby="case-history-title" className="samenspel-section">
              <Heading level={2} id="case-history-title">
                {t('careCases.page.history')}
              </Heading>
              <ol className="carecases-list">
                {view.events.map((e, i) => (
                  <li key={`${e.at}-${i}`}>
                    {formatDateTime(e.at, locale)} — {t(`careCases.event.${e.kind}`, { defaultValue: e.kind })} ({e.by})
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
        </>
      )}
    </>
  );
}
