import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import type { DbHandle } from './database.js';

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../migrations');

// Any constant works; it only has to be the same for every instance of this application.
const MIGRATION_LOCK_ID = 7_341_001;

export interface MigrationResult {
  applied: string[];
  alreadyApplied: number;
}

const quote = (v: string) => `'${v.replace(/'/g, "''")}'`;

/**
 * Applies the committed, forward-only SQL files in name order, each in its own transaction. An
 * advisory lock held on one connection makes concurrent start-ups of several instances on one
 * PostgreSQL wait for each other instead of racing.
 */
export async function migrate(handle: DbHandle, dir = MIGRATIONS_DIR, log: (msg: string) => void = () => {}): Promise<MigrationResult> {
  const files = readdirSync(dir).filter((f) => /^\d{4}_[\w-]+\.sql$/.test(f)).sort();
  return handle.onOneConnection(async (run) => {
    await run(`SELECT pg_advisory_lock(${MIGRATION_LOCK_ID})`);
    try {
      await run(`CREATE TABLE IF NOT EXISTS schema_migrations (
        name text PRIMARY KEY,
        checksum text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
      const done = new Map((await run('SELECT name, checksum FROM schema_migrations')).map((r) => [String(r.name), String(r.checksum)]));
      const applied: string[] = [];
      let alreadyApplied = 0;
      for (const file of files) {
        const script = readFileSync(path.join(dir, file), 'utf8');
        const checksum = createHash('sha256').update(script).digest('hex');
        const prior = done.get(file);
        if (prior !== undefined) {
          if (prior !== checksum) throw new Error(`Migration ${file} was changed after it was applied; add a new migration instead.`);
          alreadyApplied++;
          continue;
        }
        log(`migration ${file}`);
        try {
          await run(`BEGIN;\n${script}\n;\nINSERT INTO schema_migrations (name, checksum) VALUES (${quote(file)}, ${quote(checksum)});\nCOMMIT;`);
        } catch (err) {
          await run('ROLLBACK').catch(() => undefined);
          throw err;
        }
        applied.push(file);
      }
      return { applied, alreadyApplied };
    } finally {
      await run(`SELECT pg_advisory_unlock(${MIGRATION_LOCK_ID})`);
    }
  });
}
