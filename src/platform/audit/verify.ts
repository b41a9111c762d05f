import type { Db } from '../db/database.js';
import type { ChainVerification } from '../context.js';
import { GENESIS_HASH, entryHash } from './hash.js';
import { isUuid } from './validate.js';

export interface VerifyOptions {
  regionId?: string;
  onProgress?: (done: number, total: number) => void;
  /** Rows per keyset page; big enough to be fast, small enough to keep memory flat. */
  pageSize?: number;
}

/**
 * Recomputes every region's chain from genesis. Only entries up to the head as read at the start are
 * checked, so writers may keep appending while a long verification runs.
 */
export async function verifyChain(db: Db, options: VerifyOptions = {}): Promise<ChainVerification> {
  const pageSize = options.pageSize ?? 5000;
  if (options.regionId !== undefined && !isUuid(options.regionId)) throw new Error('regionId is not a uuid');
  let headsQuery = db.selectFrom('audit_chain_head').select(['region_id', 'last_seq', 'last_hash']).orderBy('region_id');
  if (options.regionId !== undefined) headsQuery = headsQuery.where('region_id', '=', options.regionId);
  const heads = await headsQuery.execute();
  const total = heads.reduce((n, h) => n + h.last_seq, 0);

  const problems: ChainVerification['problems'] = [];
  let checked = 0;
  options.onProgress?.(0, total);

  for (const head of heads) {
    let expectedSeq = 1;
    let prevHash = GENESIS_HASH;
    let problem: string | null = null;
    let problemSeq = 0;

    while (problem === null && expectedSeq <= head.last_seq) {
      const page = await db
        .selectFrom('access_log')
        .selectAll()
        .where('region_id', '=', head.region_id)
        .where('seq', '>=', expectedSeq)
        .where('seq', '<=', head.last_seq)
        .orderBy('seq')
        .limit(pageSize)
        .execute();
      if (page.length === 0) {
        problem = `entries ${expectedSeq} to ${head.last_seq} are missing`;
        problemSeq = expectedSeq;
        break;
      }
      for (const row of page) {
        if (row.seq !== expectedSeq) {
          problem = `gap in seq: expected ${expectedSeq}, found ${row.seq}`;
          problemSeq = expectedSeq;
          break;
        }
        if (row.prev_hash !== prevHash) {
          problem = 'broken link: prev_hash does not match the previous entry';
          problemSeq = row.seq;
          break;
        }
        const recomputed = entryHash(prevHash, {
          regionId: row.region_id,
          seq: row.seq,
          occurredAt: row.occurred_at,
          actorUserId: row.actor_user_id,
          actorLabel: row.actor_label,
          clientId: row.client_id,
          category: row.category,
          action: row.action,
          purpose: row.purpose,
          requestId: row.request_id,
          exceptionId: row.exception_id,
        });
        if (recomputed !== row.hash) {
          problem = 'hash mismatch: the entry was changed after it was written';
          problemSeq = row.seq;
          break;
        }
        prevHash = row.hash;
        expectedSeq += 1;
        checked += 1;
      }
      options.onProgress?.(checked, total);
    }

    // Catches removal of the newest entries, which leaves the remaining chain internally intact.
    if (problem === null && prevHash !== head.last_hash) {
      problem = 'chain head does not match the last entry';
      problemSeq = head.last_seq;
    }
    if (problem !== null) problems.push({ regionId: head.region_id, seq: problemSeq, reason: problem });
  }

  return { ok: problems.length === 0, regionsChecked: heads.length, entriesChecked: checked, problems };
}
