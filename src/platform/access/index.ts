/**
 * platform/access — the one place where a client's data is opened.
 *
 * Every read or write of client data goes through withClientAccess() (or listAccessibleClients() for
 * the list of one's clients). It checks that the client lives in the actor's region (otherwise
 * notFound, so other regions' clients cannot even be detected), that the actor's relation and role
 * allow this action on this information category (otherwise forbidden), and it writes the entry in
 * the client's hash-chained access log before any data leaves.
 *
 * Route handlers and services never check consent or relations themselves and never query client
 * tables for another user's client outside this module: when the consent rules arrive (per-category
 * levels, refusals, expiry) they change here and every caller follows.
 */
export { withClientAccess, type AccessContext } from './with-client-access.js';
export { listAccessibleClients, type ListClientsOptions } from './list-clients.js';
export { relationTo } from './relation.js';
export { isAllowed, effectiveRelation, ROLES_FOR_LINK } from './rules.js';
export type { Actor, ClientAccess, Relation, AccessScope, ClientSummary } from './types.js';
