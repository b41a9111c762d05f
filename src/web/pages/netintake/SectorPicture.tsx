import type { ReactNode } from 'react';
import type { Sector } from './types';

/**
 * Big friendly pictures for the life domains of the intake. The heading next to them names the
 * domain, so they are decorative for screen readers (aria-hidden).
 */
const SHAPES: Record<Sector, ReactNode> = {
  // Three people of different heights: a family.
  familie: (
    <>
      <circle cx="20" cy="22" r="7" />
      <path d="M8 52 C8 38 32 38 32 52" />
      <circle cx="44" cy="24" r="6" />
      <path d="M34 52 C34 40 54 40 54 52" />
      <circle cx="32" cy="36" r="4" />
      <path d="M25 56 C25 47 39 47 39 56" />
    </>
  ),
  // Two people side by side, arms linked: friends.
  vrienden: (
    <>
      <circle cx="22" cy="20" r="7" />
      <circle cx="42" cy="20" r="7" />
      <path d="M10 54 C10 36 34 36 34 54" />
      <path d="M30 54 C30 36 54 36 54 54" />
      <path d="M28 42 L36 42" />
    </>
  ),
  // Two houses next to each other: the neighbourhood.
  buurt: (
    <>
      <polyline points="6,30 18,18 30,30" />
      <polyline points="9,28 9,52 27,52 27,28" />
      <rect x="15" y="40" width="6" height="12" />
      <polyline points="32,26 45,12 58,26" />
      <polyline points="35,24 35,52 55,52 55,24" />
      <rect x="41" y="32" width="8" height="8" />
    </>
  ),
  // A briefcase with a school book: school or work.
  'school-werk': (
    <>
      <rect x="8" y="24" width="48" height="28" rx="3" />
      <path d="M24 24 V17 H40 V24" />
      <line x1="8" y1="36" x2="56" y2="36" />
    </>
  ),
  // A ball and a musical note: leisure.
  'vrije-tijd': (
    <>
      <circle cx="22" cy="38" r="13" />
      <path d="M12 30 C20 34 24 42 22 51" />
      <path d="M32 34 C26 36 18 34 12 42" />
      <path d="M46 44 V14 L56 12" />
      <ellipse cx="42" cy="45" rx="5" ry="4" />
    </>
  ),
  // A heart with a plus: care and support.
  zorg: (
    <>
      <path d="M32 54 C14 42 8 32 10 24 C13 14 25 13 32 22 C39 13 51 14 54 24 C56 32 50 42 32 54 Z" />
      <line x1="32" y1="28" x2="32" y2="40" />
      <line x1="26" y1="34" x2="38" y2="34" />
    </>
  ),
};

export function SectorPicture({ sector, size = 96 }: { sector: Sector; size?: number }) {
  return (
    <svg
      aria-hidden
      focusable={false}
      width={size}
      height={size}
      viewBox="0 0 64 64"
      className={`netintake-picture netintake-picture--${sector}`}
      fill="none"
      stroke="currentColor"
      strokeWidth={3}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {SHAPES[sector]}
    </svg>
  );
}
