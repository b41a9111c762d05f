import type { Actor } from '../../platform/access/index.js';
import type { Db } from '../../platform/db/database.js';
import type { ClientRelation } from '../clients/schema.js';

/**
 * Every query of the AVG module on the client tables (clients, client_links), in one place for the
 * client-tables scan. Each one takes the scope handed out by withClientAccess, except the two that
 * name only the actor's own links (correctionTaskClientIds) or run as the erasure job itself.
 */

interface Scope {
  regionId: string;
  clientId: string;
}

export async function readClientRecord(db: Db, scope: Scope) {
  return db
    .selectFrom('clients as c')
    .leftJoin('municipalities as m', (join) => join.onRef('m.id', '=', 'c.municipality_id').onRef('m.region_id', '=', 'c.region_id'))
    .select([
      'c.first_name',
      'c.last_name',
      'c.birth_date',
      'c.street',
      'c.postcode',
      'c.city',
      'c.phone',
      'c.email',
      'c.story',
      'c.decision_capacity',
      'c.created_at',
      'c.updated_at',
      'm.name as municipality_name',
    ])
    .where('c.region_id', '=', scope.regionId)
    .where('c.id', '=', scope.clientId)
    .executeTakeFirstOrThrow();
}

export async function clientName(db: Db, scope: Scope): Promise<string> {
  const c = await db.selectFrom('clients').select(['first_name', 'last_name']).where('region_id', '=', scope.regionId).where('id', '=', scope.clientId).executeTakeFirstOrThrow();
  return `${c.first_name} ${c.last_name}`;
}

export interface CircleMember {
  linkId: string;
  userId: string;
  name: string;
  relation: ClientRelation;
  label: string | null;
  organisationName: string | null;
  since: Date;
}

export async function readMembers(db: Db, scope: Scope): Promise<CircleMember[]> {
  const rows = await db
    .selectFrom('client_links as l')
    .innerJoin('users as u', (join) => join.onRef('u.id', '=', 'l.user_id').onRef('u.region_id', '=', 'l.region_id'))
    .leftJoin('organisations as o', (join) => join.onRef('o.id', '=', 'u.organisation_id').onRef('o.region_id', '=', 'u.region_id'))
    .select(['l.id', 'l.user_id', 'u.display_name', 'l.relation', 'l.label', 'o.name as organisation_name', 'l.created_at'])
    .where('l.region_id', '=', scope.regionId)
    .where('l.client_id', '=', scope.clientId)
    .orderBy('l.created_at')
    .orderBy('l.id')
    .execute();
  return rows.map((r) => ({
    linkId: r.id,
    userId: r.user_id,
    name: r.display_name,
    relation: r.relation,
    label: r.label,
    organisationName: r.organisation_name,
    since: r.created_at,
  }));
}

/** Addresses of the active professionals in the circle, for a task nobody was assigned to. */
export async function professionalMemberEmails(db: Db, scope: Scope): Promise<{ email: string; locale: 'nl' | 'en' }[]> {
  return db
    .selectFrom('client_links as l')
    .innerJoin('users as u', (join) => join.onRef('u.id', '=', 'l.user_id').onRef('u.region_id', '=', 'l.region_id'))
    .select(['u.email', 'u.locale'])
    .where('l.region_id', '=', scope.regionId)
    .where('l.client_id', '=', scope.clientId)
    .where('l.relation', '=', 'professional')
    .where('u.status', '=', 'active')
    .execute();
}

/**
 * Ids only, no client data: the clients in whose circle the actor is a professional and that have an
 * open correction for them (assigned to them, or to nobody). Each is then opened through platform/access.
 */
export async function correctionTaskClientIds(db: Db, actor: Actor): Promise<string[]> {
  const rows = await db
    .selectFrom('client_links as l')
    .innerJoin('correction_requests as r', (join) => join.onRef('r.client_id', '=', 'l.client_id').onRef('r.region_id', '=', 'l.region_id'))
    .select('l.client_id')
    .distinct()
    .where('l.region_id', '=', actor.regionId)
    .where('l.user_id', '=', actor.userId)
    .where('l.relation', '=', 'professional')
    .where('r.status', '=', 'open')
    .where((eb) => eb.or([eb('r.assigned_to', '=', actor.userId), eb('r.assigned_to', 'is', null)]))
    .execute();
  return rows.map((r) => r.client_id);
}

/**
 * Locks the client row for the rest of the transaction: two erasure requests cannot both pass the
 * "none pending" check, and nothing new (a safety exception, say) can be linked to a client that the
 * erasure job is about to delete. False when the client no longer exists.
 */
export async function lockClient(trx: Db, scope: Scope): Promise<boolean> {
  const row = await trx.selectFrom('clients').select('id').where('region_id', '=', scope.regionId).where('id', '=', scope.clientId).forUpdate().executeTakeFirst();
  return row !== undefined;
}

/**
 * The erasure itself: the client row goes, and with it (ON DELETE CASCADE) the circle, links,
 * grants, decisions, history, refusals, safety exceptions, corrections and invitations.
 * Returns the client's own account, if any, so the caller can anonymise it; null when already gone.
 */
export async function deleteClientRecord(trx: Db, scope: Scope): Promise<{ userId: string | null } | null> {
  const row = await trx.deleteFrom('clients').where('region_id', '=', scope.regionId).where('id', '=', scope.clientId).returning('user_id').executeTakeFirst();
  return row ? { userId: row.user_id } : null;
}

/** A regisseur who left the circle cannot take up its tasks; the request then goes to all its professionals. */
export async function isProfessionalMember(db: Db, scope: Scope, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('client_links')
    .select('id')
    .where('region_id', '=', scope.regionId)
    .where('client_id', '=', scope.clientId)
    .where('user_id', '=', userId)
    .where('relation', '=', 'professional')
    .executeTakeFirst();
  return row !== undefined;
}
