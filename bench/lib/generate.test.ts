import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDb, type TestDb } from '../../src/testing/test-db.js';
import { benchProfessionalEmail, generateBenchData } from './generate.js';
import { mulberry32 } from './prng.js';

describe('generateBenchData', () => {
  let tdb: TestDb;
  beforeAll(async () => {
    tdb = await createTestDb();
  });
  afterAll(async () => tdb?.drop());

  const count = async (table: 'clients' | 'client_links') =>
    Number((await tdb.db.selectFrom(table).select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()).n);

  it('creates clients in batches, links each to two professionals and reports progress', async () => {
    const progress: number[] = [];
    const r = await generateBenchData(tdb.db, { regionSlug: 'bench-t', clients: 250, professionals: 5, batchSize: 100, seed: 7, onProgress: (d) => progress.push(d) });
    expect(r).toMatchObject({ created: 250, totalClients: 250 });
    expect(progress).toEqual([0, 100, 200, 250]);
    expect(await count('clients')).toBe(250);
    expect(await count('client_links')).toBe(500);
    const pro = await tdb.db.selectFrom('users').select('id').where('email', '=', benchProfessionalEmail('bench-t', 1)).executeTakeFirstOrThrow();
    const linked = await tdb.db.selectFrom('client_links').select('client_id').where('user_id', '=', pro.id).execute();
    expect(linked).toHaveLength(100);
    const roles = await tdb.db.selectFrom('user_roles').select('role').where('user_id', '=', pro.id).execute();
    expect(roles.map((x) => x.role)).toEqual(['professional']);
  });

  it('tops up instead of duplicating on a second run', async () => {
    const r = await generateBenchData(tdb.db, { regionSlug: 'bench-t', clients: 300, professionals: 5, batchSize: 100, seed: 7 });
    expect(r).toMatchObject({ created: 50, totalClients: 300 });
    expect(await count('clients')).toBe(300);
    const users = await tdb.db.selectFrom('users').select('id').execute();
    expect(users).toHaveLength(5);
  });
});

describe('mulberry32', () => {
  it('repeats for the same seed and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
