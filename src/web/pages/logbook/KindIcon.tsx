import type { EntryKind } from './types';

/**
 * A small picture per kind of entry, so good news stands out at a glance: a sun for good news, a
 * speech bubble for an update, a cloud for a worry and a sheet of paper for a report. The text
 * next to it says the same, so the picture is decoration for screen readers.
 */
export function KindIcon({ kind }: { kind: EntryKind }) {
  return (
    <svg className={`logbook-icon logbook-icon--${kind}`} viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false">
      {kind === 'goed-nieuws' ? (
        <g>
          <circle cx="16" cy="16" r="6.5" fill="currentColor" />
          {[0, 45, 90, 135, 180, 225, 270, 315].map((a) => (
            <line key={a} x1="16" y1="3" x2="16" y2="7" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" transform={`rotate(${a} 16 16)`} />
          ))}
        </g>
      ) : kind === 'zorg' ? (
        <path d="M9 24h15a6 6 0 0 0 0-12 8 8 0 0 0-15 2 5 5 0 0 0 0 10z" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinejoin="round" />
      ) : kind === 'rapportage' ? (
        <g fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinejoin="round">
          <path d="M8 4h11l6 6v18H8z" />
          <path d="M19 4v6h6M12 16h9M12 21h9" />
        </g>
      ) : (
        <path d="M5 7h22v14H14l-6 5v-5H5z" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinejoin="round" />
      )}
    </svg>
  );
}
