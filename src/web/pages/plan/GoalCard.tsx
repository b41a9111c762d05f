import { Button, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Goal } from '../../api/plan-types';
import { ScoreBar } from './ScoreBar';

interface Props {
  goal: Goal;
  /** Shows "Wijzigen" when set. */
  onEdit?: (() => void) | undefined;
}

/** One goal: the client's own words first, then how you know it worked and the score. */
export function GoalCard({ goal, onEdit }: Props) {
  const { t } = useTranslation();
  return (
    <article className={`plan-goal plan-goal--${goal.status}`}>
      <blockquote className="plan-goal__words">
        <Paragraph>{goal.ownWords}</Paragraph>
      </blockquote>
      {goal.status !== 'active' ? <Paragraph className="plan-goal__status">{t(`plan.goalStatus.${goal.status}`)}</Paragraph> : null}
      {goal.success ? (
        <Paragraph>
          <span className="plan-label">{t('plan.goal.success')}</span> {goal.success}
        </Paragraph>
      ) : null}
      <ScoreBar goal={goal} />
      {onEdit ? (
        <Button appearance="secondary-action-button" onClick={onEdit} aria-label={t('plan.goal.editLabel', { goal: goal.ownWords })}>
          {t('common.edit')}
        </Button>
      ) : null}
    </article>
  );
}
