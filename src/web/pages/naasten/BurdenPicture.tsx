import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/useLocale';
import { formatCalendarDate } from '../../lib/format';
import type { BurdenView } from './types';

/** A thermometer: the higher the score, the fuller and warmer. The text next to it says the same. */
export function Thermometer({ score }: { score: number | null }) {
  const { t } = useTranslation();
  const fill = score === null ? 0 : (score / 10) * 100;
  const level = score === null ? 'none' : score >= 8 ? 'high' : score >= 5 ? 'mid' : 'low';
  return (
    <div className="naasten-thermo">
      <svg viewBox="0 0 40 140" width="40" height="140" role="img" aria-label={score === null ? t('naasten.burden.none') : t('naasten.burden.pictureLabel', { score })}>
        <rect x="12" y="6" width="16" height="104" rx="8" className="naasten-thermo__tube" />
        <rect x="14" y={8 + (100 - fill)} width="12" height={fill} rx="6" className={`naasten-thermo__fill naasten-thermo__fill--${level}`} />
        <circle cx="20" cy="120" r="14" className={`naasten-thermo__bulb naasten-thermo__fill--${level}`} />
      </svg>
    </div>
  );
}

/** The scores over time as bars, with the same data as a list for screen readers. */
export function BurdenTrend({ burden, id }: { burden: BurdenView; id: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (burden.checks.length === 0) return null;
  const w = 22;
  return (
    <figure className="naasten-trend" aria-labelledby={`${id}-caption`}>
      <svg viewBox={`0 0 ${burden.checks.length * (w + 6)} 110`} width={burden.checks.length * (w + 6)} height="110" aria-hidden="true" focusable="false">
        {burden.checks.map((c, i) => (
          <g key={c.day}>
            <rect x={i * (w + 6)} y={100 - c.score * 10} width={w} height={c.score * 10} rx="3" className={`naasten-thermo__fill--${c.score >= 8 ? 'high' : c.score >= 5 ? 'mid' : 'low'}`} />
            <text x={i * (w + 6) + w / 2} y={96 - c.score * 10} textAnchor="middle" className="naasten-trend__label">
              {c.score}
            </text>
          </g>
        ))}
      </svg>
      <figcaption id={`${id}-caption`}>{burden.trend ? t(`naasten.burden.trend.${burden.trend}`) : t('naasten.burden.trendUnknown')}</figcaption>
      <ul className="samenspel-visually-hidden">
        {burden.checks.map((c) => (
          <li key={c.day}>{t('naasten.burden.listItem', { date: formatCalendarDate(c.day, locale), score: c.score })}</li>
        ))}
      </ul>
    </figure>
  );
}
