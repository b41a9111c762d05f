import path from 'node:path';
import { parseOptions, required } from '../args.js';
import type { Command } from '../command.js';
import { EXIT_OK, UsageError } from '../errors.js';
import { assertReadableSource, pgliteDataDir } from '../backup/paths.js';
import { restorePglite } from '../backup/pglite-backup.js';
import { restorePostgres } from '../backup/postgres-backup.js';
import { assertEmbeddedServerStopped } from '../server-check.js';

export const restoreCommand: Command = {
  path: ['restore'],
  summary: 'Replace the database with a backup made by `backup`',
  help: `Usage: npm run cli -- restore --from <file> --yes

Replaces ALL data with the contents of the backup. Stop the server first.
Embedded database: the backup is unpacked and checked next to the current data directory; only
then is the current directory moved aside (to pglite.before-restore-<time>) and replaced.
PostgreSQL (DATABASE_URL set): pg_restore --clean in a single transaction, so a failed restore
changes nothing. Needs pg_restore on PATH.
The server applies newer migrations when it starts.

  --from  the backup file
  --yes   confirm that the current data may be replaced

Example: npm run cli -- restore --from backups/samenspel-2026-05-01.tar.gz --yes`,
  async run(args, io) {
    const o = parseOptions(args, { from: { type: 'string' }, yes: { type: 'boolean' } });
    const from = path.resolve(required(o.from, 'from'));
    if (!o.yes) throw new UsageError('restore replaces all current data. Stop the server, then run it again with --yes to confirm.');
    assertReadableSource(from);
    const config = io.config();
    if (config.databaseUrl) {
      const progress = io.progress('pg_restore items');
      await restorePostgres(config.databaseUrl, from, progress, { env: io.env });
      progress.finish();
      io.out(`Restored the PostgreSQL database from ${from}.`);
    } else {
      await assertEmbeddedServerStopped(config);
      const dir = pgliteDataDir(config);
      const progress = io.progress('reading backup', 'bytes');
      const result = await restorePglite(dir, from, progress);
      progress.finish();
      io.out(`Restored the embedded database in ${dir} from ${from} (${result.migrations} migrations applied in the backup).`);
      if (result.movedAside) io.out(`The previous data directory was kept as ${result.movedAside}; delete it when you no longer need it.`);
    }
    return EXIT_OK;
  },
};
