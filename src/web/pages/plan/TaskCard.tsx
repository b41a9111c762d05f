import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Goal, Task } from '../../api/plan-types';
import { statusText } from './planText';
import { TaskActions } from './TaskActions';
import { TaskDetails } from './TaskDetails';
import { ReferralPart } from './ReferralPart';

interface Props {
  clientId: string;
  clientName: string;
  task: Task;
  goal?: Goal | undefined;
  canEdit: boolean;
  onChanged: (message: string) => void;
  onEdit?: (() => void) | undefined;
  /** Heading level of the title: 3 on the plan page, 3 or 4 on "Mijn taken". */
  level?: 3 | 4;
  /** Extra content under the details, e.g. a link to the plan. */
  children?: ReactNode;
}

/** One agreement: what, where it stands in words (not colour alone), the details and what the viewer can do. */
export function TaskCard({ clientId, clientName, task, goal, canEdit, onChanged, onEdit, level = 3, children }: Props) {
  const { t } = useTranslation();
  const titleId = `task-${task.id}-title`;
  return (
    <article aria-labelledby={titleId} className={`plan-task plan-task--${task.status}`}>
      <Heading level={level} id={titleId} className="plan-task__title">
        {task.title}
      </Heading>
      <Paragraph className="plan-task__status">
        <span className={`plan-status plan-status--${task.status}`}>{statusText(task, t)}</span>
      </Paragraph>
      <TaskDetails task={task} goal={goal} clientName={clientName} />
      <ReferralPart clientId={clientId} task={task} canAnswer={canEdit || task.mine} onChanged={onChanged} />
      {children}
      <TaskActions clientId={clientId} task={task} canEdit={canEdit} onChanged={onChanged} />
      {onEdit ? (
        <ButtonGroup>
          <Button appearance="subtle-button" onClick={onEdit} aria-label={t('plan.task.editLabel', { title: task.title })}>
            {t('common.edit')}
          </Button>
        </ButtonGroup>
      ) : null}
    </article>
  );
}
