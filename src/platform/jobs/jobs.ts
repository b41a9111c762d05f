import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Logger } from 'pino';
import type { EnqueueOptions, JobHandler, Jobs } from '../context.js';
import type { Db } from '../db/database.js';
import { retryDelayMs } from './backoff.js';

export interface JobsOptions {
  log: Logger;
  /** Shows in locked_by which instance runs a job; must differ between instances. */
  workerId?: string;
  pollMs?: number;
  /** How long a claimed job is leased; after that another instance may take it over. */
  lockMs?: number;
  /** Most jobs one instance runs at the same time. */
  concurrency?: number;
  /** Delay before retry n; tests replace the hour-scale default. */
  retryDelayMs?: (attempt: number) => number;
}

interface ClaimedJob {
  id: number;
  kind: string;
  payload: Record<string, unknown>;
  region_id: string | null;
  attempts: number;
  max_attempts: number;
}

const MAX_ERROR_LENGTH = 1000;

/** Only the message, never a stack or the payload: both can contain personal data. */
function errorMessage(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.length > MAX_ERROR_LENGTH ? `${message.slice(0, MAX_ERROR_LENGTH)}…` : message;
}

/**
 * Durable jobs in PostgreSQL so that any number of stateless instances can share them: claiming uses
 * FOR UPDATE SKIP LOCKED, so two instances never take the same job, and a lease (locked_until) hands
 * the job of a crashed instance to another one.
 */
export function createJobs(db: Db, options: JobsOptions): Jobs {
  const log = options.log.child({ component: 'jobs' });
  const workerId = options.workerId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const pollMs = options.pollMs ?? 1000;
  const lockMs = options.lockMs ?? 5 * 60 * 1000;
  const concurrency = options.concurrency ?? 4;
  const delayFor = options.retryDelayMs ?? ((attempt: number) => retryDelayMs(attempt));
  const handlers = new Map<string, JobHandler>();
  const inFlight = new Set<Promise<unknown>>();
  let timer: NodeJS.Timeout | null = null;
  let running = false;

  async function claim(limit: number): Promise<ClaimedJob[]> {
    // A CTE rather than `id IN (subquery)`: the planner may not re-run a LIMIT subquery per row then.
    const result = await sql<ClaimedJob>`
      WITH due AS (
        SELECT id FROM jobs
        WHERE (status = 'queued' AND run_at <= now()) OR (status = 'running' AND locked_until < now())
        ORDER BY run_at
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED
      )
      UPDATE jobs SET status = 'running', locked_by = ${workerId},
        locked_until = now() + ${lockMs} * interval '1 millisecond', attempts = jobs.attempts + 1
      FROM due WHERE jobs.id = due.id
      RETURNING jobs.id, jobs.kind, jobs.payload, jobs.region_id, jobs.attempts, jobs.max_attempts`.execute(db);
    return result.rows;
  }

  /** Every finish is guarded by locked_by: if our lease expired and another instance took over, we keep out. */
  async function finish(job: ClaimedJob, outcome: { ok: true } | { ok: false; error: string; final: boolean }): Promise<void> {
    const q = db.updateTable('jobs').where('id', '=', job.id).where('locked_by', '=', workerId).where('status', '=', 'running');
    if (outcome.ok) {
      await q.set({ status: 'done', finished_at: sql`now()`, locked_by: null, locked_until: null }).execute();
    } else if (outcome.final) {
      await q.set({ status: 'failed', finished_at: sql`now()`, locked_by: null, locked_until: null, last_error: outcome.error }).execute();
    } else {
      const delay = delayFor(job.attempts);
      await q
        .set({
          status: 'queued',
          run_at: sql`now() + ${delay} * interval '1 millisecond'`,
          locked_by: null,
          locked_until: null,
          last_error: outcome.error,
        })
        .execute();
    }
  }

  async function runOne(job: ClaimedJob): Promise<void> {
    const handler = handlers.get(job.kind);
    const meta = { jobId: job.id, kind: job.kind, attempt: job.attempts };
    if (!handler) {
      log.error(meta, 'job kind has no handler');
      await finish(job, { ok: false, error: `No handler registered for job kind "${job.kind}"`, final: true });
      return;
    }
    // A job whose instance died during its last attempt comes back here with attempts over the limit.
    if (job.attempts > job.max_attempts) {
      log.error(meta, 'job lease expired on its last attempt');
      await finish(job, { ok: false, error: 'The job did not finish within its lease on the last attempt', final: true });
      return;
    }
    try {
      await handler(job.payload, { jobId: job.id, attempt: job.attempts, maxAttempts: job.max_attempts, regionId: job.region_id });
    } catch (err) {
      const final = job.attempts >= job.max_attempts;
      const error = errorMessage(err);
      log.warn({ ...meta, final, error }, final ? 'job failed for good' : 'job failed, will retry');
      await finish(job, { ok: false, error, final });
      return;
    }
    await finish(job, { ok: true });
  }

  async function runDue(limit = concurrency): Promise<number> {
    const work = (async () => {
      const jobs = await claim(limit);
      await Promise.all(
        jobs.map((job) =>
          runOne(job).catch((err: unknown) => {
            // Only the bookkeeping update can land here; the lease makes the job come back.
            log.error({ jobId: job.id, error: errorMessage(err) }, 'could not record job outcome');
          }),
        ),
      );
      return jobs.length;
    })();
    inFlight.add(work);
    try {
      return await work;
    } finally {
      inFlight.delete(work);
    }
  }

  function schedule(delay: number): void {
    if (!running) return;
    timer = setTimeout(tick, delay);
    timer.unref();
  }

  function tick(): void {
    timer = null;
    runDue(concurrency).then(
      // A full batch suggests more is waiting: go again at once instead of after pollMs.
      (ran) => schedule(ran >= concurrency ? 0 : pollMs),
      (err: unknown) => {
        log.error({ error: errorMessage(err) }, 'polling for jobs failed');
        schedule(pollMs);
      },
    );
  }

  return {
    register(kind, handler) {
      if (handlers.has(kind)) throw new Error(`Job kind "${kind}" is already registered`);
      handlers.set(kind, handler);
    },

    async enqueue(kind, payload, opts: EnqueueOptions = {}, txDb?: Db) {
      const target = txDb ?? db;
      const values = {
        kind,
        payload: JSON.stringify(payload),
        region_id: opts.regionId ?? null,
        unique_key: opts.uniqueKey ?? null,
        ...(opts.runAt ? { run_at: opts.runAt } : {}),
        ...(opts.maxAttempts !== undefined ? { max_attempts: opts.maxAttempts } : {}),
      };
      if (opts.maxAttempts !== undefined && (!Number.isInteger(opts.maxAttempts) || opts.maxAttempts < 1)) {
        throw new Error('maxAttempts must be a positive integer');
      }
      if (opts.uniqueKey === undefined) {
        const row = await target.insertInto('jobs').values(values).returning('id').executeTakeFirstOrThrow();
        return row.id;
      }
      const inserted = await target
        .insertInto('jobs')
        .values(values)
        .onConflict((oc) => oc.column('unique_key').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (inserted) return inserted.id;
      const existing = await target.selectFrom('jobs').select('id').where('unique_key', '=', opts.uniqueKey).executeTakeFirst();
      if (!existing) throw new Error('A job with this unique key was being created and then rolled back; try again');
      return existing.id;
    },

    runDue,

    start() {
      if (running) return;
      running = true;
      schedule(0);
    },

    async stop() {
      running = false;
      if (timer) clearTimeout(timer);
      timer = null;
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}
