import type { Role } from '../../modules/accounts/schema.js';
import type { ClientRelation } from '../../modules/clients/schema.js';
import type { AccessAction, InformationCategory } from '../audit/schema.js';
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

const FULL_ACCESS: ReadonlySet<Relation> = new Set<Relation>(['self', 'vertegenwoordiger', 'professional']);

/**
 * Until per-category consent exists, the client, their representative and linked professionals
 * have full access, and the wider circle (naasten, volunteers) sees only who the client is.
 */
export function isAllowed(relation: Relation, category: InformationCategory, action: AccessAction): boolean {
  if (FULL_ACCESS.has(relation)) return true;
  return category === 'basis' && action === 'read';
}
