import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, testDbKind, type TestDb } from '../../testing/test-db.js';
import { openDb, type Db } from '../db/database.js';
import type { AccessLogInput } from '../context.js';
import { createAuditLog } from './audit-log.js';
import { listClientAccess } from './client-access-list.js';

let tdb: TestDb;
let db: Db;

async function newRegion(): Promise<string> {
  const slug = `r-${randomUUID().slice(0, 8)}`;
  const r = await db.insertInto('regions').values({ slug, name: slug }).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

function entry(regionId: string, over: Partial<AccessLogInput> = {}): AccessLogInput {
  return {
    regionId,
    actorUserId: randomUUID(),
    actorLabel: 'Fenna Testpersoon (Wijkteam Noord)',
    clientId: randomUUID(),
    category: 'basis',
    action: 'read',
    purpose: 'begeleiding',
    requestId: 'req-1',
    ...over,
  };
}

async function seqs(regionId: string): Promise<number[]> {
  const rows = await db.selectFrom('access_log').select('seq').where('region_id', '=', regionId).orderBy('seq').execute();
  return rows.map((r) => r.seq);
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

beforeAll(async () => {
  tdb = await createTestDb();
  db = tdb.db;
});
afterAll(async () => {
  await tdb.drop();
});

describe('audit log', () => {
  it('writes a chain of many entries that verifies, paging through it', async () => {
    const regionId = await newRegion();
    const audit = createAuditLog(db);
    await audit.record(Array.from({ length: 1200 }, () => entry(regionId)));
    await audit.close();
    const progress: number[] = [];
    const { verifyChain } = await import('./verify.js');
    const result = await verifyChain(db, { regionId, pageSize: 250, onProgress: (done, total) => progress.push(done / total) });
    expect(result).toEqual({ ok: true, regionsChecked: 1, entriesChecked: 1200, problems: [] });
    expect(progress.at(-1)).toBe(1);
    expect(progress.length).toBeGreaterThan(4);
    expect(await seqs(regionId)).toEqual(range(1200));
  });

  it('keeps occurred_at exact to the millisecond through the database', async () => {
    const regionId = await newRegion();
    const at = new Date('2024-03-03T10:11:12.345Z');
    const audit = createAuditLog(db, { now: () => at });
    await audit.record(entry(regionId));
    const row = await db.selectFrom('access_log').select('occurred_at').where('region_id', '=', regionId).executeTakeFirstOrThrow();
    expect(row.occurred_at.toISOString()).toBe(at.toISOString());
    expect((await audit.verify({ regionId })).ok).toBe(true);
  });

  it('stores awkward text exactly (array serialisation of quotes, braces, backslashes, "NULL")', async () => {
    const regionId = await newRegion();
    const audit = createAuditLog(db);
    const awkward = [
      entry(regionId, { purpose: 'a "quoted" {brace,comma} \\ back\\slash \'single\' ë 😀', actorLabel: 'NULL', requestId: null, clientId: null }),
      entry(regionId, { purpose: 'NULL', actorLabel: ' ', requestId: 'NULL', actorUserId: null }),
      entry(regionId, { purpose: '', actorLabel: 'x' }),
    ];
    await expect(audit.record(awkward[2]!)).rejects.toThrow(/purpose is empty/);
    await audit.record(awkward.slice(0, 2));
    await audit.record(awkward.slice(0, 2)); // second batch takes the single-statement path
    const rows = await db.selectFrom('access_log').selectAll().where('region_id', '=', regionId).orderBy('seq').execute();
    expect(rows.map((r) => [r.purpose, r.actor_label, r.request_id, r.client_id, r.actor_user_id])).toEqual(
      [...awkward.slice(0, 2), ...awkward.slice(0, 2)].map((e) => [e.purpose, e.actorLabel, e.requestId, e.clientId, e.actorUserId]),
    );
    expect((await audit.verify({ regionId })).ok).toBe(true);
  });

  it('gives concurrent record() calls one gap-free chain', async () => {
    const regionId = await newRegion();
    const other = await newRegion();
    const audit = createAuditLog(db, { maxBatch: 50 });
    const calls = Array.from({ length: 400 }, (_, i) =>
      // Spread over ticks so several flushes overlap with new arrivals.
      new Promise<void>((resolve, reject) => setTimeout(() => audit.record(entry(i % 4 === 0 ? other : regionId)).then(resolve, reject), i % 7)),
    );
    await Promise.all(calls);
    expect(await seqs(regionId)).toEqual(range(300));
    expect(await seqs(other)).toEqual(range(100));
    const v = await audit.verify();
    expect(v.ok).toBe(true);
    expect(v.entriesChecked).toBeGreaterThanOrEqual(400);
    await audit.close();
  });

  it('two instances on separate connections writing to one region still form one valid chain', async () => {
    const regionId = await newRegion();
    // On PostgreSQL this is two "app instances" with their own pools; PGlite has one connection.
    const second = tdb.url ? await openDb({ databaseUrl: tdb.url, poolSize: 5 }) : null;
    try {
      const a = createAuditLog(db, { maxBatch: 20 });
      const b = createAuditLog(second ? second.db : db, { maxBatch: 20 });
      const work: Promise<void>[] = [];
      for (let i = 0; i < 300; i++) {
        const log = i % 2 === 0 ? a : b;
        work.push(log.record(entry(regionId, { requestId: `r${i}` })));
        if (i % 25 === 0) await new Promise((r) => setTimeout(r, 1));
      }
      await Promise.all(work);
      await Promise.all([a.close(), b.close()]);
      expect(await seqs(regionId)).toEqual(range(300));
      const v = await a.verify({ regionId });
      expect(v.ok).toBe(true);
      expect(v.entriesChecked).toBe(300);
    } finally {
      await second?.close();
    }
  });

  it('detects a changed row and a removed tail; UPDATE and DELETE are refused by the trigger', async () => {
    const regionId = await newRegion();
    const audit = createAuditLog(db);
    await audit.record(Array.from({ length: 20 }, () => entry(regionId)));

    await expect(sql`UPDATE access_log SET purpose = 'x' WHERE region_id = ${regionId} AND seq = 3`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM access_log WHERE region_id = ${regionId} AND seq = 3`.execute(db)).rejects.toThrow(/append-only/);
    expect((await audit.verify({ regionId })).ok).toBe(true);

    await sql`ALTER TABLE access_log DISABLE TRIGGER access_log_no_update`.execute(db);
    try {
      await sql`UPDATE access_log SET purpose = 'iets anders' WHERE region_id = ${regionId} AND seq = 7`.execute(db);
    } finally {
      await sql`ALTER TABLE access_log ENABLE TRIGGER access_log_no_update`.execute(db);
    }
    const tampered = await audit.verify({ regionId });
    expect(tampered.ok).toBe(false);
    expect(tampered.problems).toEqual([{ regionId, seq: 7, reason: expect.stringMatching(/hash mismatch/) }]);
  });

  it('detects a gap and a removed newest entry', async () => {
    const gapRegion = await newRegion();
    const tailRegion = await newRegion();
    const audit = createAuditLog(db);
    await audit.record([...Array.from({ length: 10 }, () => entry(gapRegion)), ...Array.from({ length: 10 }, () => entry(tailRegion))]);
    await sql`ALTER TABLE access_log DISABLE TRIGGER access_log_no_update`.execute(db);
    try {
      await sql`DELETE FROM access_log WHERE region_id = ${gapRegion} AND seq = 4`.execute(db);
      await sql`DELETE FROM access_log WHERE region_id = ${tailRegion} AND seq = 10`.execute(db);
    } finally {
      await sql`ALTER TABLE access_log ENABLE TRIGGER access_log_no_update`.execute(db);
    }
    const gap = await audit.verify({ regionId: gapRegion });
    expect(gap.problems).toEqual([{ regionId: gapRegion, seq: 4, reason: expect.stringMatching(/gap in seq/) }]);
    const tail = await audit.verify({ regionId: tailRegion });
    expect(tail.problems).toEqual([{ regionId: tailRegion, seq: 10, reason: expect.stringMatching(/missing/) }]);
  });

  it('detects a broken link when a row is rewritten with a consistent own hash', async () => {
    const regionId = await newRegion();
    const audit = createAuditLog(db);
    await audit.record(Array.from({ length: 5 }, () => entry(regionId)));
    await sql`ALTER TABLE access_log DISABLE TRIGGER access_log_no_update`.execute(db);
    try {
      await sql`UPDATE access_log SET prev_hash = ${'f'.repeat(64)} WHERE region_id = ${regionId} AND seq = 2`.execute(db);
    } finally {
      await sql`ALTER TABLE access_log ENABLE TRIGGER access_log_no_update`.execute(db);
    }
    const v = await audit.verify({ regionId });
    expect(v.problems).toEqual([{ regionId, seq: 2, reason: expect.stringMatching(/broken link/) }]);
  });

  it('rejects the callers of a failed batch only, and rejects malformed entries up front', async () => {
    const regionId = await newRegion();
    const audit = createAuditLog(db);
    const unknownRegion = randomUUID(); // no such region: the foreign key fails that transaction
    const results = await Promise.allSettled([
      audit.record(entry(regionId)),
      audit.record(entry(unknownRegion)),
      audit.record(entry(regionId, { clientId: 'not-a-uuid' })),
      audit.record(entry(regionId)),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect(await seqs(regionId)).toEqual([1, 2]);
    await audit.close();
    await expect(audit.record(entry(regionId))).rejects.toThrow(/closed/);
  });

  it('lists a client\'s access newest first with filters and a cursor', async () => {
    const regionId = await newRegion();
    const clientId = randomUUID();
    const jan = randomUUID();
    let t = Date.parse('2024-03-01T09:00:00.000Z');
    const audit = createAuditLog(db, { now: () => new Date((t += 60_000)) });
    for (let i = 0; i < 6; i++) {
      await audit.record(
        entry(regionId, { clientId, actorUserId: i % 2 === 0 ? jan : randomUUID(), category: i < 3 ? 'basis' : 'plan', purpose: `doel ${i}` }),
      );
    }
    await audit.record(entry(regionId)); // someone else's client
    const all = await listClientAccess(db, { regionId, clientId, limit: 10 });
    expect(all.map((e) => e.purpose)).toEqual(['doel 5', 'doel 4', 'doel 3', 'doel 2', 'doel 1', 'doel 0']);
    expect(all[0]).toMatchObject({ actorLabel: 'Fenna Testpersoon (Wijkteam Noord)', category: 'plan', action: 'read' });
    const byJan = await listClientAccess(db, { regionId, clientId, actorUserId: jan, limit: 10 });
    expect(byJan.map((e) => e.purpose)).toEqual(['doel 4', 'doel 2', 'doel 0']);
    const plan = await listClientAccess(db, { regionId, clientId, category: 'plan', limit: 2 });
    expect(plan.map((e) => e.purpose)).toEqual(['doel 5', 'doel 4']);
    const last = plan[1]!;
    const next = await listClientAccess(db, { regionId, clientId, category: 'plan', limit: 2, before: { occurredAt: last.occurredAt, seq: last.seq } });
    expect(next.map((e) => e.purpose)).toEqual(['doel 3']);
    expect(await listClientAccess(db, { regionId: await newRegion(), clientId, limit: 10 })).toEqual([]);
  });
});

describe.runIf(testDbKind() === 'postgres')('audit log on PostgreSQL', () => {
  it('serialises a brand-new region\'s first writes from two pools', async () => {
    const regionId = await newRegion();
    const second = await openDb({ databaseUrl: tdb.url as string, poolSize: 5 });
    try {
      const a = createAuditLog(db);
      const b = createAuditLog(second.db);
      await Promise.all([a.record(entry(regionId)), b.record(entry(regionId)), a.record(entry(regionId)), b.record(entry(regionId))]);
      expect(await seqs(regionId)).toEqual([1, 2, 3, 4]);
      expect((await a.verify({ regionId })).ok).toBe(true);
    } finally {
      await second.close();
    }
  });
});
