import type { AuditLog } from '../context.js';
import type { Db } from '../db/database.js';
import type { UnsealedEntry } from './append.js';
import { ChainWriter } from './chain-writer.js';
import { invalidEntryReason } from './validate.js';
import { verifyChain } from './verify.js';

export interface AuditLogOptions {
  /** Most entries written in one statement. */
  maxBatch?: number;
  /** Clock for occurred_at; tests pin it. */
  now?: () => Date;
}

/** One record() call: settles once all its entries are stored, or as soon as one batch fails. */
interface Waiter {
  remaining: number;
  settled: boolean;
  resolve: () => void;
  reject: (err: unknown) => void;
}

interface Pending {
  regionId: string;
  entry: UnsealedEntry;
  waiter: Waiter;
}

/**
 * Group commit: every authenticated read of client data writes an entry, and a transaction per
 * entry would serialise all requests of a region on the chain-head lock. Instead record() queues
 * the entry and one flusher per instance writes whatever is queued, one statement per region. While
 * a flush is in flight new entries collect, so batches grow exactly when load does, and an idle
 * system writes without delay. (More flushers in flight measured slower: their batches overtake
 * each other on the way to PostgreSQL and miss the chain head.)
 */
export function createAuditLog(db: Db, options: AuditLogOptions = {}): AuditLog {
  const maxBatch = options.maxBatch ?? 500;
  const now = options.now ?? (() => new Date());
  let queue: Pending[] = [];
  let flushing: Promise<void> | null = null;
  let closed = false;
  const writer = new ChainWriter(db);

  async function flushBatch(batch: Pending[]): Promise<void> {
    const byRegion = new Map<string, Pending[]>();
    for (const p of batch) {
      const list = byRegion.get(p.regionId);
      if (list) list.push(p);
      else byRegion.set(p.regionId, [p]);
    }
    await Promise.all(
      [...byRegion].map(async ([regionId, items]) => {
        try {
          await writer.append(
            regionId,
            items.map((p) => p.entry),
          );
        } catch (err) {
          const failure = new Error('The access log could not be written.', { cause: err });
          for (const p of items) {
            if (p.waiter.settled) continue;
            p.waiter.settled = true;
            p.waiter.reject(failure);
          }
          return;
        }
        for (const p of items) {
          p.waiter.remaining -= 1;
          if (p.waiter.remaining === 0 && !p.waiter.settled) {
            p.waiter.settled = true;
            p.waiter.resolve();
          }
        }
      }),
    );
  }

  async function drain(): Promise<void> {
    // One microtask turn lets entries recorded in the same tick share the first statement.
    await null;
    while (queue.length > 0) {
      let batch: Pending[];
      if (queue.length <= maxBatch) {
        batch = queue;
        queue = [];
      } else {
        batch = queue.slice(0, maxBatch);
        queue = queue.slice(maxBatch);
      }
      await flushBatch(batch);
    }
  }

  function kick(): void {
    if (flushing) return;
    flushing = drain().finally(() => {
      flushing = null;
      // An entry queued between the last loop check and here would otherwise wait for the next record().
      if (queue.length > 0) kick();
    });
  }

  return {
    record(input) {
      const entries = Array.isArray(input) ? input : [input];
      if (closed) return Promise.reject(new Error('The access log is closed.'));
      for (const e of entries) {
        const reason = invalidEntryReason(e);
        if (reason) return Promise.reject(new Error(`Invalid access log entry: ${reason}`));
      }
      if (entries.length === 0) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const waiter: Waiter = { remaining: entries.length, settled: false, resolve, reject };
        const occurredAt = now();
        for (const e of entries) {
          queue.push({
            regionId: e.regionId.toLowerCase(),
            waiter,
            entry: {
              occurredAt,
              actorUserId: e.actorUserId === null ? null : e.actorUserId.toLowerCase(),
              actorLabel: e.actorLabel,
              clientId: e.clientId === null ? null : e.clientId.toLowerCase(),
              category: e.category,
              action: e.action,
              purpose: e.purpose,
              requestId: e.requestId,
              exceptionId: e.exceptionId ?? null,
            },
          });
        }
        kick();
      });
    },

    verify: (verifyOptions) => verifyChain(db, verifyOptions),

    async close() {
      closed = true;
      while (flushing) await flushing;
    },
  };
}
