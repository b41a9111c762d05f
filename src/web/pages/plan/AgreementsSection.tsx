import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanView } from '../../api/plan-types';
import { AgreementsPicture } from './pictures';
import { isFinished, sortTasks } from './planText';
import { TaskCard } from './TaskCard';
import { TaskForm } from './TaskForm';

interface Props {
  plan: PlanView;
  clientFirstName: string;
  viewerIsClient: boolean;
  onChanged: (message: string) => void;
}

/** "Afspraken: wie doet wat" — running agreements first (those that need someone first), finished ones folded away. */
export function AgreementsSection({ plan, clientFirstName, viewerIsClient, onChanged }: Props) {
  const { t } = useTranslation();
  // 'new' for the add form, a task id for an edit form, null for none.
  const [editing, setEditing] = useState<string | null>(null);
  const sorted = sortTasks(plan.tasks);
  const running = sorted.filter((x) => !isFinished(x));
  const finished = sorted.filter(isFinished);
  const goalOf = (goalId: string | null) => plan.goals.find((g) => g.id === goalId);
  const changed = (message: string) => {
    setEditing(null);
    onChanged(message);
  };
  const formProps = { clientId: plan.clientId, clientName: plan.clientName, clientFirstName, viewerIsClient, goals: plan.goals, onSaved: changed, onCancel: () => setEditing(null) };

  const list = (tasks: typeof sorted) => (
    <ul className="plan-list">
      {tasks.map((task) => (
        <li key={task.id}>
          {editing === task.id ? (
            <TaskForm {...formProps} initial={task} />
          ) : (
            <TaskCard
              clientId={plan.clientId}
              clientName={plan.clientName}
              task={task}
              goal={goalOf(task.goalId)}
              canEdit={plan.canEdit}
              onChanged={changed}
              onEdit={plan.canEdit && !isFinished(task) ? () => setEditing(task.id) : undefined}
            />
          )}
        </li>
      ))}
    </ul>
  );

  return (
    <section aria-labelledby="plan-agreements" className="samenspel-section" id="afspraken">
      <div className="plan-section-head">
        <AgreementsPicture />
        <Heading level={2} id="plan-agreements">
          {t('plan.agreements.title')}
        </Heading>
      </div>
      <Paragraph>{t('plan.agreements.intro', { name: clientFirstName })}</Paragraph>
      {running.length === 0 ? <Paragraph>{t('plan.agreements.empty')}</Paragraph> : list(running)}
      {plan.canEdit ? (
        editing === 'new' ? (
          <TaskForm {...formProps} initial={null} />
        ) : (
          <ButtonGroup>
            <Button appearance="secondary-action-button" onClick={() => setEditing('new')}>
              {t('plan.agreements.add')}
            </Button>
          </ButtonGroup>
        )
      ) : null}
      {finished.length > 0 ? (
        <details className="plan-finished">
          <summary>{t('plan.agreements.finished', { count: finished.length })}</summary>
          {list(finished)}
        </details>
      ) : null}
    </section>
  );
}
