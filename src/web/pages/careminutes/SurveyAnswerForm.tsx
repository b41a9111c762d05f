import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { RadioGroup } from '../../components/RadioGroup';
import { TextAreaField } from '../../components/TextAreaField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { LIKERT_VALUES, SURVEY_QUESTIONS, SURVEY_SECTIONS } from './types';

/** The questionnaire; answers go in without a name. */
export function SurveyAnswerForm({ roundId, onSent }: { roundId: string; onSent: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<string, string>>({});
  const { errors, busy, submit } = useFormSubmit();
  const p = 'survey';
  const set = (id: string, v: string) => setValues((old) => ({ ...old, [id]: v }));
  const likert = SURVEY_QUESTIONS.filter((q) => q.kind === 'likert');
  const onSubmit = (e: FormEvent) =>
    submit(
      e,
      () => fieldErrors(Object.fromEntries(likert.map((q) => [`answers.${q.id}`, !values[q.id] && t('careMinutes.survey.choose')]))),
      async () => {
        const answers = Object.fromEntries(SURVEY_QUESTIONS.map((q) => [q.id, q.kind === 'likert' ? Number(values[q.id]) : (values[q.id] ?? '').trim()]));
        await api.post(`/api/care-survey/rounds/${encodeURIComponent(roundId)}/answers`, { answers });
        onSent();
      },
    );
  return (
    <section aria-labelledby="survey-form-title" className="samenspel-section">
      <Heading level={2} id="survey-form-title">
        {t('careMinutes.survey.answerTitle')}
      </Heading>
      <Paragraph>{t('careMinutes.survey.anonymous')}</Paragraph>
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
        <ErrorSummary
          errors={errors}
          idPrefix={p}
          fields={SURVEY_QUESTIONS.map((q) => `answers.${q.id}`)}
          labels={Object.fromEntries(SURVEY_QUESTIONS.map((q) => [`answers.${q.id}`, t(`careMinutes.survey.q.${q.id}`)]))}
        />
        {SURVEY_SECTIONS.map((section) => (
          <div key={section} className="cm-survey-section">
            <Heading level={3}>{t(`careMinutes.survey.section.${section}`)}</Heading>
            {SURVEY_QUESTIONS.filter((q) => q.section === section).map((q) =>
              q.kind === 'likert' ? (
                <RadioGroup
                  key={q.id}
                  id={`${p}-answers.${q.id}`}
                  legend={t(`careMinutes.survey.q.${q.id}`)}
                  value={values[q.id] ?? ''}
                  onChange={(v) => set(q.id, v)}
                  options={LIKERT_VALUES.map((v) => ({ value: String(v), label: t(`careMinutes.survey.likert.${v}`) }))}
                  error={errors.fields[`answers.${q.id}`]}
                />
              ) : (
                <TextAreaField key={q.id} id={`${p}-answers.${q.id}`} label={t(`careMinutes.survey.q.${q.id}`)} value={values[q.id] ?? ''} onChange={(v) => set(q.id, v)} error={errors.fields[`answers.${q.id}`]} maxLength={2000} rows={3} />
              ),
            )}
          </div>
        ))}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {t('careMinutes.survey.send')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
