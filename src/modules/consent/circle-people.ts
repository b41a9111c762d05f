import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { Role } from '../accounts/schema.js';
import { activeUsersWithRole } from '../accounts/service.js';
import { ROLES_FOR_LINK, decisionRule, todayInNl, type Actor } from '../../platform/access/index.js';

/**
 * Who stands where in a circle, for the refusal reminders and the safety-exception reviews: whom to
 * mail, and in which circles someone is a professional. The answers are user ids, e-mail addresses
 * and client ids only, never a client's name or any other client data; that stays behind
 * platform/access. This is the one file of the refusal and safety flows that reads client_links and
 * clients directly.
 */

export interface Recipient {
  userId: string;
  email: string;
  locale: 'nl' | 'en';
}

const PROFESSIONAL_ROLES = ROLES_FOR_LINK.professional;

/** True when the actor's roles make a professional link count (see platform/access rules). */
export const actsAsProfessional = (actor: Pick<Actor, 'roles'>): boolean => PROFESSIONAL_ROLES.some((r) => actor.roles.includes(r));

/** Active users holding one of the roles; a subquery on user_roles. */
const hasRole = (db: Db, roles: readonly Role[]) => db.selectFrom('user_roles as ur').select('ur.user_id').where('ur.role', 'in', roles);

/** The professional members of a client's circle whose role makes the link count, optionally without one of them. */
export async function professionalMembers(db: Db, regionId: string, clientId: string, exceptUserId?: string): Promise<Recipient[]> {
  const rows = await db
    .selectFrom('client_links as l')
    .innerJoin('users as u', (join) => join.onRef('u.id', '=', 'l.user_id').onRef('u.region_id', '=', 'l.region_id'))
    .select(['u.id', 'u.email', 'u.locale'])
    .where('l.region_id', '=', regionId)
    .where('l.client_id', '=', clientId)
    .where('l.relation', '=', 'professional')
    .where('u.status', '=', 'active')
    .where('u.id', 'in', hasRole(db, PROFESSIONAL_ROLES))
    .$if(exceptUserId !== undefined, (qb) => qb.where('u.id', '<>', exceptUserId!))
    .execute();
  return rows.map((r) => ({ userId: r.id, email: r.email, locale: r.locale }));
}

/** The circle's regisseur, when there is one with an active account. */
export async function regisseurOf(db: Db, regionId: string, clientId: string): Promise<Recipient[]> {
  const rows = await db
    .selectFrom('circles as c')
    .innerJoin('users as u', (join) => join.onRef('u.id', '=', 'c.regisseur_user_id').onRef('u.region_id', '=', 'c.region_id'))
    .select(['u.id', 'u.email', 'u.locale'])
    .where('c.region_id', '=', regionId)
    .where('c.client_id', '=', clientId)
    .where('u.status', '=', 'active')
    .execute();
  return rows.map((r) => ({ userId: r.id, email: r.email, locale: r.locale }));
}

/** Team leads of an organisation, with an active account. */
export async function teamLeadsOf(db: Db, regionId: string, organisationId: string | null): Promise<Recipient[]> {
  if (organisationId === null) return [];
  const rows = await activeUsersWithRole(db, regionId, 'teamleider', organisationId);
  return rows.map((r) => ({ userId: r.id, email: r.email, locale: r.locale }));
}

/**
 * The client's own account and the representatives who decide for them today (client under 16 or
 * unable to decide): the people told afterwards about access under a safety exception.
 */
export async function clientAndDeciders(db: Db, regionId: string, clientId: string, now = new Date()): Promise<(Recipient & { as: 'client' | 'vertegenwoordiger' })[]> {
  const client = await db
    .selectFrom('clients as c')
    .leftJoin('users as u', (join) => join.onRef('u.id', '=', 'c.user_id').onRef('u.region_id', '=', 'c.region_id'))
    .select(['c.birth_date', 'c.decision_capacity', 'u.id as user_id', 'u.email', 'u.locale', 'u.status'])
    .where('c.region_id', '=', regionId)
    .where('c.id', '=', clientId)
    .executeTakeFirst();
  if (!client) return [];
  const out: (Recipient & { as: 'client' | 'vertegenwoordiger' })[] = [];
  if (client.user_id && client.email && client.locale && client.status === 'active') out.push({ userId: client.user_id, email: client.email, locale: client.locale, as: 'client' });
  if (decisionRule(client.birth_date, client.decision_capacity, todayInNl(now)) === 'client') return out;
  const reps = await db
    .selectFrom('client_links as l')
    .innerJoin('users as u', (join) => join.onRef('u.id', '=', 'l.user_id').onRef('u.region_id', '=', 'l.region_id'))
    .select(['u.id', 'u.email', 'u.locale'])
    .where('l.region_id', '=', regionId)
    .where('l.client_id', '=', clientId)
    .where('l.relation', '=', 'vertegenwoordiger')
    .where('u.status', '=', 'active')
    .where('u.id', 'in', hasRole(db, ROLES_FOR_LINK.vertegenwoordiger))
    .execute();
  for (const r of reps) out.push({ userId: r.id, email: r.email, locale: r.locale, as: 'vertegenwoordiger' });
  return out;
}

/**
 * The ids of the clients in whose circle the actor is a professional member, as a subquery to
 * embed. Empty when the actor's roles do not make a professional link count.
 */
export function professionalCircleIds(db: Db, actor: Actor) {
  return db
    .selectFrom('client_links as pl')
    .select('pl.client_id')
    .where('pl.region_id', '=', actor.regionId)
    .where('pl.user_id', '=', actor.userId)
    .where('pl.relation', '=', 'professional')
    .$if(!actsAsProfessional(actor), (qb) => qb.where(sql<boolean>`false`));
}

/** One address once, whoever it reaches in several ways. */
export function uniqueRecipients<R extends Recipient>(lists: R[][]): R[] {
  const seen = new Set<string>();
  return lists.flat().filter((r) => (seen.has(r.userId) ? false : (seen.add(r.userId), true)));
}
