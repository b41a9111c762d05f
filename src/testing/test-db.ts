import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDb, type DbHandle } from '../platform/db/database.js';
import { migrate } from '../platform/db/migrate.js';

/**
 * Integration tests run against PGlite by default and against PostgreSQL when TEST_DB=postgres
 * (the test script sets it when TEST_DATABASE_URL is present). Each call gets its own empty,
 * migrated database so test files never see each other's rows.
 */
export const testDbKind = (): 'pglite' | 'postgres' => (process.env.TEST_DB === 'postgres' && process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite');

export interface TestDb extends DbHandle {
  /** Connection string of the throw-away database (PostgreSQL only); lets a test open a second pool. */
  url?: string;
  drop(): Promise<void>;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function createTestDb(options: { migrationsDir?: string } = {}): Promise<TestDb> {
  if (testDbKind() === 'pglite') {
    const handle = await openDb({});
    await migrate(handle, options.migrationsDir);
    return { ...handle, drop: () => handle.close() };
  }
  const adminUrl = process.env.TEST_DATABASE_URL as string;
  const name = `samenspel_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = withDatabase(adminUrl, name);
  const handle = await openDb({ databaseUrl: url, poolSize: 10 });
  await migrate(handle, options.migrationsDir);
  return {
    ...handle,
    url,
    async drop() {
      await handle.close();
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      try {
        // pool.end() resolves before its sockets are gone; dropping WITH (FORCE) while a backend is
        // still saying goodbye surfaces as an uncaught error, so wait for the database to be idle.
        for (let i = 0; i < 250; i++) {
          const r = await a.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
          if (r.rows[0]?.n === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await a.end();
      }
    },
  };
}
