import { useTranslation } from 'react-i18next';
import type { MatchStatus, RequestStatus } from './types';

const STEPS = ['request', 'proposed', 'introduction', 'thinking', 'matched'] as const;

/** How far a request is, as a step number 0–4 (the step now being taken). */
export function stepOf(request: RequestStatus, match: MatchStatus | null): number {
  if (request === 'matched' || match === 'matched') return 4;
  if (match === 'thinking') return 3;
  if (match === 'introduction') return 2;
  if (match === 'proposed') return 1;
  return 0;
}

/**
 * The five steps of matching as a row of circles: done ones filled with a tick, the current one
 * ringed, later ones open. The words under each circle and the list for screen readers carry the
 * same information, so colour is never the only signal.
 */
export function StepPicture({ step, done = false }: { step: number; done?: boolean }) {
  const { t } = useTranslation();
  const state = (i: number) => (i < step || (done && i === step) ? 'done' : i === step ? 'now' : 'todo');
  return (
    <figure className="volunteers-steps">
      <svg viewBox="0 0 500 90" role="img" aria-labelledby="volunteers-steps-caption" focusable="false" className="volunteers-steps__svg">
        <line x1="50" y1="30" x2="450" y2="30" className="volunteers-steps__line" />
        {STEPS.map((s, i) => {
          const st = state(i);
          const x = 50 + i * 100;
          return (
            <g key={s}>
              <circle cx={x} cy="30" r="18" className={`volunteers-steps__dot volunteers-steps__dot--${st}`} />
              {st === 'done' ? <path d={`M ${x - 8} 30 l 6 6 l 11 -12`} className="volunteers-steps__tick" /> : <text x={x} y="36" textAnchor="middle" className="volunteers-steps__number">{i + 1}</text>}
              <text x={x} y="75" textAnchor="middle" className={`volunteers-steps__label volunteers-steps__label--${st}`}>
                {t(`volunteers.steps.${s}`)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption id="volunteers-steps-caption" className="samenspel-visually-hidden">
        {t('volunteers.steps.label')}: {STEPS.map((s, i) => t('volunteers.steps.text', { n: i + 1, name: t(`volunteers.steps.${s}`), state: t(`volunteers.steps.${state(i)}`) })).join('; ')}
      </figcaption>
    </figure>
  );
}
