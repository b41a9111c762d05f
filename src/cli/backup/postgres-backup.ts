import { existsSync } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import type { Progress } from '../progress.js';
import { CliError } from '../errors.js';
import { connectionForTools, runTool } from './external-tool.js';

export interface PgToolOptions {
  env: NodeJS.ProcessEnv;
  pgDump?: string;
  pgRestore?: string;
}

/** pg_dump custom format: compressed, and pg_restore can pick from it. */
export async function backupPostgres(databaseUrl: string, out: string, tableCount: number, progress: Progress, options: PgToolOptions): Promise<number> {
  const { dbname, env } = connectionForTools(databaseUrl, options.env);
  const partial = `${out}.partial`;
  let tables = 0;
  progress.update(0, tableCount);
  const result = await runTool(options.pgDump ?? 'pg_dump', ['--format=custom', '--verbose', `--file=${partial}`, `--dbname=${dbname}`], env, (line) => {
    if (/dumping contents of table/.test(line)) progress.update(++tables, Math.max(tableCount, tables));
  });
  if (result.code !== 0) {
    await rm(partial, { force: true });
    throw new CliError(`pg_dump failed (exit ${result.code}):\n  ${result.tail.filter((l) => !/^pg_dump: (dumping|reading|identifying|finding|flagging|saving|last)/.test(l)).join('\n  ')}`);
  }
  await rename(partial, out);
  return (await stat(out)).size;
}

/** How many entries the archive holds: the denominator for restore progress. */
async function archiveEntries(file: string, options: PgToolOptions): Promise<number> {
  const { code, stdout } = await runTool(options.pgRestore ?? 'pg_restore', ['--list', file], options.env, () => undefined, true);
  if (code !== 0) throw new CliError(`${file} is not a pg_dump archive in custom format.`);
  return stdout.split('\n').filter((l) => l.trim() !== '' && !l.startsWith(';')).length;
}

/**
 * One transaction: if anything fails, the database stays as it was. --clean --if-exists drops what
 * the archive recreates, --no-owner lets another role own the restored objects.
 */
export async function restorePostgres(databaseUrl: string, from: string, progress: Progress, options: PgToolOptions): Promise<void> {
  if (!existsSync(from)) throw new CliError(`Backup file ${from} does not exist.`);
  const total = await archiveEntries(from, options);
  const { dbname, env } = connectionForTools(databaseUrl, options.env);
  let steps = 0;
  progress.update(0, total);
  const result = await runTool(
    options.pgRestore ?? 'pg_restore',
    ['--clean', '--if-exists', '--no-owner', '--single-transaction', '--exit-on-error', '--verbose', `--dbname=${dbname}`, from],
    env,
    (line) => {
      if (/^pg_restore: (creating|processing data)/.test(line)) progress.update(Math.min(++steps, total), total);
    },
  );
  if (result.code !== 0) throw new CliError(`pg_restore failed (exit ${result.code}); the database was not changed:\n  ${result.tail.join('\n  ')}`);
  progress.update(total, total);
}
