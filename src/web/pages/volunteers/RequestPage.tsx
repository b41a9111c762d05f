import '../../styles/volunteers.css';
import { Button, DataList, Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { DataRow } from '../../components/DataRow';
import { ErrorSummary } from '../../components/ErrorSummary';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SuccessAlert } from '../../components/SuccessAlert';
import { useFormSubmit } from '../../components/useFormSubmit';
import { History } from './History';
import { MatchSteps } from './MatchSteps';
import { StepPicture, stepOf } from './StepPicture';
import { dayPartLabel, reasonText } from './text';
import { hasVersion, type CandidateView, type RequestDetail } from './types';

/** /vrijwilligers/vragen/:requestId — one request: who fits and why, the running try, and everything that happened. */
export function RequestPage() {
  const { t } = useTranslation();
  const { requestId = '' } = useParams();
  const res = useApi<RequestDetail>(`/api/volunteers/requests/${encodeURIComponent(requestId)}`);
  const [message, setMessage] = useState<string | null>(null);
  const done = (text: string) => {
    setMessage(text);
    res.reload();
  };
  const d = res.data;
  const current = d?.matches.find((m) => ['proposed', 'introduction', 'thinking', 'matched'].includes(m.status)) ?? null;
  return (
    <>
      <PageTitle>{d ? t('volunteers.request.title', { name: d.firstName }) : t('volunteers.requests.title')}</PageTitle>
      <Paragraph>
        <AppLink to="/vrijwilligers/vragen">{t('volunteers.requests.back')}</AppLink>
      </Paragraph>
      {message ? <SuccessAlert focus>{message}</SuccessAlert> : null}
      {res.error ? (
        <ProblemAlert error={res.error} />
      ) : !d ? (
        <LoadingMessage />
      ) : (
        <>
          <StepPicture step={stepOf(d.status, current?.status ?? null)} done={d.status === 'matched'} />
          <Paragraph>
            <strong>{t(`volunteers.requestStatus.${d.status}`)}</strong>
          </Paragraph>
          <section aria-labelledby="req-details-title" className="samenspel-section">
            <Heading level={2} id="req-details-title">
              {t('volunteers.request.detailsTitle')}
            </Heading>
            <DataList>
              <DataRow label={t('volunteers.request.purpose')}>{d.purpose}</DataRow>
              <DataRow label={t('volunteers.request.age')}>{t('volunteers.request.ageValue', { age: d.ageYears })}</DataRow>
              <DataRow label={t('volunteers.request.clientGender')}>{d.clientGender ? t(`volunteers.gender.${d.clientGender}`) : null}</DataRow>
              <DataRow label={t('volunteers.request.interests')}>{d.interests.join(', ') || t('volunteers.request.none')}</DataRow>
              <DataRow label={t('volunteers.request.dayParts')}>{d.dayParts.map((p) => dayPartLabel(t, p)).join(', ') || t('volunteers.request.none')}</DataRow>
              <DataRow label={t('volunteers.request.language')}>{d.language}</DataRow>
              <DataRow label={t('volunteers.request.genderWish')}>{t(`volunteers.genderWish.${d.genderWish}`)}</DataRow>
              <DataRow label={t('volunteers.request.postcodeArea')}>{d.postcodeArea}</DataRow>
              <DataRow label={t('volunteers.request.hours')}>{String(d.hoursPerWeek)}</DataRow>
              <DataRow label={t('volunteers.request.requestedBy')}>{d.requestedByLabel}</DataRow>
            </DataList>
          </section>
          {current ? <MatchSteps key={`${current.id}-${current.version}`} match={current} onDone={(_, text) => done(text)} onConflict={() => done(t('volunteers.request.changed'))} /> : null}
          {d.status === 'open' ? (
            <>
              <section aria-labelledby="req-candidates-title" className="samenspel-section">
                <Heading level={2} id="req-candidates-title">
                  {t('volunteers.request.candidatesTitle')}
                </Heading>
                <Paragraph>{t('volunteers.request.candidatesIntro')}</Paragraph>
                {d.candidates.length === 0 ? (
                  <Paragraph>{t('volunteers.request.noCandidates')}</Paragraph>
                ) : (
                  <ol className="volunteers-list" aria-labelledby="req-candidates-title">
                    {d.candidates.map((c) => (
                      <li key={c.userId} className="volunteers-card">
                        <Candidate candidate={c} request={d} onDone={done} onConflict={() => done(t('volunteers.request.changed'))} />
                      </li>
                    ))}
                  </ol>
                )}
              </section>
              {d.excluded.length > 0 ? (
                <section aria-labelledby="req-excluded-title" className="samenspel-section">
                  <Heading level={2} id="req-excluded-title">
                    {t('volunteers.request.excludedTitle')}
                  </Heading>
                  <Paragraph>{t('volunteers.request.excludedIntro')}</Paragraph>
                  <UnorderedList>
                    {d.excluded.map((c) => (
                      <UnorderedListItem key={c.userId}>
                        {c.displayName}: {c.reasons.map((r) => reasonText(t, r)).join('; ')}
                      </UnorderedListItem>
                    ))}
                  </UnorderedList>
                </section>
              ) : null}
            </>
          ) : null}
          {d.matches.length > 0 ? (
            <section aria-labelledby="req-tries-title" className="samenspel-section">
              <Heading level={2} id="req-tries-title">
                {t('volunteers.request.triesTitle')}
              </Heading>
              <UnorderedList>
                {d.matches.map((m) => (
                  <UnorderedListItem key={m.id}>
                    {m.volunteerLabel}: {t(`volunteers.matchStatus.${m.status}`)}
                    {m.endReason ? ` (${t(`volunteers.endReason.${m.endReason}`)})` : ''}
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            </section>
          ) : null}
          <History id="req-history-title" title={t('volunteers.request.historyTitle')} events={d.history} />
        </>
      )}
    </>
  );
}

function Candidate({ candidate, request, onDone, onConflict }: { candidate: CandidateView; request: RequestDetail; onDone: (message: string) => void; onConflict: () => void }) {
  const { t } = useTranslation();
  const { errors, busy, submit } = useFormSubmit<{ version: number }>({ conflict: { parse: (c) => (hasVersion(c) ? c : null), load: () => onConflict() } });
  const p = `cand-${candidate.userId}`;
  const onSubmit = (e: FormEvent) =>
    submit(
      e,
      () => ({ summary: [], fields: {} }),
      async () => {
        await api.post<RequestDetail>(`/api/volunteers/requests/${encodeURIComponent(request.id)}/proposals`, { version: request.version, volunteerUserId: candidate.userId });
        onDone(t('volunteers.request.proposed', { name: candidate.displayName }));
      },
    );
  return (
    <>
      <Heading level={3} id={`${p}-name`}>
        {candidate.displayName}
      </Heading>
      <Paragraph>{t('volunteers.request.score', { score: candidate.score })}</Paragraph>
      <UnorderedList aria-labelledby={`${p}-name`}>
        {candidate.reasons.map((r, i) => (
          <UnorderedListItem key={i}>{reasonText(t, r)}</UnorderedListItem>
        ))}
      </UnorderedList>
      <form noValidate onSubmit={(e) => void onSubmit(e)}>
        <ErrorSummary errors={errors} idPrefix={p} fields={[]} />
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('volunteers.request.propose', { name: candidate.displayName })}
        </Button>
      </form>
    </>
  );
}
