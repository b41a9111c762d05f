import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { GENESIS_HASH, entryHash, type ChainedFields } from './hash.js';

/** An entry as queued by the writer: everything except its place in the chain. */
export type UnsealedEntry = Omit<ChainedFields, 'regionId' | 'seq'>;

export interface ChainHead {
  seq: number;
  hash: string;
}

export interface SealedRows {
  head: ChainHead;
  columns: {
    seq: number[];
    occurredAt: string[];
    actorUserId: (string | null)[];
    actorLabel: string[];
    clientId: (string | null)[];
    category: string[];
    action: string[];
    purpose: string[];
    requestId: (string | null)[];
    exceptionId: (string | null)[];
    prevHash: string[];
    hash: string[];
  };
}

/** Numbers and hashes the entries onto the given head; column-wise, for one unnest() insert. */
export function seal(regionId: string, from: ChainHead, entries: readonly UnsealedEntry[]): SealedRows {
  const columns: SealedRows['columns'] = {
    seq: [],
    occurredAt: [],
    actorUserId: [],
    actorLabel: [],
    clientId: [],
    category: [],
    action: [],
    purpose: [],
    requestId: [],
    exceptionId: [],
    prevHash: [],
    hash: [],
  };
  let seq = from.seq;
  let prevHash = from.hash;
  for (const e of entries) {
    seq += 1;
    const hash = entryHash(prevHash, { ...e, regionId, seq });
    columns.seq.push(seq);
    columns.occurredAt.push(e.occurredAt.toISOString());
    columns.actorUserId.push(e.actorUserId);
    columns.actorLabel.push(e.actorLabel);
    columns.clientId.push(e.clientId);
    columns.category.push(e.category);
    columns.action.push(e.action);
    columns.purpose.push(e.purpose);
    columns.requestId.push(e.requestId);
    columns.exceptionId.push(e.exceptionId ?? null);
    columns.prevHash.push(prevHash);
    columns.hash.push(hash);
    prevHash = hash;
  }
  return { head: { seq, hash: prevHash }, columns };
}

/**
 * Moves the head from `expected` to the sealed head and inserts the rows, in one statement: the
 * UPDATE only matches while the head is still where this writer believes it is, and the INSERT
 * only runs when the UPDATE matched. One round trip, no explicit transaction. Returns false when
 * another writer moved the head first (nothing was written then).
 */
export async function appendIfHeadIs(db: Db, regionId: string, expected: ChainHead, sealed: SealedRows): Promise<boolean> {
  const c = sealed.columns;
  const result = await sql<{ n: number }>`
    WITH moved AS (
      UPDATE audit_chain_head SET last_seq = ${sealed.head.seq}, last_hash = ${sealed.head.hash}
      WHERE region_id = ${regionId} AND last_seq = ${expected.seq} AND last_hash = ${expected.hash}
      RETURNING region_id
    ), appended AS (
      INSERT INTO access_log (region_id, seq, occurred_at, actor_user_id, actor_label, client_id, category, action, purpose, request_id, exception_id, prev_hash, hash)
      SELECT moved.region_id, r.* FROM moved, unnest(
        ${c.seq}::bigint[], ${c.occurredAt}::timestamptz[], ${c.actorUserId}::uuid[], ${c.actorLabel}::text[], ${c.clientId}::uuid[],
        ${c.category}::text[], ${c.action}::text[], ${c.purpose}::text[], ${c.requestId}::text[], ${c.exceptionId}::uuid[], ${c.prevHash}::text[], ${c.hash}::text[]
      ) AS r
      RETURNING 1
    )
    SELECT count(*)::int AS n FROM appended`.execute(db);
  const n = result.rows[0]?.n ?? 0;
  if (n !== 0 && n !== c.seq.length) throw new Error('access log append wrote a partial batch');
  return n === c.seq.length;
}

/**
 * Reads the head under a row lock, creating it for a new region. The lock is what serialises
 * writers that do not know the current head, also across app instances.
 */
export async function appendLocked(db: Db, regionId: string, entries: readonly UnsealedEntry[]): Promise<ChainHead> {
  return db.transaction().execute(async (trx) => {
    const lockHead = () =>
      trx.selectFrom('audit_chain_head').select(['last_seq', 'last_hash']).where('region_id', '=', regionId).forUpdate().executeTakeFirst();
    let head = await lockHead();
    if (!head) {
      // Two instances may both find no head for a new region; ON CONFLICT makes the second wait
      // for the first and then lock the row the first created.
      await trx
        .insertInto('audit_chain_head')
        .values({ region_id: regionId, last_seq: 0, last_hash: GENESIS_HASH })
        .onConflict((oc) => oc.column('region_id').doNothing())
        .execute();
      head = await lockHead();
      if (!head) throw new Error('audit chain head could not be created');
    }
    const from = { seq: head.last_seq, hash: head.last_hash };
    const sealed = seal(regionId, from, entries);
    if (!(await appendIfHeadIs(trx, regionId, from, sealed))) throw new Error('audit chain head moved while locked');
    return sealed.head;
  });
}
