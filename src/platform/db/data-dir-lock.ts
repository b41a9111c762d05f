import { mkdirSync } from 'node:fs';
import lockfile from 'proper-lockfile';
import { AppError } from '../errors.js';

/**
 * PGlite has no server process: two processes opening one data directory corrupt it. The lock is
 * held for as long as the database is open, refreshed in the background and released on close or
 * process exit; a lock left by a crashed process goes stale and is taken over.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  mkdirSync(dataDir, { recursive: true });
  try {
    return await lockfile.lock(dataDir, { lockfilePath: `${dataDir}.lock`, stale: 30_000, update: 10_000, realpath: false });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ELOCKED') throw err;
    throw new AppError(409, 'data-dir-in-use', {
      nl: `De ingebouwde database in ${dataDir} is al open in een ander proces (draait Samenspel al?). Stop dat eerst.`,
      en: `The embedded database in ${dataDir} is already open in another process (is Samenspel already running?). Stop that first.`,
    });
  }
}
