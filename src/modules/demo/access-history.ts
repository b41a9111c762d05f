import type { AccessAction, InformationCategory } from '../../platform/audit/schema.js';

/**
 * A few past accesses so that a demo client's "who looked at my data" page shows something real.
 * Kim (the demo client log-in) sees her wijkcoach, her maatschappelijk werker and her sister.
 */
export interface DemoAccess {
  daysAgo: number;
  /** Local clock time, HH:MM. */
  at: string;
  actor: string;
  client: string;
  category: InformationCategory;
  action: AccessAction;
  purpose: string;
}

/** Oldest first: the chain's order and the time order must agree. */
export const DEMO_ACCESS_HISTORY: readonly DemoAccess[] = [
  { daysAgo: 9, at: '09:12', actor: 'karin', client: 'henk', category: 'basis', action: 'read', purpose: 'huisbezoek voorbereiden' },
  { daysAgo: 6, at: '10:15', actor: 'sanne', client: 'kim', category: 'basis', action: 'read', purpose: 'kennismakingsgesprek voorbereiden' },
  { daysAgo: 6, at: '10:18', actor: 'sanne', client: 'kim', category: 'netwerk', action: 'read', purpose: 'kennismakingsgesprek voorbereiden' },
  { daysAgo: 4, at: '14:05', actor: 'fatima', client: 'kim', category: 'basis', action: 'read', purpose: 'aanvraag schuldhulp voorbereiden' },
  { daysAgo: 3, at: '16:40', actor: 'sanne', client: 'kim', category: 'plan', action: 'update', purpose: 'afspraken uit het huisbezoek vastleggen' },
  { daysAgo: 2, at: '09:40', actor: 'mehmet', client: 'bas', category: 'basis', action: 'read', purpose: 'begeleidingsgesprek voorbereiden' },
  { daysAgo: 1, at: '11:02', actor: 'karin', client: 'truus', category: 'basis', action: 'read', purpose: 'huisbezoek voorbereiden' },
  { daysAgo: 1, at: '19:25', actor: 'jessica', client: 'kim', category: 'plan', action: 'read', purpose: 'afspraken bekijken' },
];

/** Midnight-relative times in the server's zone, so "yesterday at 19:25" reads as such in the app. */
export function accessTime(entry: Pick<DemoAccess, 'daysAgo' | 'at'>, now: Date): Date {
  const [h, m] = entry.at.split(':').map(Number) as [number, number];
  const d = new Date(now);
  d.setDate(d.getDate() - entry.daysAgo);
  d.setHours(h, m, 0, 0);
  return d;
}
