import type { CaseMode } from './types';

/**
 * A small picture per way of bringing in a case: a person with a tick (with consent), a person
 * without a face (anonymous), a shield with an exclamation mark (safety). Decorative next to the
 * option's own words, so hidden from screen readers unless a label is given.
 */
export function ModePicture({ mode, label }: { mode: CaseMode; label?: string }) {
  const a11y = label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true as const };
  return (
    <svg viewBox="0 0 64 64" width="56" height="56" focusable="false" className={`carecases-mode-picture carecases-mode-picture--${mode}`} {...a11y}>
      {mode === 'identified' ? (
        <>
          <circle cx="26" cy="20" r="10" className="carecases-mode-picture__fill" />
          <path d="M8 54c0-11 8-18 18-18s18 7 18 18z" className="carecases-mode-picture__fill" />
          <circle cx="48" cy="44" r="12" className="carecases-mode-picture__badge" />
          <path d="M42 44l4 4 8-9" className="carecases-mode-picture__mark" />
        </>
      ) : mode === 'anonymous' ? (
        <>
          <circle cx="32" cy="20" r="11" className="carecases-mode-picture__outline" />
          <path d="M12 56c0-12 9-19 20-19s20 7 20 19z" className="carecases-mode-picture__outline" />
          {/* A drawn question mark: text inside the picture would end up in the option's label. */}
          <path d="M28 16a4.5 4.5 0 1 1 6.5 4c-1.6.9-2.5 1.8-2.5 3.6" className="carecases-mode-picture__question" />
          <circle cx="32" cy="28" r="1.8" className="carecases-mode-picture__dot carecases-mode-picture__dot--dark" />
        </>
      ) : (
        <>
          <path d="M32 6l22 8v15c0 14-9 24-22 29C19 53 10 43 10 29V14z" className="carecases-mode-picture__shield" />
          <path d="M32 18v18" className="carecases-mode-picture__mark" />
          <circle cx="32" cy="44" r="3" className="carecases-mode-picture__dot" />
        </>
      )}
    </svg>
  );
}
