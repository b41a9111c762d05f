import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Goal } from '../../api/plan-types';
import { scoreText } from './planText';

const STEPS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/**
 * "Waar sta je nu, waar wil je naartoe?" on a 1–10 bar: filled blocks up to now, the target block
 * framed and marked with a flag. The sentence under it says the same, so the bar is only a picture.
 */
export function ScoreBar({ goal }: { goal: Pick<Goal, 'scoreNow' | 'scoreTarget'> }) {
  const { t } = useTranslation();
  const text = scoreText(goal, t);
  if (!text) return null;
  return (
    <div className="plan-score">
      <svg aria-hidden focusable={false} viewBox="0 0 200 34" className="plan-score__bar" preserveAspectRatio="xMinYMid meet">
        {STEPS.map((n) => {
          const x = (n - 1) * 20 + 1;
          const filled = goal.scoreNow !== null && n <= goal.scoreNow;
          const target = goal.scoreTarget === n;
          return (
            <g key={n}>
              <rect x={x} y={12} width={18} height={20} rx={2} fill={filled ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth={target ? 3 : 1} />
              {target ? <polygon points={`${x + 4},1 ${x + 14},5 ${x + 4},9`} fill="currentColor" /> : null}
              {target ? <line x1={x + 4} y1={1} x2={x + 4} y2={12} stroke="currentColor" strokeWidth={1.5} /> : null}
            </g>
          );
        })}
      </svg>
      <Paragraph className="plan-score__text">{text}</Paragraph>
    </div>
  );
}
