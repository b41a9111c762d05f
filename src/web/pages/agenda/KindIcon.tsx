import type { OccurrenceKind } from './types';

/**
 * A small picture per kind of entry, next to its name: people who read little recognise a phone or
 * a group of people faster than a word. Decorative: the word is always there too.
 */
export function KindIcon({ kind }: { kind: OccurrenceKind }) {
  const common = { width: 28, height: 28, viewBox: '0 0 24 24', 'aria-hidden': true, focusable: false, className: `agenda-icon agenda-icon--${kind}` } as const;
  switch (kind) {
    case 'netwerkoverleg':
      return (
        <svg {...common}>
          <circle cx="7" cy="8" r="3" fill="currentColor" />
          <circle cx="17" cy="8" r="3" fill="currentColor" />
          <circle cx="12" cy="6" r="3" fill="currentColor" opacity="0.7" />
          <path d="M2 20c0-4 2.5-6 5-6s5 2 5 6M12 20c0-4 2.5-6 5-6s5 2 5 6" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
      );
    case 'belmoment':
      return (
        <svg {...common}>
          <path d="M6.6 10.8a15 15 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z" fill="currentColor" />
        </svg>
      );
    case 'taak':
      return (
        <svg {...common}>
          <rect x="3" y="3" width="18" height="18" rx="3" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M7 12l3.5 3.5L17 9" fill="none" stroke="currentColor" strokeWidth="2.5" />
        </svg>
      );
    case 'deadline':
      return (
        <svg {...common}>
          <path d="M5 21V3M5 4h12l-2 4 2 4H5" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
      );
    default:
      return (
        <svg {...common}>
          <rect x="3" y="5" width="18" height="16" rx="2" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M3 10h18M8 3v4M16 3v4" stroke="currentColor" strokeWidth="2" />
          <rect x="7" y="13" width="4" height="4" fill="currentColor" />
        </svg>
      );
  }
}
