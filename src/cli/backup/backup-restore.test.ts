import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, testDbKind, type TestDb } from '../../testing/test-db.js';
import { openDb } from '../../platform/db/database.js';
import { captureIO, testSecretKey } from '../test-support.js';

async function regionSlugs(env: NodeJS.ProcessEnv): Promise<string[]> {
  const handle = await openDb(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : { dataDir: path.join(env.DATA_DIR ?? '', 'pglite') });
  try {
    return (await handle.db.selectFrom('regions').select('slug').orderBy('slug').execute()).map((r) => r.slug);
  } finally {
    await handle.close();
  }
}

/** backup → change → restore must bring back exactly the state at backup time. */
async function roundTrip(env: NodeJS.ProcessEnv, backupFile: string): Promise<void> {
  const cli = captureIO(env);
  expect(await cli.run(['region', 'create', '--slug', 'voor', '--name', 'Voor de back-up'])).toBe(0);
  expect(await cli.run(['backup', '--out', backupFile])).toBe(0);
  expect(cli.out.join('\n')).toMatch(/Backup written to/);
  expect(cli.err.some((l) => /100%/.test(l))).toBe(true);
  expect(await cli.run(['backup', '--out', backupFile])).toBe(1);

  expect(await cli.run(['region', 'create', '--slug', 'na', '--name', 'Na de back-up'])).toBe(0);
  expect(await regionSlugs(env)).toEqual(['na', 'voor']);

  cli.clear();
  expect(await cli.run(['restore', '--from', backupFile, '--yes'])).toBe(0);
  expect(cli.out[0]).toMatch(/^Restored/);
  expect(await regionSlugs(env)).toEqual(['voor']);
  // The restored database is fully usable, migrations included.
  expect(await cli.run(['region', 'create', '--slug', 'daarna', '--name', 'Daarna'])).toBe(0);
  expect(await cli.run(['audit', 'verify'])).toBe(0);
}

// Nothing listens there, so the check for a running embedded server passes quickly.
const CLOSED_PORT = '1';

describe('backup and restore', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const d = mkdtempSync(path.join(tmpdir(), 'samenspel-backup-'));
    dirs.push(d);
    return d;
  };
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  describe('embedded (PGlite)', () => {
    it('round-trips and keeps the replaced data directory', async () => {
      const dataDir = tempDir();
      const env = { NODE_ENV: 'test', PORT: CLOSED_PORT, DATA_DIR: dataDir, SECRET_KEY: testSecretKey() };
      await roundTrip(env, path.join(tempDir(), 'backup.tar.gz'));
      const kept = readdirSync(dataDir).filter((n) => n.startsWith('pglite.before-restore-'));
      expect(kept).toHaveLength(1);
    }, 60_000);

    it('leaves the current database alone when the file is not a backup', async () => {
      const dataDir = tempDir();
      const env = { NODE_ENV: 'test', PORT: CLOSED_PORT, DATA_DIR: dataDir, SECRET_KEY: testSecretKey() };
      const cli = captureIO(env);
      expect(await cli.run(['region', 'create', '--slug', 'blijft', '--name', 'Blijft'])).toBe(0);
      const junk = path.join(tempDir(), 'junk.tar.gz');
      writeFileSync(junk, 'not a tarball');
      expect(await cli.run(['restore', '--from', junk, '--yes'])).toBe(1);
      expect(cli.err.join('\n')).toMatch(/not a backup of the embedded database/);
      writeFileSync(junk, gzipSync(Buffer.from('still not a tarball')).subarray(0, 12));
      expect(await cli.run(['restore', '--from', junk, '--yes'])).toBe(1);
      expect(cli.err.join('\n')).toMatch(/damaged/);
      expect(await regionSlugs(env)).toEqual(['blijft']);
      expect(readdirSync(dataDir).filter((n) => n.startsWith('pglite.'))).toEqual([]);
    }, 60_000);

    it('says so when there is no database to back up', async () => {
      const cli = captureIO({ NODE_ENV: 'test', PORT: CLOSED_PORT, DATA_DIR: tempDir(), SECRET_KEY: testSecretKey() });
      expect(await cli.run(['backup', '--out', path.join(tempDir(), 'x.tar.gz')])).toBe(1);
      expect(cli.err.join('\n')).toMatch(/no embedded database/);
    });
  });

  describe.runIf(testDbKind() === 'postgres')('PostgreSQL', () => {
    let tdb: TestDb;
    beforeAll(async () => {
      tdb = await createTestDb();
      // Also makes Kysely take over the pool, so drop() closes the connection migrate() used.
      expect(await regionSlugs({ DATABASE_URL: tdb.url })).toEqual([]);
      await sql`SELECT 1`.execute(tdb.db);
    });
    afterAll(async () => tdb?.drop());

    it('round-trips with pg_dump and pg_restore', async () => {
      // The test database is migrated already; the CLI opens its own pool on it.
      const env = { NODE_ENV: 'test', PORT: CLOSED_PORT, DATA_DIR: tempDir(), SECRET_KEY: testSecretKey(), DATABASE_URL: tdb.url ?? '', PATH: process.env.PATH ?? '' };
      await roundTrip(env, path.join(tempDir(), 'backup.dump'));
    }, 60_000);

    it('explains a missing pg_dump', async () => {
      const env = { NODE_ENV: 'test', PORT: CLOSED_PORT, DATA_DIR: tempDir(), SECRET_KEY: testSecretKey(), DATABASE_URL: tdb.url ?? '', PATH: '/nonexistent' };
      const cli = captureIO(env);
      const out = path.join(tempDir(), 'x.dump');
      expect(await cli.run(['backup', '--out', out])).toBe(1);
      expect(cli.err.join('\n')).toMatch(/pg_dump was not found/);
      expect(existsSync(out)).toBe(false);
    });
  });
});
