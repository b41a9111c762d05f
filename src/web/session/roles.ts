import type { SessionUser } from '../api/types';

/** Which parts of the interface to show. The API still decides what each person may do. */
export const hasRole = (user: SessionUser | null, ...roles: string[]): boolean =>
  !!user && user.roles.some((r) => roles.includes(r));

export const PROFESSIONAL_ROLES = ['professional', 'teamleider', 'netwerkvoorzitter'];
export const INVOLVED_ROLES = ['vertegenwoordiger', 'naaste', 'vrijwilliger'];
/** Roles that may read an access log: their own (client) or that of someone they represent. */
export const ACCESS_LOG_ROLES = ['client', 'vertegenwoordiger'];
