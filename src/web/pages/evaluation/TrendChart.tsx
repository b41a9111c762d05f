import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/useLocale';
import { formatCalendarDate } from '../../lib/format';

interface Props {
  points: { on: string; score: number }[];
  target: number | null;
  /** Names the chart for screen readers, e.g. the goal. */
  label: string;
}

const W = 220;
const H = 80;
const PAD = 10;

/**
 * A goal's scores over time as a small line: up is better. The dashed line is the target. The
 * numbers are also written out below it, for those who would rather read.
 */
export function TrendChart({ points, target, label }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (points.length === 0) return <p className="evaluation-trend__text">{t('evaluation.noScoresYet')}</p>;
  const x = (i: number) => (points.length === 1 ? W / 2 : PAD + (i * (W - 2 * PAD)) / (points.length - 1));
  const y = (s: number) => H - PAD - ((s - 1) * (H - 2 * PAD)) / 9;
  const line = points.map((p, i) => `${x(i)},${y(p.score)}`).join(' ');
  const text = points.map((p) => t('evaluation.trendPoint', { score: p.score, date: formatCalendarDate(p.on, locale) })).join(', ');
  return (
    <figure className="evaluation-trend">
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={t('evaluation.trendLabel', { goal: label })} focusable="false">
        <rect x="0" y="0" width={W} height={H} fill="none" stroke="currentColor" strokeOpacity="0.3" />
        {target !== null ? <line x1={PAD} x2={W - PAD} y1={y(target)} y2={y(target)} stroke="currentColor" strokeDasharray="4 3" strokeOpacity="0.7" /> : null}
        <polyline points={line} fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinejoin="round" />
        {points.map((p, i) => (
          <g key={`${p.on}-${i}`}>
            <circle cx={x(i)} cy={y(p.score)} r="4" fill="currentColor" />
            <text x={x(i)} y={y(p.score) - 7} textAnchor="middle" fontSize="11" fill="currentColor">
              {p.score}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="evaluation-trend__text">{text}</figcaption>
    </figure>
  );
}
