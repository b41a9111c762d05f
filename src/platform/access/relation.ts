import type { Db } from '../db/database.js';
import { notFound } from '../errors.js';
import { isUuid } from '../audit/validate.js';
import { effectiveRelation } from './rules.js';
import type { Actor, Relation } from './types.js';

export type Lookup = { found: false } | { found: true; relation: Relation | null };

/**
 * One query for the hot path: the client, only if it lives in the actor's region, together with the
 * actor's link to it (client_links is unique per client and user, so at most one row).
 */
export async function lookupRelation(db: Db, actor: Actor, clientId: string): Promise<Lookup> {
  if (!isUuid(clientId)) return { found: false };
  const row = await db
    .selectFrom('clients as c')
    .leftJoin('client_links as l', (join) => join.onRef('l.client_id', '=', 'c.id').onRef('l.region_id', '=', 'c.region_id').on('l.user_id', '=', actor.userId))
    .select(['c.user_id', 'l.relation'])
    .where('c.region_id', '=', actor.regionId)
    .where('c.id', '=', clientId)
    .executeTakeFirst();
  if (!row) return { found: false };
  return { found: true, relation: effectiveRelation(actor, { userId: row.user_id, link: row.relation }) };
}

/**
 * The actor's effective relation to a client, or null when there is none. A client outside the
 * actor's region is notFound, exactly as if it did not exist. Reads no client data, so logs nothing.
 */
export async function relationTo(db: Db, actor: Actor, clientId: string): Promise<Relation | null> {
  const r = await lookupRelation(db, actor, clientId);
  if (!r.found) throw notFound();
  return r.relation;
}
