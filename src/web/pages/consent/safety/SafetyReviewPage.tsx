import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../../../api/client';
import { REVIEW_NOTE_MIN, SAFETY_OUTCOMES, type SafetyException } from '../../../api/safety-types';
import { useApi } from '../../../api/useApi';
import { AppLink } from '../../../components/AppLink';
import { ConflictAlert } from '../../../components/ConflictAlert';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { fieldErrors } from '../../../components/formErrors';
import { LoadingMessage } from '../../../components/LoadingMessage';
import { PageTitle } from '../../../components/PageTitle';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { RadioGroup } from '../../../components/RadioGroup';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { useFormSubmit } from '../../../components/useFormSubmit';
import '../../../styles/safety.css';
import { SafetyExceptionDetails } from './SafetyExceptionDetails';
import { TextAreaField } from '../../../components/TextAreaField';

const FIELDS = ['outcome', 'note'];
const isException = (v: unknown): v is SafetyException => typeof v === 'object' && v !== null && 'id' in v && 'version' in v && 'justification' in v;

/** /clienten/:id/veiligheid/:exceptionId — a second professional or the team lead reviews one exception. */
export function SafetyReviewPage() {
  const { t } = useTranslation();
  const { id = '', exceptionId = '' } = useParams();
  const path = `/api/clients/${encodeURIComponent(id)}/safety-exceptions/${encodeURIComponent(exceptionId)}`;
  const loaded = useApi<SafetyException>(path);
  const [current, setCurrent] = useState<SafetyException | null>(null);
  const [outcome, setOutcome] = useState('');
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const { errors, busy, conflict, submit, clearErrors } = useFormSubmit<SafetyException>({ conflict: { parse: (c) => (isException(c) ? c : null), load: setCurrent } });
  const e = current ?? loaded.data;

  const onSubmit = (event: FormEvent) =>
    submit(
      event,
      () =>
        fieldErrors({
          outcome: !outcome && t('safety.outcomeRequired'),
          note: note.trim().length < REVIEW_NOTE_MIN && t('safety.noteShort', { min: REVIEW_NOTE_MIN }),
        }),
      async () => {
        if (!e) return;
        const reviewed = await api.post<SafetyException>(`${path}/review`, { outcome, note: note.trim(), version: e.version });
        clearErrors();
        setCurrent(reviewed);
        setSaved(t(reviewed.clientInformedAt ? 'safety.reviewSavedInformed' : 'safety.reviewSaved'));
      },
    );

  return (
    <>
      <PageTitle>{t('safety.reviewTitle')}</PageTitle>
      {loaded.error ? (
        <ProblemAlert error={loaded.error} />
      ) : !e ? (
        <LoadingMessage />
      ) : (
        <>
          <Paragraph>{t('safety.reviewIntro')}</Paragraph>
          {saved ? <SuccessAlert focus>{saved}</SuccessAlert> : null}
          {conflict ? <ConflictAlert /> : null}
          <SafetyExceptionDetails exception={e} />
          {e.canReview ? (
            <section aria-labelledby="safety-review-form" className="samenspel-section">
              <Heading level={2} id="safety-review-form">
                {t('safety.outcome')}
              </Heading>
              <form noValidate onSubmit={(ev) => void onSubmit(ev)} className="samenspel-form">
                <ErrorSummary errors={errors} idPrefix="review" fields={FIELDS} />
                <RadioGroup
                  id="review-outcome"
                  legend={t('safety.outcomeLegend')}
                  value={outcome}
                  onChange={setOutcome}
                  options={SAFETY_OUTCOMES.map((o) => ({ value: o, label: t(`safety.outcomes.${o}`) }))}
                  error={errors.fields.outcome}
                />
                <TextAreaField
                  id="review-note"
                  label={t('safety.noteLabel')}
                  description={t('safety.noteHint', { min: REVIEW_NOTE_MIN })}
                  value={note}
                  onChange={setNote}
                  error={errors.fields.note}
                  required
                />
                <ButtonGroup>
                  <Button type="submit" appearance="primary-action-button" busy={busy}>
                    {t('safety.reviewSubmit')}
                  </Button>
                </ButtonGroup>
              </form>
            </section>
          ) : e.reviewedAt && !saved ? (
            <Paragraph>{t('safety.alreadyReviewed')}</Paragraph>
          ) : null}
        </>
      )}
      <Paragraph>
        <AppLink to="/veiligheid/beoordelen">{t('safety.backToList')}</AppLink>
      </Paragraph>
    </>
  );
}
