import { existsSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { parseOptions, required } from '../args.js';
import type { Command } from '../command.js';
import { CliError, EXIT_OK } from '../errors.js';
import { formatBytes } from '../progress.js';
import { assertWritableTarget, pgliteDataDir } from '../backup/paths.js';
import { backupPglite } from '../backup/pglite-backup.js';
import { backupPostgres } from '../backup/postgres-backup.js';

export const SECRET_KEY_NOTE =
  'Note: the backup does not hold the secret key that encrypts two-step verification secrets (SECRET_KEY, or secret.key in DATA_DIR). Keep a copy of it too, stored apart from the backup.';

export const backupCommand: Command = {
  path: ['backup'],
  summary: 'Write a consistent backup of the database to a file',
  help: `Usage: npm run cli -- backup --out <file>

Embedded database (no DATABASE_URL): a gzip tarball of the PGlite data directory, taken by PGlite
itself so it is consistent. Stop the server first: only one process may open the embedded database.
Name it e.g. backup.tar.gz.
PostgreSQL (DATABASE_URL set): pg_dump in custom format, consistent while the server runs (needs
pg_dump on PATH, same major version as the server or newer). Name it e.g. backup.dump.

The file holds personal data: store it encrypted and delete it when the retention period ends.

Example: npm run cli -- backup --out backups/samenspel-2026-05-01.tar.gz`,
  async run(args, io) {
    const o = parseOptions(args, { out: { type: 'string' } });
    const out = path.resolve(required(o.out, 'out'));
    assertWritableTarget(out);
    const config = io.config();
    let size: number;
    if (config.databaseUrl) {
      const databaseUrl = config.databaseUrl;
      const tables = await io.withContext(
        async (ctx) =>
          Number(
            (await sql<{ n: number }>`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`.execute(ctx.db))
              .rows[0]?.n ?? 0,
          ),
        { migrate: false },
      );
      const progress = io.progress('pg_dump tables');
      size = await backupPostgres(databaseUrl, out, tables, progress, { env: io.env });
      progress.finish();
    } else {
      const dir = pgliteDataDir(config);
      if (!existsSync(dir)) throw new CliError(`There is no embedded database in ${dir}. Set DATA_DIR or DATABASE_URL.`);
      size = await io.withContext(
        async (ctx) => {
          if (!ctx.dbh.pglite) throw new CliError('The embedded database is not open.');
          io.err('Dumping the embedded database...');
          const progress = io.progress('writing backup', 'bytes');
          const written = await backupPglite(ctx.dbh.pglite, out, progress);
          progress.finish();
          return written;
        },
        { migrate: false },
      );
    }
    io.out(`Backup written to ${out} (${formatBytes(size)}).`);
    io.err(SECRET_KEY_NOTE);
    return EXIT_OK;
  },
};
