import { useTranslation } from 'react-i18next';
import { MINUTES_DUE_DAYS } from './types';

/**
 * The week after the meeting as a row of days: the meeting, today, and the day the minutes must be
 * out. Text alternative: the same in one sentence.
 */
export function DeadlinePicture({ daysSince, published }: { daysSince: number; published: boolean }) {
  const { t } = useTranslation();
  const days = MINUTES_DUE_DAYS + 1;
  const w = 36;
  const today = Math.max(0, Math.min(daysSince, days - 1));
  const late = !published && daysSince > MINUTES_DUE_DAYS;
  const label = published
    ? t('careMinutes.deadline.pictureSent')
    : late
      ? t('careMinutes.deadline.pictureLate', { days: daysSince - MINUTES_DUE_DAYS })
      : t('careMinutes.deadline.pictureOpen', { days: MINUTES_DUE_DAYS - daysSince });
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${days * w + 8} 56`} className="cm-deadline" focusable="false">
      <title>{label}</title>
      {Array.from({ length: days }, (_, d) => (
        <g key={d} transform={`translate(${4 + d * w}, 8)`}>
          <rect width={w - 6} height={26} rx={4} className={d === 0 ? 'cm-day cm-day--meeting' : d === MINUTES_DUE_DAYS ? 'cm-day cm-day--due' : d <= today ? 'cm-day cm-day--past' : 'cm-day'} />
          <text x={(w - 6) / 2} y={18} textAnchor="middle" className="cm-day__text">
            {d === 0 ? '●' : d}
          </text>
        </g>
      ))}
      {!published ? <polygon points={`${4 + today * w + (w - 6) / 2 - 6},50 ${4 + today * w + (w - 6) / 2 + 6},50 ${4 + today * w + (w - 6) / 2},40`} className={late ? 'cm-today cm-today--late' : 'cm-today'} /> : null}
    </svg>
  );
}
