import { Button, ButtonGroup, Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ConflictAlert } from '../../components/ConflictAlert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { TextAreaField } from '../../components/TextAreaField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { ParticipantsField } from './ParticipantsField';
import { PersonForm } from './PersonForm';
import { SectorPicture } from './SectorPicture';
import { SummaryCounts } from './SummaryCounts';
import { AddedPeople } from './AddedPeople';
import { INTAKE_ANSWERS, INTAKE_STEPS, LAST_STEP, intakeApi, sectorOfStep, type IntakeAnswer, type IntakePage, type IntakeView } from './types';

interface Props {
  clientId: string;
  page: IntakePage;
  intake: IntakeView;
  /** True when the step was reached by the buttons: the step heading then takes focus. */
  focusOnMount: boolean;
  onSaved: (message: string | null, navigated: boolean) => void;
}

const isIntake = (c: unknown): c is IntakeView => typeof c === 'object' && c !== null && 'version' in c && 'step' in c;

/** One step of the conversation: the questions of a life domain, notes, and the way on (or a pause). */
export function StepPanel({ clientId, page, intake, focusOnMount, onSaved }: Props) {
  const { t } = useTranslation();
  const step = intake.step;
  const key = INTAKE_STEPS[step]!;
  const sector = sectorOfStep(step);
  const [notes, setNotes] = useState(intake.notes[key] ?? '');
  const [participants, setParticipants] = useState(intake.participants);
  const [open, setOpen] = useState<IntakeAnswer | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // When a person form closes (saved or cancelled), focus goes back to the button that opened it.
  const addButtons = useRef(new Map<IntakeAnswer, HTMLButtonElement>());
  const lastOpen = useRef<IntakeAnswer | null>(null);
  const { errors, busy, conflict, submit } = useFormSubmit<IntakeView>({ conflict: { parse: (c) => (isIntake(c) ? c : null), load: () => onSaved(null, false) } });
  const url = `${intakeApi(clientId)}/${encodeURIComponent(intake.id)}`;
  const p = 'intake-step';

  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);
  useEffect(() => {
    if (open === null && lastOpen.current) addButtons.current.get(lastOpen.current)?.focus();
    lastOpen.current = open;
  }, [open]);

  const onSubmit = (e: FormEvent) => {
    const go = ((e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null)?.value ?? 'next';
    const names = participants.map((x) => x.trim()).filter(Boolean);
    return submit(
      e,
      () => fieldErrors({ participants: step === 0 && names.length === 0 && t('netIntake.start.required') }),
      async () => {
        const changes = { [key]: notes.trim() };
        if (go === 'finish') {
          await api.post(`${url}/finish`, { version: intake.version, notes: changes });
          return onSaved(t('netIntake.summary.finished'), true);
        }
        const target = go === 'previous' ? step - 1 : go === 'next' ? step + 1 : step;
        await api.put(url, { version: intake.version, step: target, status: go === 'pause' ? 'paused' : 'running', notes: changes, ...(step === 0 ? { participants: names } : {}) });
        onSaved(go === 'pause' ? t('netIntake.paused.done') : null, true);
      },
    );
  };

  return (
    <section aria-labelledby={`${p}-title`} className="samenspel-section">
      <Paragraph className="netintake-muted">{t('netIntake.steps.position', { n: step + 1, total: INTAKE_STEPS.length })}</Paragraph>
      <Heading level={2} id={`${p}-title`} tabIndex={-1} ref={heading}>
        {sector ? t(`netIntake.sector.${sector}`) : t(`netIntake.steps.${key}`)}
      </Heading>
      {conflict ? <ConflictAlert /> : null}
      {sector ? (
        <>
          <div className="netintake-step-head">
            <SectorPicture sector={sector} />
            <Paragraph lead>{t(`netIntake.sectorHint.${sector}`)}</Paragraph>
          </div>
          {INTAKE_ANSWERS.map((answer) => {
            const named = intake.added.filter((a) => a.step === step && a.answer === answer);
            const question = t(`netIntake.question.${answer}`);
            return (
              <div key={answer} className="netintake-question">
                <Heading level={3} id={`question-${answer}`}>
                  {question}
                </Heading>
                <Paragraph>{t(`netIntake.questionHint.${answer}`)}</Paragraph>
                {named.length === 0 ? (
                  <Paragraph className="netintake-muted">{t('netIntake.nobodyYet')}</Paragraph>
                ) : (
                  <UnorderedList aria-labelledby={`question-${answer}`}>
                    {named.map((a) => (
                      <UnorderedListItem key={a.personId}>
                        {a.displayName} ({a.relation}
                        {answer === 'vroeger' ? `, ${t(`netIntake.status.${a.status}`)}` : ''})
                      </UnorderedListItem>
                    ))}
                  </UnorderedList>
                )}
                {open === answer ? (
                  <PersonForm
                    clientId={clientId}
                    intakeId={intake.id}
                    step={step}
                    sector={sector}
                    answer={answer}
                    onCancel={() => setOpen(null)}
                    onAdded={(name) => {
                      setOpen(null);
                      onSaved(t('netIntake.person.added', { name }), false);
                    }}
                  />
                ) : (
                  <Button
                    type="button"
                    appearance="secondary-action-button"
                    onClick={() => setOpen(answer)}
                    ref={(el: HTMLButtonElement | null) => {
                      if (el) addButtons.current.set(answer, el);
                      else addButtons.current.delete(answer);
                    }}
                  >
                    {t('netIntake.add', { question })}
                  </Button>
                )}
              </div>
            );
          })}
        </>
      ) : null}
      {step === LAST_STEP ? (
        <>
          <Paragraph lead>
            <SummaryCounts people={page.map.people} sectors={page.map.sectors} restore={page.map.restore} />
          </Paragraph>
          <Paragraph>{t('netIntake.summary.added', { count: intake.added.length })}</Paragraph>
          <AddedPeople added={intake.added} />
        </>
      ) : null}
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
        <ErrorSummary errors={errors} idPrefix={p} fields={['participants', 'notes', 'step']} labels={{ participants: t('netIntake.start.participants'), notes: t('netIntake.notes') }} />
        {step === 0 ? <ParticipantsField id={`${p}-participants`} values={participants} onChange={setParticipants} error={errors.fields.participants} /> : null}
        <TextAreaField id={`${p}-notes`} label={t('netIntake.notes')} description={t('netIntake.notesHint')} value={notes} onChange={setNotes} maxLength={2000} rows={3} error={errors.fields.notes} />
        <ButtonGroup>
          {step === LAST_STEP ? (
            <Button type="submit" name="go" value="finish" appearance="primary-action-button" busy={busy}>
              {t('netIntake.nav.finish')}
            </Button>
          ) : (
            <Button type="submit" name="go" value="next" appearance="primary-action-button" busy={busy}>
              {t('netIntake.nav.next')}
            </Button>
          )}
          {step > 0 ? (
            <Button type="submit" name="go" value="previous" appearance="secondary-action-button" disabled={busy}>
              {t('netIntake.nav.previous')}
            </Button>
          ) : null}
          <Button type="submit" name="go" value="pause" appearance="secondary-action-button" disabled={busy}>
            {t('netIntake.nav.pause')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
