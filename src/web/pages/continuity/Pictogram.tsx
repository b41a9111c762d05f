import type { ReactNode } from 'react';
import type { Pictogram as PictogramName } from './types';

/**
 * Simple line pictures for people who would rather look than read: the toekomstplan's themes and
 * the parts of the crisis plan. Always shown next to a word, so they are decorative for screen
 * readers (aria-hidden) and never the only way to understand something.
 */

export type IconName = PictogramName | 'signs' | 'helps' | 'people' | 'phone' | 'handover' | 'closed' | 'print';

const PATHS: Record<IconName, ReactNode> = {
  wonen: (
    <>
      <path d="M3 11 12 3l9 8" />
      <path d="M5 10v10h14V10" />
      <path d="M10 20v-6h4v6" />
    </>
  ),
  school: (
    <>
      <path d="M3 5h7a2 2 0 0 1 2 2v13a2 2 0 0 0-2-2H3z" />
      <path d="M21 5h-7a2 2 0 0 0-2 2v13a2 2 0 0 1 2-2h7z" />
    </>
  ),
  werk: (
    <>
      <rect x="3" y="7" width="18" height="13" rx="2" />
      <path d="M9 7V5a1 1 0 0 1 1-1h4a1 1 0 0 1 1 1v2" />
      <path d="M3 13h18" />
    </>
  ),
  vrienden: (
    <>
      <circle cx="8" cy="8" r="3" />
      <circle cx="16" cy="8" r="3" />
      <path d="M2 20c0-3.5 2.7-6 6-6s6 2.5 6 6" />
      <path d="M14 14.5c.6-.3 1.3-.5 2-.5 3.3 0 6 2.5 6 6" />
    </>
  ),
  sport: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 3v18M3 12h18" />
      <path d="M5.6 5.6c3.5 3.5 3.5 9.3 0 12.8M18.4 5.6c-3.5 3.5-3.5 9.3 0 12.8" />
    </>
  ),
  geld: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M15 8.5a4 4 0 1 0 0 7" />
      <path d="M7 11h6M7 13h6" />
    </>
  ),
  gezondheid: (
    <>
      <path d="M12 20s-8-4.8-8-10.5A4.5 4.5 0 0 1 12 7a4.5 4.5 0 0 1 8 2.5C20 15.2 12 20 12 20z" />
      <path d="M12 10v5M9.5 12.5h5" />
    </>
  ),
  familie: (
    <>
      <circle cx="7" cy="6" r="2.5" />
      <circle cx="17" cy="6" r="2.5" />
      <circle cx="12" cy="12" r="2" />
      <path d="M3 20v-4a4 4 0 0 1 8 0" />
      <path d="M13 16a4 4 0 0 1 8 0v4" />
      <path d="M9.5 20v-1.5a2.5 2.5 0 0 1 5 0V20" />
    </>
  ),
  signs: (
    <>
      <path d="M12 3 2 20h20z" />
      <path d="M12 9v5" />
      <circle cx="12" cy="17" r="0.8" />
    </>
  ),
  helps: <path d="M12 20s-8-4.8-8-10.5A4.5 4.5 0 0 1 12 7a4.5 4.5 0 0 1 8 2.5C20 15.2 12 20 12 20z" />,
  people: (
    <>
      <circle cx="9" cy="8" r="3" />
      <path d="M3 20c0-3.5 2.7-6 6-6s6 2.5 6 6" />
      <path d="M17 8h4M19 6v4" />
    </>
  ),
  phone: <path d="M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 5a2 2 0 0 1 2-2z" />,
  handover: (
    <>
      <path d="M3 12h13" />
      <path d="m12 7 5 5-5 5" />
      <path d="M20 4v16" />
    </>
  ),
  closed: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="m8 12 3 3 5-6" />
    </>
  ),
  print: (
    <>
      <path d="M6 9V3h12v6" />
      <rect x="3" y="9" width="18" height="8" rx="2" />
      <path d="M6 14h12v7H6z" />
    </>
  ),
};

export function Icon({ name, size = 32 }: { name: IconName; size?: number }) {
  return (
    <svg
      className="samenspel-continuity-icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[name]}
    </svg>
  );
}
