import { migrate } from '../../platform/db/migrate.js';
import { parseOptions } from '../args.js';
import type { Command } from '../command.js';
import { EXIT_OK } from '../errors.js';

export const migrateCommand: Command = {
  path: ['migrate'],
  summary: 'Apply pending database migrations',
  help: `Usage: npm run cli -- migrate

Applies the SQL migrations in migrations/ that the database does not have yet, each in its own
transaction. Safe to run while other instances start: they wait for each other.
Uses DATABASE_URL when set, otherwise the embedded database in DATA_DIR (default ./data).`,
  async run(args, io) {
    parseOptions(args, {});
    const result = await io.withContext((ctx) => migrate(ctx.dbh, undefined, (m) => io.err(`applying ${m.replace(/^migration /, '')}`)), {
      migrate: false,
    });
    if (result.applied.length === 0) io.out(`Database is up to date (${result.alreadyApplied} migrations).`);
    else io.out(`Applied ${result.applied.length} migration(s): ${result.applied.join(', ')}.`);
    return EXIT_OK;
  },
};
