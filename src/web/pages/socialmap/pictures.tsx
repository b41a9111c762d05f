/**
 * Small pictures for the owner pages. They repeat what the text next to them says, so screen
 * readers skip them (aria-hidden); colours come from the design tokens via currentColor.
 */

const svgProps = { 'aria-hidden': true, focusable: false, width: 56, height: 56, viewBox: '0 0 56 56', className: 'socialmap-picture' } as const;

/** A calendar page with a check mark: "checked and still right". */
export function CheckedPicture() {
  return (
    <svg {...svgProps}>
      <rect x="6" y="10" width="44" height="40" rx="4" fill="none" stroke="currentColor" strokeWidth="3" />
      <line x1="6" y1="20" x2="50" y2="20" stroke="currentColor" strokeWidth="3" />
      <line x1="17" y1="5" x2="17" y2="14" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
      <line x1="39" y1="5" x2="39" y2="14" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
      <polyline points="18,35 25,42 39,28" fill="none" stroke="currentColor" strokeWidth="4" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** A spreadsheet: the example file. */
export function SheetPicture() {
  return (
    <svg {...svgProps}>
      <rect x="8" y="6" width="40" height="44" rx="3" fill="none" stroke="currentColor" strokeWidth="3" />
      <line x1="8" y1="18" x2="48" y2="18" stroke="currentColor" strokeWidth="2" />
      <line x1="8" y1="28" x2="48" y2="28" stroke="currentColor" strokeWidth="2" />
      <line x1="8" y1="38" x2="48" y2="38" stroke="currentColor" strokeWidth="2" />
      <line x1="22" y1="6" x2="22" y2="50" stroke="currentColor" strokeWidth="2" />
    </svg>
  );
}

/** A pencil on a line: fill it in. */
export function PencilPicture() {
  return (
    <svg {...svgProps}>
      <path d="M14 42 L38 18 L44 24 L20 48 L12 50 Z" fill="none" stroke="currentColor" strokeWidth="3" strokeLinejoin="round" />
      <line x1="34" y1="22" x2="40" y2="28" stroke="currentColor" strokeWidth="3" />
      <line x1="8" y1="53" x2="48" y2="53" stroke="currentColor" strokeWidth="2" />
    </svg>
  );
}

/** An arrow up out of a tray: send the file. */
export function UploadPicture() {
  return (
    <svg {...svgProps}>
      <polyline points="8,36 8,48 48,48 48,36" fill="none" stroke="currentColor" strokeWidth="3" strokeLinejoin="round" />
      <line x1="28" y1="40" x2="28" y2="10" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
      <polyline points="17,21 28,10 39,21" fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
