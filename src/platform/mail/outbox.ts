import type { Selectable } from 'kysely';
import type { Db } from '../db/database.js';
import type { MailOutboxTable } from './schema.js';

/** A stored message as the table holds it; the admin routes shape it for the API. */
export type OutboxMessage = Selectable<MailOutboxTable>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Newest first. Without regionId it spans all regions: for the installation administrator (CLI) only. */
export async function listOutbox(db: Db, o: { regionId?: string; limit: number; offset?: number }): Promise<OutboxMessage[]> {
  // A malformed id would make PostgreSQL raise; for the caller it simply matches nothing.
  if (o.regionId !== undefined && !UUID.test(o.regionId)) return [];
  let q = db.selectFrom('mail_outbox').selectAll();
  if (o.regionId !== undefined) q = q.where('region_id', '=', o.regionId);
  return q
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(Math.max(0, Math.min(o.limit, 500)))
    .offset(Math.max(0, o.offset ?? 0))
    .execute();
}

/** regionId null means any region (CLI); otherwise a message of another region is not found. */
export async function getOutboxMessage(db: Db, regionId: string | null, id: string): Promise<OutboxMessage | undefined> {
  if (!UUID.test(id) || (regionId !== null && !UUID.test(regionId))) return undefined;
  let q = db.selectFrom('mail_outbox').selectAll().where('id', '=', id);
  if (regionId !== null) q = q.where('region_id', '=', regionId);
  return q.executeTakeFirst();
}
