import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { evaluationsPath, type EvaluationDetail, type Person } from './types';

interface Props {
  clientId: string;
  people: Person[];
  plannedOnMin: string;
  plannedOnMax: string;
  onSaved: (saved: EvaluationDetail) => void;
}

/** Plan an evaluation: the day, who is asked to come, and what the people want to talk about. */
export function ScheduleForm({ clientId, people, plannedOnMin, plannedOnMax, onSaved }: Props) {
  const { t } = useTranslation();
  const [plannedOn, setPlannedOn] = useState('');
  const [invitees, setInvitees] = useState<string[]>([]);
  const [agendaNote, setAgendaNote] = useState('');
  const { errors, busy, submit, clearErrors } = useFormSubmit();

  const onSubmit = (event: FormEvent) =>
    submit(
      event,
      () => fieldErrors({ plannedOn: !plannedOn && t('evaluation.dateRequired') }),
      async () => {
        const saved = await api.post<EvaluationDetail>(evaluationsPath(clientId), { plannedOn, inviteeLinkIds: invitees, agendaNote: agendaNote.trim() || null });
        clearErrors();
        setPlannedOn('');
        setInvitees([]);
        setAgendaNote('');
        onSaved(saved);
      },
    );

  return (
    <section aria-labelledby="evaluation-schedule-title" className="samenspel-section">
      <Heading level={2} id="evaluation-schedule-title">
        {t('evaluation.scheduleTitle')}
      </Heading>
      <Paragraph>{t('evaluation.scheduleIntro')}</Paragraph>
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
        <ErrorSummary errors={errors} idPrefix="evaluation" fields={['plannedOn', 'inviteeLinkIds', 'agendaNote']} />
        <TextField
          id="evaluation-plannedOn"
          type="date"
          label={t('evaluation.plannedOn')}
          value={plannedOn}
          onChange={setPlannedOn}
          min={plannedOnMin}
          max={plannedOnMax}
          error={errors.fields.plannedOn}
          required
        />
        {people.length ? (
          <CheckboxGroup
            id="evaluation-inviteeLinkIds"
            legend={t('evaluation.invitees')}
            values={invitees}
            onChange={setInvitees}
            options={people.map((p) => ({ value: p.linkId, label: p.label }))}
            error={errors.fields.inviteeLinkIds}
          />
        ) : null}
        <TextAreaField
          id="evaluation-agendaNote"
          label={t('evaluation.agendaNote')}
          description={t('evaluation.agendaNoteHint')}
          value={agendaNote}
          onChange={setAgendaNote}
          error={errors.fields.agendaNote}
          maxLength={2000}
          rows={3}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {t('evaluation.scheduleSubmit')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
