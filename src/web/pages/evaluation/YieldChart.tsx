import { useTranslation } from 'react-i18next';
import { YIELDS, type Yield } from './types';

/** How often each yield of network support was named, as bars with the number beside them. */
export function YieldChart({ counts, held }: { counts: Record<Yield, number>; held: number }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...YIELDS.map((y) => counts[y]));
  return (
    <ul className="evaluation-yields">
      {YIELDS.map((y) => (
        <li key={y} className="evaluation-yields__row">
          <span className="evaluation-yields__label">{t(`evaluation.yield.${y}`)}</span>
          <svg className="evaluation-yields__bar" viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect x="0" y="0" width={(100 * counts[y]) / max} height="12" fill="currentColor" />
          </svg>
          <span className="evaluation-yields__count">{t('evaluation.yieldCount', { count: counts[y], held })}</span>
        </li>
      ))}
    </ul>
  );
}
