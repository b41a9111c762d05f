import { createReadStream, existsSync } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import type { Progress } from '../progress.js';
import { CliError } from '../errors.js';
import { fileStamp } from './paths.js';

const CHUNK = 1024 * 1024;

/**
 * PGlite's own dump is a consistent tarball of the data directory; copying the directory of a
 * running database would not be. Written to a temporary name and renamed, so a half-written file
 * never looks like a backup.
 */
export async function backupPglite(pglite: PGlite, out: string, progress: Progress): Promise<number> {
  const blob = await pglite.dumpDataDir('gzip');
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const partial = `${out}.partial`;
  const fh = await open(partial, 'wx', 0o600);
  try {
    for (let offset = 0; offset < bytes.length; offset += CHUNK) {
      const chunk = bytes.subarray(offset, Math.min(offset + CHUNK, bytes.length));
      await fh.write(chunk);
      progress.update(offset + chunk.length, bytes.length);
    }
    await fh.sync();
  } catch (err) {
    await fh.close();
    await rm(partial, { force: true });
    throw err;
  }
  await fh.close();
  await rename(partial, out);
  return bytes.length;
}

/**
 * PGlite unpacks the archive in a callback where a corrupt file becomes an uncaught error instead of
 * a rejected promise, so the archive is checked here first: gzip intact and a tar inside.
 */
function assertDataDirArchive(bytes: Uint8Array, from: string): void {
  let tar: Uint8Array = bytes;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      tar = gunzipSync(bytes);
    } catch {
      throw new CliError(`${from} is damaged: it is not a complete gzip file.`);
    }
  }
  const magic = Buffer.from(tar.subarray(257, 262)).toString('latin1');
  if (magic !== 'ustar') throw new CliError(`${from} is not a backup of the embedded database (no tar archive inside).`);
}

async function readWithProgress(file: string, progress: Progress): Promise<Blob> {
  const size = (await stat(file)).size;
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let read = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: CHUNK })) {
    const c = chunk as Buffer;
    // A copy: stream buffers may share a pooled ArrayBuffer, and Blob wants plain ArrayBuffer-backed parts.
    chunks.push(new Uint8Array(c));
    read += c.length;
    progress.update(read, size);
  }
  assertDataDirArchive(Buffer.concat(chunks), file);
  return new Blob(chunks, { type: 'application/x-gzip' });
}

export interface PgliteRestoreResult {
  /** Where the data directory that was replaced now lives, or null when there was none. */
  movedAside: string | null;
  migrations: number;
}

/**
 * Unpacks into a fresh directory next to the live one and checks that it opens before anything is
 * moved, so a bad backup file leaves the current database untouched. The old directory is kept.
 */
export async function restorePglite(dataDir: string, from: string, progress: Progress): Promise<PgliteRestoreResult> {
  const blob = await readWithProgress(from, progress);
  const stamp = fileStamp();
  const staging = `${dataDir}.restoring-${stamp}`;
  await rm(staging, { recursive: true, force: true });
  let migrations: number;
  try {
    const restored = await PGlite.create({ dataDir: staging, loadDataDir: blob });
    try {
      const r = await restored.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_migrations');
      migrations = r.rows[0]?.n ?? 0;
    } finally {
      await restored.close();
    }
  } catch (err) {
    await rm(staging, { recursive: true, force: true });
    throw new CliError(`${from} is not a readable Samenspel backup of the embedded database (${err instanceof Error ? err.message : String(err)}).`);
  }
  let movedAside: string | null = null;
  if (existsSync(dataDir)) {
    movedAside = `${dataDir}.before-restore-${stamp}`;
    await rename(dataDir, movedAside);
  }
  await rename(staging, dataDir);
  return { movedAside, migrations };
}
