import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../../platform/config/config.js';
import { CliError } from '../errors.js';

/** Must match where bootstrap's createContext opens the embedded database. */
export const pgliteDataDir = (config: Pick<Config, 'dataDir'>): string => path.join(config.dataDir, 'pglite');

/** Local time without separators that file systems dislike, e.g. 20260501-142233. */
export function fileStamp(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}

export function assertWritableTarget(out: string): void {
  const dir = path.dirname(path.resolve(out));
  if (!existsSync(dir)) throw new CliError(`The folder ${dir} does not exist.`);
  if (existsSync(out)) throw new CliError(`${out} already exists; choose another name or move it away first.`);
}

export function assertReadableSource(from: string): void {
  if (!existsSync(from)) throw new CliError(`Backup file ${from} does not exist.`);
}
