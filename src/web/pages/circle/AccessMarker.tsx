import { useTranslation } from 'react-i18next';
import type { AccessLevel } from '../../api/circle-types';
import { LEVELS } from './circleText';

/**
 * A picture per access level, different in shape and not only in colour:
 * none = a dashed empty ring, read = an eye, contribute = a filled disc with a pencil.
 */
export function LevelIcon({ level }: { level: AccessLevel }) {
  return (
    <svg className={`circle-marker circle-marker--${level}`} viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      {level === 'none' ? <circle cx="12" cy="12" r="9" className="circle-marker__ring circle-marker__ring--dashed" /> : null}
      {level === 'read' ? (
        <>
          <circle cx="12" cy="12" r="10" className="circle-marker__ring" />
          <path d="M5.5 12s2.5-4.2 6.5-4.2 6.5 4.2 6.5 4.2-2.5 4.2-6.5 4.2S5.5 12 5.5 12z" className="circle-marker__line" />
          <circle cx="12" cy="12" r="2" className="circle-marker__dot" />
        </>
      ) : null}
      {level === 'contribute' ? (
        <>
          <circle cx="12" cy="12" r="11" className="circle-marker__disc" />
          <path d="M7 17.2l.9-3.4 6.6-6.6 2.5 2.5-6.6 6.6z" className="circle-marker__pencil" />
        </>
      ) : null}
    </svg>
  );
}

/** The icon with its meaning in words: hidden on wide screens (the column says it), shown when stacked. */
export function LevelMarker({ level, textClassName = 'circle-level-text' }: { level: AccessLevel; textClassName?: string }) {
  const { t } = useTranslation();
  return (
    <span className="circle-level">
      <LevelIcon level={level} />
      <span className={textClassName}>{t(`circle.level.${level}`)}</span>
    </span>
  );
}

/** What the three pictures mean. */
export function LevelLegend() {
  const { t } = useTranslation();
  return (
    <ul className="circle-legend" aria-label={t('circle.legend.label')}>
      {LEVELS.map((level) => (
        <li key={level} className="circle-legend__item">
          <LevelIcon level={level} />
          <span>
            <strong>{t(`circle.level.${level}`)}</strong>: {t(`circle.legend.${level}`)}
          </span>
        </li>
      ))}
    </ul>
  );
}
