import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { AccessAction, InformationCategory } from './schema.js';
import { isUuid } from './validate.js';

export interface ClientAccessEntry {
  /** With occurredAt the cursor for the next page: pass both as `before`. */
  seq: number;
  occurredAt: Date;
  actorUserId: string | null;
  actorLabel: string;
  category: InformationCategory;
  action: AccessAction;
  purpose: string;
}

export interface ListClientAccessOptions {
  regionId: string;
  clientId: string;
  actorUserId?: string;
  /** Leave out the viewer's own accesses. */
  excludeActorUserId?: string;
  category?: InformationCategory;
  limit: number;
  /** Keyset cursor: entries strictly older than this one. occurred_at alone is not unique. */
  before?: { occurredAt: Date; seq: number };
}

/**
 * "Who looked at my data": newest first, for one client in one region. Deliberately leaves out
 * request ids and hashes; they mean nothing to the client.
 */
export async function listClientAccess(db: Db, o: ListClientAccessOptions): Promise<ClientAccessEntry[]> {
  if (!isUuid(o.regionId) || !isUuid(o.clientId)) return [];
  if (o.actorUserId !== undefined && !isUuid(o.actorUserId)) return [];
  let q = db
    .selectFrom('access_log')
    .select(['seq', 'occurred_at', 'actor_user_id', 'actor_label', 'category', 'action', 'purpose'])
    .where('region_id', '=', o.regionId)
    .where('client_id', '=', o.clientId);
  if (o.actorUserId !== undefined) q = q.where('actor_user_id', '=', o.actorUserId);
  if (o.excludeActorUserId !== undefined) q = q.where((eb) => eb.or([eb('actor_user_id', 'is', null), eb('actor_user_id', '<>', o.excludeActorUserId!)]));
  if (o.category !== undefined) q = q.where('category', '=', o.category);
  if (o.before) q = q.where(sql<boolean>`(occurred_at, seq) < (${o.before.occurredAt}, ${o.before.seq})`);
  const rows = await q
    .orderBy('occurred_at', 'desc')
    .orderBy('seq', 'desc')
    .limit(Math.max(0, Math.min(o.limit, 1000)))
    .execute();
  return rows.map((r) => ({
    seq: r.seq,
    occurredAt: r.occurred_at,
    actorUserId: r.actor_user_id,
    actorLabel: r.actor_label,
    category: r.category,
    action: r.action,
    purpose: r.purpose,
  }));
}
