import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../testing/test-db.js';
import { openDb, type Db, type DbHandle } from '../db/database.js';
import { createJobs } from './jobs.js';

const log = pino({ level: 'silent' });
let tdb: TestDb;
let db: Db;

beforeAll(async () => {
  tdb = await createTestDb();
  db = tdb.db;
});
afterAll(async () => {
  await tdb.drop();
});
beforeEach(async () => {
  await db.deleteFrom('jobs').execute();
});

const jobRow = (id: number) => db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const makeDue = (id: number) => db.updateTable('jobs').set({ run_at: sql`now()` }).where('id', '=', id).execute();

describe('jobs', () => {
  it('retries with exponential backoff, then succeeds', async () => {
    const jobs = createJobs(db, { log, workerId: 'w1' });
    const seen: number[] = [];
    jobs.register('flaky', async (payload, job) => {
      seen.push(job.attempt);
      expect(payload).toEqual({ n: 1 });
      if (job.attempt === 1) throw new Error('tijdelijk niet bereikbaar');
    });
    const id = await jobs.enqueue('flaky', { n: 1 });
    expect(await jobs.runDue()).toBe(1);

    const afterFail = await jobRow(id);
    expect(afterFail).toMatchObject({ status: 'queued', attempts: 1, last_error: 'tijdelijk niet bereikbaar', locked_by: null });
    const { rows } = await sql<{ s: number }>`SELECT extract(epoch FROM run_at - now())::float8 AS s FROM jobs WHERE id = ${id}`.execute(db);
    // 2^1 * 5 s plus at most 10% jitter.
    expect(rows[0]!.s).toBeGreaterThan(9);
    expect(rows[0]!.s).toBeLessThanOrEqual(11.1);
    expect(await jobs.runDue()).toBe(0); // not yet due

    await makeDue(id);
    expect(await jobs.runDue()).toBe(1);
    expect(await jobRow(id)).toMatchObject({ status: 'done', attempts: 2, locked_by: null, locked_until: null });
    expect((await jobRow(id)).finished_at).toBeInstanceOf(Date);
    expect(seen).toEqual([1, 2]);
  });

  it('fails for good after max attempts, keeping the last error', async () => {
    const jobs = createJobs(db, { log, retryDelayMs: () => 0 });
    let calls = 0;
    jobs.register('broken', async () => {
      calls += 1;
      throw new Error(`poging ${calls} mislukt`);
    });
    const id = await jobs.enqueue('broken', {}, { maxAttempts: 3 });
    for (let i = 0; i < 5; i++) await jobs.runDue();
    expect(calls).toBe(3);
    const row = await jobRow(id);
    expect(row).toMatchObject({ status: 'failed', attempts: 3, last_error: 'poging 3 mislukt' });
    expect(row.finished_at).toBeInstanceOf(Date);
  });

  it('marks a job of an unknown kind failed with a clear error', async () => {
    const jobs = createJobs(db, { log });
    const id = await jobs.enqueue('does.not.exist', {});
    expect(await jobs.runDue()).toBe(1);
    expect(await jobRow(id)).toMatchObject({ status: 'failed', last_error: 'No handler registered for job kind "does.not.exist"' });
  });

  it('deduplicates on uniqueKey and returns the existing id', async () => {
    const jobs = createJobs(db, { log });
    const a = await jobs.enqueue('reminder', { x: 1 }, { uniqueKey: 'reminder:plan:1:2024-03-01' });
    const b = await jobs.enqueue('reminder', { x: 2 }, { uniqueKey: 'reminder:plan:1:2024-03-01' });
    const c = await jobs.enqueue('reminder', { x: 3 }, { uniqueKey: 'reminder:plan:2:2024-03-01' });
    expect(b).toBe(a);
    expect(c).not.toBe(a);
    const rows = await db.selectFrom('jobs').select(['id', 'payload']).orderBy('id').execute();
    expect(rows).toEqual([
      { id: a, payload: { x: 1 } },
      { id: c, payload: { x: 3 } },
    ]);
  });

  it('does not run a job before its runAt', async () => {
    const jobs = createJobs(db, { log });
    let ran = 0;
    jobs.register('later', async () => {
      ran += 1;
    });
    const id = await jobs.enqueue('later', {}, { runAt: new Date(Date.now() + 60_000) });
    expect(await jobs.runDue()).toBe(0);
    expect(ran).toBe(0);
    expect((await jobRow(id)).status).toBe('queued');
    await makeDue(id);
    expect(await jobs.runDue()).toBe(1);
    expect(ran).toBe(1);
  });

  it('enqueues inside the caller\'s transaction, so a rollback drops the job', async () => {
    const jobs = createJobs(db, { log });
    await expect(
      db.transaction().execute(async (trx) => {
        await jobs.enqueue('x', {}, {}, trx);
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    const committed = await db.transaction().execute((trx) => jobs.enqueue('x', {}, { regionId: null }, trx));
    const rows = await db.selectFrom('jobs').select('id').execute();
    expect(rows).toEqual([{ id: committed }]);
  });

  it('takes over a job whose lease expired, and fails it when that was the last attempt', async () => {
    const jobs = createJobs(db, { log, workerId: 'survivor' });
    const ran: number[] = [];
    jobs.register('lease', async (_p, job) => {
      ran.push(job.jobId);
    });
    const retake = await jobs.enqueue('lease', {});
    const exhausted = await jobs.enqueue('lease', {}, { maxAttempts: 1 });
    await db
      .updateTable('jobs')
      .set({ status: 'running', locked_by: 'crashed', locked_until: sql`now() - interval '1 second'`, attempts: 1 })
      .execute();
    expect(await jobs.runDue()).toBe(2);
    expect(ran).toEqual([retake]);
    expect(await jobRow(retake)).toMatchObject({ status: 'done', attempts: 2 });
    expect(await jobRow(exhausted)).toMatchObject({ status: 'failed', attempts: 2 });
  });

  it('polls in the background and stop() waits for running handlers', async () => {
    const jobs = createJobs(db, { log, pollMs: 10 });
    let finished = 0;
    let started!: () => void;
    const startedP = new Promise<void>((r) => (started = r));
    jobs.register('slow', async () => {
      started();
      await new Promise((r) => setTimeout(r, 100));
      finished += 1;
    });
    jobs.start();
    await jobs.enqueue('slow', {});
    await startedP;
    await jobs.stop();
    expect(finished).toBe(1);
    const rows = await db.selectFrom('jobs').select('status').execute();
    expect(rows).toEqual([{ status: 'done' }]);
  });

  it('two instances racing over 200 jobs run every job exactly once', async () => {
    // On PostgreSQL the second instance has its own pool, like a second app server.
    const second: DbHandle | null = tdb.url ? await openDb({ databaseUrl: tdb.url, poolSize: 5 }) : null;
    try {
      const executed: number[] = [];
      const handler = async (_p: Record<string, unknown>, job: { jobId: number }) => {
        executed.push(job.jobId);
        await new Promise((r) => setTimeout(r, Math.random() * 3));
      };
      const a = createJobs(db, { log, workerId: 'a', concurrency: 8 });
      const b = createJobs(second ? second.db : db, { log, workerId: 'b', concurrency: 8 });
      a.register('race', handler);
      b.register('race', handler);
      const ids = new Set<number>();
      for (let i = 0; i < 200; i++) ids.add(await a.enqueue('race', { i }));

      const loop = async (jobs: typeof a) => {
        let total = 0;
        for (;;) {
          const n = await jobs.runDue(7);
          if (n === 0) return total;
          total += n;
        }
      };
      // Two loops per instance, so each instance also races itself.
      const [a1, b1, a2, b2] = await Promise.all([loop(a), loop(b), loop(a), loop(b)]);
      const ranA = a1 + a2;
      const ranB = b1 + b2;
      expect(executed.length).toBe(200);
      expect(new Set(executed)).toEqual(ids);
      expect(ranA + ranB).toBe(200);
      expect(ranA).toBeGreaterThan(0);
      expect(ranB).toBeGreaterThan(0);
      const statuses = await db.selectFrom('jobs').select(['status', sql<number>`count(*)::int`.as('n')]).groupBy('status').execute();
      expect(statuses).toEqual([{ status: 'done', n: 200 }]);
    } finally {
      await second?.close();
    }
  });
});
