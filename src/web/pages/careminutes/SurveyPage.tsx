import '../../styles/careminutes.css';
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SuccessAlert } from '../../components/SuccessAlert';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useLocale } from '../../i18n/useLocale';
import { formatCalendarDate } from '../../lib/format';
import { SurveyAnswerForm } from './SurveyAnswerForm';
import { SurveyResultsView } from './SurveyResultsView';
import type { RoundView, SurveyOverview } from './types';

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

function OpenRoundForm({ networkId, onOpened }: { networkId: string; onOpened: () => void }) {
  const { t } = useTranslation();
  const [closesOn, setClosesOn] = useState(inDays(14));
  const { errors, busy, submit } = useFormSubmit();
  const onSubmit = (e: FormEvent) =>
    submit(
      e,
      () => fieldErrors({ closesOn: !closesOn && t('careMinutes.required') }),
      async () => {
        await api.post(`/api/care-survey/networks/${encodeURIComponent(networkId)}/rounds`, { closesOn });
        onOpened();
      },
    );
  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
      <ErrorSummary errors={errors} idPrefix="round" fields={['closesOn']} labels={{ closesOn: t('careMinutes.survey.closesOn') }} />
      <TextField id="round-closesOn" type="date" label={t('careMinutes.survey.closesOn')} value={closesOn} onChange={setClosesOn} error={errors.fields.closesOn} />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('careMinutes.survey.open')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

/** /zorgnetwerken/enquete/:networkId — the partner survey: the chair sends it out, members answer, everyone sees the results. */
export function SurveyPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { networkId = '' } = useParams();
  const res = useApi<SurveyOverview>(`/api/care-survey/networks/${encodeURIComponent(networkId)}`);
  const [message, setMessage] = useState<string | null>(null);
  const [shown, setShown] = useState<string | null>(null);
  const v = res.data;
  const running = v?.rounds.find((r) => !r.finished) ?? null;
  const done = (text: string) => {
    setMessage(text);
    res.reload();
  };
  const close = async (r: RoundView) => {
    await api.post(`/api/care-survey/rounds/${encodeURIComponent(r.id)}/close`);
    done(t('careMinutes.survey.closed'));
  };
  return (
    <>
      <PageTitle>{v ? t('careMinutes.survey.title', { network: v.network.name }) : t('careMinutes.survey.titlePlain')}</PageTitle>
      <Paragraph>{t('careMinutes.survey.intro', { min: v?.minAnswers ?? 3 })}</Paragraph>
      {message ? <SuccessAlert focus>{message}</SuccessAlert> : null}
      {res.error ? (
        <ProblemAlert error={res.error} />
      ) : !v ? (
        <LoadingMessage />
      ) : (
        <>
          {running ? (
            <section aria-labelledby="round-now-title" className="samenspel-section">
              <Heading level={2} id="round-now-title">
                {t('careMinutes.survey.runningTitle')}
              </Heading>
              <Paragraph>{t('careMinutes.survey.running', { date: formatCalendarDate(running.closesOn, locale), count: running.answerCount, total: running.eligibleCount })}</Paragraph>
              {v.canOpen ? (
                <ButtonGroup>
                  <Button type="button" appearance="secondary-action-button" onClick={() => void close(running)}>
                    {t('careMinutes.survey.close')}
                  </Button>
                </ButtonGroup>
              ) : null}
              {running.answeredByMe ? <Paragraph>{t('careMinutes.survey.thanks')}</Paragraph> : null}
            </section>
          ) : v.canOpen ? (
            <section aria-labelledby="round-open-title" className="samenspel-section">
              <Heading level={2} id="round-open-title">
                {t('careMinutes.survey.openTitle')}
              </Heading>
              <OpenRoundForm networkId={v.network.id} onOpened={() => done(t('careMinutes.survey.opened'))} />
            </section>
          ) : null}
          {running && running.open && v.canAnswer && !running.answeredByMe ? <SurveyAnswerForm roundId={running.id} onSent={() => done(t('careMinutes.survey.sent'))} /> : null}
          <section aria-labelledby="rounds-title" className="samenspel-section">
            <Heading level={2} id="rounds-title">
              {t('careMinutes.survey.roundsTitle')}
            </Heading>
            {v.rounds.filter((r) => r.finished).length === 0 ? <Paragraph>{t('careMinutes.survey.noRounds')}</Paragraph> : null}
            {v.rounds
              .filter((r) => r.finished)
              .map((r) => (
                <div key={r.id} className="cm-card">
                  <Heading level={3}>{t('careMinutes.survey.roundOf', { from: formatCalendarDate(r.opensOn, locale), to: formatCalendarDate(r.closesOn, locale) })}</Heading>
                  {r.resultsAvailable ? (
                    shown === r.id ? (
                      <SurveyResultsView roundId={r.id} />
                    ) : (
                      <ButtonGroup>
                        <Button type="button" appearance="secondary-action-button" onClick={() => setShown(r.id)}>
                          {t('careMinutes.survey.showResults', { count: r.answerCount })}
                        </Button>
                      </ButtonGroup>
                    )
                  ) : (
                    <Paragraph>{t('careMinutes.survey.tooFew', { count: r.answerCount, min: v.minAnswers })}</Paragraph>
                  )}
                </div>
              ))}
          </section>
        </>
      )}
    </>
  );
}
