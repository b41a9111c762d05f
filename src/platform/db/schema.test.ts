import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDb, type TestDb } from '../../testing/test-db.js';
import { migrate } from './migrate.js';

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(() => db.drop());

// Tables without personal data; every other table must be scoped by region.
const REGION_FREE = new Set(['regions', 'schema_migrations', 'login_throttle', 'jobs']);

describe('schema', () => {
  it('scopes every table with personal data by a non-null region_id', async () => {
    const rows = await sql<{ table_name: string; is_nullable: string | null }>`
      SELECT t.table_name, c.is_nullable
        FROM information_schema.tables t
        LEFT JOIN information_schema.columns c
          ON c.table_schema = t.table_schema AND c.table_name = t.table_name AND c.column_name = 'region_id'
       WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE'`.execute(db.db);
    const unscoped = rows.rows.filter((r) => !REGION_FREE.has(r.table_name) && r.is_nullable !== 'NO').map((r) => r.table_name);
    expect(rows.rows.length).toBeGreaterThan(10);
    expect(unscoped).toEqual([]);
  });

  it('refuses a link between rows of two regions', async () => {
    const [r1, r2] = await db.db.insertInto('regions').values([{ slug: 'r-een', name: 'Een' }, { slug: 'r-twee', name: 'Twee' }]).returning('id').execute();
    const org = await db.db.insertInto('organisations').values({ region_id: r1!.id, name: 'Org', kind: 'wijkteam' }).returning('id').executeTakeFirstOrThrow();
    await expect(
      db.db.insertInto('users').values({ region_id: r2!.id, organisation_id: org.id, email: 'x@y.test', display_name: 'X' }).execute(),
    ).rejects.toThrow();
  });

  it('is idempotent: a second migration run applies nothing', async () => {
    const result = await migrate(db);
    expect(result.applied).toEqual([]);
    expect(result.alreadyApplied).toBeGreaterThan(0);
  });
});
