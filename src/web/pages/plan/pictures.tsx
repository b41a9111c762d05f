import type { ReactNode } from 'react';
import type { LifeDomain } from '../../api/plan-types';

/**
 * Small pictures for the plan. They repeat what the heading or text next to them says, so screen
 * readers skip them (aria-hidden); colours come from the design tokens via currentColor.
 */
const svg = (size: number, children: ReactNode, className = 'plan-picture') => (
  <svg aria-hidden focusable={false} width={size} height={size} viewBox="0 0 48 48" className={className} fill="none" stroke="currentColor" strokeWidth={3} strokeLinecap="round" strokeLinejoin="round">
    {children}
  </svg>
);

const DOMAIN_SHAPES: Record<LifeDomain, ReactNode> = {
  // A house.
  wonen: (
    <>
      <polyline points="6,24 24,8 42,24" />
      <polyline points="11,20 11,41 37,41 37,20" />
      <rect x="20" y="28" width="8" height="13" />
    </>
  ),
  // A heart.
  gezondheid: <path d="M24 40 C10 30 6 22 8 16 C10 9 19 8 24 15 C29 8 38 9 40 16 C42 22 38 30 24 40 Z" />,
  // A briefcase.
  werk: (
    <>
      <rect x="6" y="16" width="36" height="24" rx="3" />
      <path d="M18 16 V11 H30 V16" />
      <line x1="6" y1="26" x2="42" y2="26" />
    </>
  ),
  // Two coins.
  geld: (
    <>
      <ellipse cx="18" cy="30" rx="11" ry="9" />
      <ellipse cx="30" cy="18" rx="11" ry="9" />
      <line x1="30" y1="13" x2="30" y2="23" />
    </>
  ),
  // Two people.
  relaties: (
    <>
      <circle cx="16" cy="15" r="6" />
      <circle cx="33" cy="17" r="5" />
      <path d="M5 40 C5 30 10 25 16 25 C22 25 27 30 27 40" />
      <path d="M27 29 C29 26 31 25 33 25 C38 25 43 30 43 38" />
    </>
  ),
  // A ball.
  'vrije-tijd': (
    <>
      <circle cx="24" cy="24" r="17" />
      <path d="M9 18 C18 22 30 22 39 18" />
      <path d="M9 30 C18 26 30 26 39 30" />
      <line x1="24" y1="7" x2="24" y2="41" />
    </>
  ),
  // A star.
  zingeving: <polygon points="24,5 29,18 43,18 32,27 36,41 24,33 12,41 16,27 5,18 19,18" />,
  // Two hands holding.
  zelfzorg: (
    <>
      <path d="M6 30 L16 24 C19 22 22 23 24 25 L30 31" />
      <path d="M42 30 L32 24 C29 22 26 23 24 25" />
      <path d="M12 34 L20 41 H28 L36 34" />
      <path d="M24 16 C21 11 15 12 16 17 C17 20 24 23 24 23 C24 23 31 20 32 17 C33 12 27 11 24 16 Z" />
    </>
  ),
};

/** The pictogram of a life domain (house, heart, briefcase, coins, people, ball, star, hands). */
export function DomainPicture({ domain }: { domain: LifeDomain }) {
  return svg(40, DOMAIN_SHAPES[domain], 'plan-picture plan-picture--domain');
}

/** A warning triangle: shown with text that says the same ("vraag iemand anders"). */
export function WarningPicture() {
  return svg(
    20,
    <>
      <polygon points="24,5 44,41 4,41" />
      <line x1="24" y1="18" x2="24" y2="29" />
      <line x1="24" y1="35" x2="24" y2="35.5" />
    </>,
    'plan-picture plan-picture--warning',
  );
}

/** A baton passing from one hand to the next: the regisseur role. */
export function HandoverPicture() {
  return svg(
    48,
    <>
      <circle cx="12" cy="14" r="5" />
      <circle cx="36" cy="14" r="5" />
      <path d="M4 40 C4 29 8 24 12 24 C16 24 18 27 19 30" />
      <path d="M44 40 C44 29 40 24 36 24 C32 24 30 27 29 30" />
      <line x1="18" y1="32" x2="30" y2="32" />
      <polyline points="26,28 30,32 26,36" />
    </>,
  );
}

/** A check list: agreements, who does what. */
export function AgreementsPicture() {
  return svg(
    48,
    <>
      <rect x="8" y="5" width="32" height="39" rx="3" />
      <polyline points="14,16 17,19 22,13" />
      <line x1="26" y1="16" x2="34" y2="16" />
      <polyline points="14,27 17,30 22,24" />
      <line x1="26" y1="27" x2="34" y2="27" />
      <line x1="14" y1="37" x2="22" y2="37" />
      <line x1="26" y1="37" x2="34" y2="37" />
    </>,
  );
}
