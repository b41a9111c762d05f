import type { Role } from '../../modules/accounts/schema.js';
import type { ClientRelation } from '../../modules/clients/schema.js';
import type { AccessLevel } from '../../modules/consent/schema.js';
import type { AccessAction } from '../audit/schema.js';
import type { Relation } from './types.js';

/**
 * A link only counts when the user also holds a role that fits it: an administrator who happens to
 * be linked as professional does not read files as one without the professional role.
 */
export const ROLES_FOR_LINK: Readonly<Record<ClientRelation, readonly Role[]>> = {
  vertegenwoordiger: ['vertegenwoordiger'],
  professional: ['professional', 'teamleider', 'netwerkvoorzitter'],
  naaste: ['naaste'],
  vrijwilliger: ['vrijwilliger'],
};

/** The relations an actor's roles can make effective, in order of precedence. */
export function linkRelationsFor(roles: readonly Role[]): ClientRelation[] {
  return (Object.keys(ROLES_FOR_LINK) as ClientRelation[]).filter((rel) => ROLES_FOR_LINK[rel].some((r) => roles.includes(r)));
}

export function effectiveRelation(
  actor: { userId: string; roles: readonly Role[] },
  client: { userId: string | null; link: ClientRelation | null },
): Relation | null {
  if (client.userId !== null && client.userId === actor.userId.toLowerCase() && actor.roles.includes('client')) return 'self';
  if (client.link === null) return null;
  return ROLES_FOR_LINK[client.link].some((r) => actor.roles.includes(r)) ? client.link : null;
}

/** Everything the decision needs, gathered by one query (see relation.ts). */
export interface AccessFacts {
  relation: Relation;
  /** The actor has a say in consent for this client today (client 12+, or representative with authority). */
  decides: boolean;
  /** The member's unexpired consent level for the category; 'none' without a grant. */
  level: AccessLevel;
  /** An open safety exception of this professional that covers the category. */
  exceptionId: string | null;
}

export type Verdict = { allowed: false } | { allowed: true; exceptionId: string | null };

/**
 * The consent rules in one function. The client and whoever decides for them see and do everything;
 * everyone else gets what the client granted per category: read, or contribute (read and write).
 * Sharing onward (inviting, passing on) is for professionals with contribute; export of the whole
 * record for the client and their decider only. A professional in the circle without consent can
 * read or share a category only under a justified safety exception, and that access is flagged.
 */
export function decide(f: AccessFacts, action: AccessAction): Verdict {
  if (f.relation === 'self' || f.decides) return { allowed: true, exceptionId: null };
  if (action === 'export') return { allowed: false };
  const byConsent =
    action === 'read' ? f.level !== 'none' : action === 'share' ? f.level === 'contribute' && f.relation === 'professional' : f.level === 'contribute';
  if (byConsent) return { allowed: true, exceptionId: null };
  if (f.exceptionId !== null && f.relation === 'professional' && (action === 'read' || action === 'share')) return { allowed: true, exceptionId: f.exceptionId };
  return { allowed: false };
}
