import type { Db } from '../db/database.js';
import { appendIfHeadIs, appendLocked, seal, type ChainHead, type UnsealedEntry } from './append.js';

/**
 * Appends batches to the regions' chains, remembering where this instance left each chain so the
 * next batch needs one statement instead of a locking transaction. The remembered head is a hint
 * only: the append moves the head only from the exact seq and hash it chained onto, so a stale hint
 * (another instance wrote, an earlier batch failed) costs a retry on the locking path, never a fork.
 *
 * Callers must not append to one region concurrently: a batch chained onto a head that has not been
 * written yet could reach PostgreSQL first, miss, and push both batches onto the slow path.
 */
export class ChainWriter {
  private readonly heads = new Map<string, ChainHead>();

  constructor(private readonly db: Db) {}

  async append(regionId: string, entries: readonly UnsealedEntry[]): Promise<void> {
    const known = this.heads.get(regionId);
    this.heads.delete(regionId);
    let head: ChainHead | null = null;
    if (known) {
      const sealed = seal(regionId, known, entries);
      if (await appendIfHeadIs(this.db, regionId, known, sealed)) head = sealed.head;
    }
    head ??= await appendLocked(this.db, regionId, entries);
    this.heads.set(regionId, head);
  }
}
