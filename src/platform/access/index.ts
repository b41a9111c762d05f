/**
 * platform/access — the one place where a client's data is opened.
 *
 * Every read or write of client data goes through withClientAccess() (or listAccessibleClients() for
 * the list of one's clients). It checks that the client lives in the actor's region (otherwise
 * notFound, so other regions' clients cannot even be detected), that the actor's relation and role
 * allow this action on this information category under the client's consent (otherwise forbidden),
 * and it writes the entry in the client's hash-chained access log before any data leaves. Consent
 * is read fresh from the database on every call: no grant is ever cached.
 *
 * Route handlers and services never check consent or relations themselves and never query client
 * tables for another user's client outside this module: the rules live in rules.ts (decide) and
 * decision-rule.ts (who decides), and every caller follows when they change.
 */
export { withClientAccess, type AccessContext } from './with-client-access.js';
export { listAccessibleClients, type ListClientsOptions } from './list-clients.js';
export { relationTo, lookupAccess } from './relation.js';
export { decide, effectiveRelation, ROLES_FOR_LINK, type AccessFacts } from './rules.js';
export { decisionRule, deciderParty, partiesFor, todayInNl, ageOnDay } from './decision-rule.js';
export type { Actor, ClientAccess, Relation, AccessScope, ClientSummary } from './types.js';
export { circleMembersAccess, type MemberAccess } from './members-access.js';
export { withSafetyReviewAccess, type SafetyReviewAccess } from './safety-review.js';
export { withCaseAccess, mayReadCaseItem, caseVisibility, visibleCases, withoutIdentifying, type CaseAccess, type CaseScope, type CaseRole, type CaseFacts, type CaseRow } from './case-access.js';
export { involvedOrganisations, type Involvement, type InvolvementSubject } from './case-involvement.js';
