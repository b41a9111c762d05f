import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Task, TaskResponseBody, TaskStatusBody } from '../../api/plan-types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { NO_ERRORS } from '../../components/formErrors';
import { TextAreaField } from '../../components/TextAreaField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { asVersioned, taskResponseApi, taskStatusApi } from './paths';
import { actionsFor, type TaskAction as Action } from './planText';

interface Props {
  clientId: string;
  task: Task;
  /** The viewer may change the plan: they may also mark done, stop, or restart. */
  canEdit: boolean;
  onChanged: (message: string) => void;
}

export function TaskActions({ clientId, task, canEdit, onChanged }: Props) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const prefix = `task-${task.id}`;
  const { errors, busy, submit } = useFormSubmit<Task>({
    conflict: { parse: (current) => asVersioned<Task>(current), load: () => onChanged(t('plan.actions.changed')) },
  });
  const actions = actionsFor(task, canEdit);
  if (actions.length === 0) return null;
  const answering = actions.includes('decline');

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const action = (submitter instanceof HTMLButtonElement ? submitter.value : '') as Action;
    return submit(
      event,
      () => NO_ERRORS,
      async () => {
        if (action === 'accept' || action === 'decline') {
          const body: TaskResponseBody = { answer: action, note: note.trim() || null, version: task.version };
          await api.post<Task>(taskResponseApi(clientId, task.id), body);
        } else {
          const body: TaskStatusBody = { status: action, version: task.version };
          await api.post<Task>(taskStatusApi(clientId, task.id), body);
        }
        onChanged(t(`plan.actions.did.${action}`, { title: task.title }));
      },
    );
  };

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="plan-actions">
      <ErrorSummary errors={errors} idPrefix={prefix} fields={['note']} />
      {answering ? (
        <TextAreaField id={`${prefix}-note`} label={t('plan.actions.note')} description={t('plan.actions.noteHint')} value={note} onChange={setNote} error={errors.fields.note} maxLength={500} rows={2} />
      ) : null}
      <ButtonGroup>
        {actions.map((a, i) => (
          <Button key={a} type="submit" name="action" value={a} busy={busy} appearance={i === 0 ? 'primary-action-button' : 'secondary-action-button'}>
            {t(`plan.actions.${a}${a === 'decline' && task.status === 'accepted' ? 'Later' : ''}`)}
          </Button>
        ))}
      </ButtonGroup>
    </form>
  );
}
