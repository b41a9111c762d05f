import { DEMO_REGION, demoRegionExists, seedDemo, type DemoLogin } from '../../modules/demo/index.js';
import { parseOptions } from '../args.js';
import type { Command } from '../command.js';
import { EXIT_OK } from '../errors.js';
import type { CliIO } from '../io.js';

function printLogins(io: CliIO, logins: DemoLogin[]): void {
  io.out('Demo log-ins:');
  const width = Math.max(...logins.map((l) => l.label.length));
  for (const l of logins) io.out(`  ${l.label.padEnd(width)}  ${l.email}`);
  if (logins[0]) io.out(`Password for all demo accounts: ${logins[0].password}`);
  io.out('Professionals and administrators link an authenticator app at their first log-in.');
}

export const seedDemoCommand: Command = {
  path: ['seed', 'demo'],
  summary: `Create the fictional demo region "${DEMO_REGION.name}" (does nothing if it exists)`,
  help: `Usage: npm run cli -- seed demo

Creates the region "${DEMO_REGION.slug}" with invented municipalities, organisations, professionals,
clients and their networks, and prints the demo log-ins. All people and places are fictional.
Running it again changes nothing.`,
  async run(args, io) {
    parseOptions(args, {});
    const { existed, logins } = await io.withContext(async (ctx) => {
      if (await demoRegionExists(ctx.db)) return { existed: true, logins: await seedDemo(ctx) };
      const progress = io.progress('seeding demo');
      const result = await seedDemo(ctx, { onProgress: (d, t) => progress.update(d, t) });
      progress.finish();
      return { existed: false, logins: result };
    });
    io.out(existed ? `Region "${DEMO_REGION.slug}" already exists; nothing was changed.` : `Created demo region "${DEMO_REGION.name}".`);
    printLogins(io, logins);
    return EXIT_OK;
  },
};
