import { Button, ButtonGroup, Heading } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ConflictAlert } from '../../components/ConflictAlert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { NO_ERRORS, fieldErrors } from '../../components/formErrors';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { evaluationsPath, isDetail, type EvaluationDetail } from './types';

interface Props {
  clientId: string;
  evaluation: EvaluationDetail;
  onChanged: (current: EvaluationDetail, message: string | null) => void;
}

/** Another day for a planned evaluation, or calling it off. */
export function PlannedActions({ clientId, evaluation: e, onChanged }: Props) {
  const { t } = useTranslation();
  const [plannedOn, setPlannedOn] = useState('');
  const [confirming, setConfirming] = useState(false);
  const conflict = { parse: (c: unknown) => (isDetail(c) ? c : null), load: (c: EvaluationDetail) => onChanged(c, null) };
  const move = useFormSubmit<EvaluationDetail>({ conflict });
  const cancel = useFormSubmit<EvaluationDetail>({ conflict });
  const path = `${evaluationsPath(clientId)}/${encodeURIComponent(e.id)}`;

  const onMove = (event: FormEvent) =>
    move.submit(
      event,
      () => fieldErrors({ plannedOn: !plannedOn && t('evaluation.dateRequired') }),
      async () => {
        const saved = await api.put<EvaluationDetail>(path, {
          plannedOn,
          agendaNote: e.agendaNote,
          inviteeLinkIds: e.invitees.flatMap((i) => (i.linkId ? [i.linkId] : [])),
          version: e.version,
        });
        setPlannedOn('');
        move.clearErrors();
        onChanged(saved, t('evaluation.moved'));
      },
    );

  const onCancel = (event: FormEvent) =>
    cancel.submit(
      event,
      () => NO_ERRORS,
      async () => {
        const saved = await api.post<EvaluationDetail>(`${path}/cancel`, { version: e.version });
        setConfirming(false);
        onChanged(saved, t('evaluation.cancelled'));
      },
    );

  return (
    <section aria-labelledby="evaluation-change-title" className="samenspel-section">
      <Heading level={2} id="evaluation-change-title">
        {t('evaluation.changeTitle')}
      </Heading>
      <form noValidate onSubmit={(ev) => void onMove(ev)} className="samenspel-form">
        {move.conflict ? <ConflictAlert /> : null}
        <ErrorSummary errors={move.errors} idPrefix="move" fields={['plannedOn']} />
        <TextField
          id="move-plannedOn"
          type="date"
          label={t('evaluation.newDate')}
          value={plannedOn}
          onChange={setPlannedOn}
          min={e.plannedOnMin}
          max={e.plannedOnMax}
          error={move.errors.fields.plannedOn}
          required
        />
        <ButtonGroup>
          <Button type="submit" appearance="secondary-action-button" busy={move.busy}>
            {t('evaluation.moveSubmit')}
          </Button>
        </ButtonGroup>
      </form>
      <form noValidate onSubmit={(ev) => void onCancel(ev)} className="samenspel-form">
        {cancel.conflict ? <ConflictAlert /> : null}
        <ErrorSummary errors={cancel.errors} idPrefix="cancel" fields={[]} />
        {confirming ? (
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={cancel.busy}>
              {t('evaluation.cancelYes')}
            </Button>
            <Button type="button" appearance="secondary-action-button" onClick={() => setConfirming(false)}>
              {t('evaluation.cancelNo')}
            </Button>
          </ButtonGroup>
        ) : (
          <ButtonGroup>
            <Button type="button" appearance="subtle-button" onClick={() => setConfirming(true)}>
              {t('evaluation.cancel')}
            </Button>
          </ButtonGroup>
        )}
      </form>
    </section>
  );
}
