import './netintake.css';
import { Alert, Button, ButtonGroup, Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { ConflictAlert } from '../../components/ConflictAlert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { NO_ERRORS } from '../../components/formErrors';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SuccessAlert } from '../../components/SuccessAlert';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useLocale } from '../../i18n/useLocale';
import { formatDate } from '../../lib/format';
import { useSession } from '../../session/useSession';
import { StartForm } from './StartForm';
import { StepPanel } from './StepPanel';
import { SummaryCounts } from './SummaryCounts';
import { AddedPeople } from './AddedPeople';
import { INTAKE_STEPS, analysisPath, intakeApi, mapPath, type IntakePage as IntakePageView, type IntakeView } from './types';

/** /clienten/:id/netwerk/intake — "Wie neem je mee?": the guided network intake, step by step. */
export function IntakePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { session } = useSession();
  const res = useApi<IntakePageView>(intakeApi(id));
  const [message, setMessage] = useState<string | null>(null);
  const [navigated, setNavigated] = useState(false);
  const v = res.data;
  const current = v?.current ?? null;
  const saved = (text: string | null, moved: boolean) => {
    setMessage(text);
    setNavigated(moved);
    res.reload();
  };
  const me = session?.user?.displayName;
  const defaults = v ? [...new Set([v.clientName, ...(me ? [me] : [])])] : [];
  return (
    <>
      <PageTitle>{v ? t('netIntake.title', { name: v.clientName }) : t('netIntake.titleLoading')}</PageTitle>
      <Paragraph lead>{t('netIntake.intro')}</Paragraph>
      <Paragraph>
        <AppLink to={mapPath(id)}>{t('netIntake.toMap')}</AppLink> · <AppLink to={analysisPath(id)}>{t('netIntake.toAnalysis')}</AppLink>
      </Paragraph>
      <div aria-live="polite">{message ? <SuccessAlert>{message}</SuccessAlert> : null}</div>
      {res.error ? (
        <ProblemAlert error={res.error} />
      ) : !v ? (
        <LoadingMessage />
      ) : (
        <>
          {current ? <StepList intake={current} /> : null}
          {current?.status === 'paused' ? (
            <PausedPanel clientId={id} intake={current} canWrite={v.canWrite} onResumed={() => saved(null, true)} />
          ) : current && v.canWrite ? (
            <StepPanel key={`${current.id}-${current.step}`} clientId={id} page={v} intake={current} focusOnMount={navigated} onSaved={saved} />
          ) : current ? (
            <ReadOnlyIntake intake={current} />
          ) : v.canWrite ? (
            <StartForm clientId={id} defaults={defaults} onStarted={() => saved(t('netIntake.start.started'), true)} />
          ) : (
            <Paragraph>{t('netIntake.readOnly')}</Paragraph>
          )}
          {v.finished.length > 0 ? <History intakes={v.finished} clientId={id} /> : null}
        </>
      )}
    </>
  );
}

function StepList({ intake }: { intake: IntakeView }) {
  const { t } = useTranslation();
  return (
    <ol className="netintake-steps" aria-label={t('netIntake.steps.label')}>
        {INTAKE_STEPS.map((key, i) => (
          <li key={key} aria-current={i === intake.step ? 'step' : undefined} className={i < intake.step ? 'netintake-steps--done' : undefined}>
            {i + 1}. {t(`netIntake.steps.${key}`)} {i === intake.step ? <span className="samenspel-visually-hidden">{t('netIntake.steps.current')}</span> : null}
            {i < intake.step ? <span className="samenspel-visually-hidden">{t('netIntake.steps.done')}</span> : null}
          </li>
        ))}
    </ol>
  );
}

const isIntake = (c: unknown): c is IntakeView => typeof c === 'object' && c !== null && 'version' in c;

function PausedPanel({ clientId, intake, canWrite, onResumed }: { clientId: string; intake: IntakeView; canWrite: boolean; onResumed: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { errors, busy, conflict, submit } = useFormSubmit<IntakeView>({ conflict: { parse: (c) => (isIntake(c) ? c : null), load: onResumed } });
  const onSubmit = (e: FormEvent) =>
    submit(
      e,
      () => NO_ERRORS,
      async () => {
        await api.put(`${intakeApi(clientId)}/${encodeURIComponent(intake.id)}`, { version: intake.version, step: intake.step, status: 'running' });
        onResumed();
      },
    );
  const step = INTAKE_STEPS[intake.step]!;
  return (
    <section aria-labelledby="intake-paused-title" className="samenspel-section">
      <Alert type="info">
        <Heading level={2} id="intake-paused-title">
          {t('netIntake.paused.title')}
        </Heading>
        <Paragraph>{t('netIntake.paused.body', { date: formatDate(intake.pausedAt ?? intake.startedAt, locale), n: intake.step + 1, step: t(`netIntake.steps.${step}`) })}</Paragraph>
      </Alert>
      {conflict ? <ConflictAlert /> : null}
      <IntakeFacts intake={intake} />
      {canWrite ? (
        <form noValidate onSubmit={(e) => void onSubmit(e)}>
          <ErrorSummary errors={errors} idPrefix="intake-resume" fields={[]} />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={busy}>
              {t('netIntake.nav.resume')}
            </Button>
          </ButtonGroup>
        </form>
      ) : null}
    </section>
  );
}

/** Who took part and who was named so far. */
function IntakeFacts({ intake }: { intake: IntakeView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <>
      <Paragraph>{t('netIntake.startedLine', { who: intake.startedByLabel, date: formatDate(intake.startedAt, locale) })}</Paragraph>
      <Paragraph>{t('netIntake.participantsLine', { names: intake.participants.join(', ') })}</Paragraph>
      <AddedPeople added={intake.added} />
    </>
  );
}

function ReadOnlyIntake({ intake }: { intake: IntakeView }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="intake-readonly-title" className="samenspel-section">
      <Heading level={2} id="intake-readonly-title">
        {t('netIntake.steps.position', { n: intake.step + 1, total: INTAKE_STEPS.length })}
      </Heading>
      <Paragraph>{t('netIntake.readOnly')}</Paragraph>
      <IntakeFacts intake={intake} />
    </section>
  );
}

function History({ intakes, clientId }: { intakes: IntakeView[]; clientId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section aria-labelledby="intake-history-title" className="samenspel-section">
      <Heading level={2} id="intake-history-title">
        {t('netIntake.history.title')}
      </Heading>
      <UnorderedList>
        {intakes.map((i) => (
          <UnorderedListItem key={i.id}>
            {t('netIntake.history.item', { date: formatDate(i.finishedAt ?? i.startedAt, locale), who: i.finishedByLabel ?? i.startedByLabel })}:{' '}
            {i.summary ? <SummaryCounts people={i.summary.people} sectors={i.summary.sectors} restore={i.summary.restore} /> : null}
          </UnorderedListItem>
        ))}
      </UnorderedList>
      <Paragraph>
        <AppLink to={analysisPath(clientId)}>{t('netIntake.toAnalysis')}</AppLink>
      </Paragraph>
    </section>
  );
}
