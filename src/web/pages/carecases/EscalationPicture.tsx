import { useTranslation } from 'react-i18next';
import { ESCALATION_LEVELS, type CaseView } from './types';

type Level = CaseView['escalations'][number]['level'];

/**
 * The four escalation levels as a staircase; the level reached is filled and marked in words too.
 * The caption carries the same information for screen readers.
 */
export function EscalationPicture({ current }: { current: Level | null }) {
  const { t } = useTranslation();
  const reached = current === null ? -1 : ESCALATION_LEVELS.indexOf(current);
  const caption = current === null ? t('careCases.escalation.pictureNone') : t('careCases.escalation.pictureAt', { level: t(`careCases.escalation.level.${current}`) });
  return (
    <figure className="carecases-escalation">
      <svg viewBox="0 0 440 130" role="img" aria-labelledby="case-escalation-caption" focusable="false" style={{ inlineSize: '100%', maxInlineSize: '32rem', blockSize: 'auto' }}>
        {ESCALATION_LEVELS.map((l, i) => {
          const h = 30 + i * 22;
          const x = 10 + i * 105;
          const on = i <= reached;
          return (
            <g key={l}>
              <rect x={x} y={100 - h} width="95" height={h} rx="4" fill={on ? 'var(--utrecht-color-blue-35, #0b4f8a)' : 'none'} stroke="var(--utrecht-color-grey-40, #555)" strokeWidth="2" />
              {i === reached ? <text x={x + 47} y={92 - h} textAnchor="middle" fontSize="14" fontWeight="bold" fill="currentColor">▼</text> : null}
              <text x={x + 47} y="120" textAnchor="middle" fontSize="12" fill="currentColor">
                {t(`careCases.escalation.short.${l}`)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption id="case-escalation-caption">{caption}</figcaption>
    </figure>
  );
}
