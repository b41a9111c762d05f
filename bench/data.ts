import { closeContext } from '../src/platform/bootstrap.js';
import { parseOptions, positiveInt } from '../src/cli/args.js';
import { UsageError } from '../src/cli/errors.js';
import { runScript } from './lib/script.js';
import { createProgress } from '../src/cli/progress.js';
import { SLUG } from '../src/cli/commands/region-create.js';
import { describeDatabase, openBenchContext } from './lib/bench-context.js';
import { generateBenchData } from './lib/generate.js';

const HELP = `Usage: npm run bench:data -- [--clients 10000] [--region bench] [--professionals 10] [--batch 1000] [--seed 1]

Creates (or tops up) a benchmark region with N fictional clients, each linked to two of the
region's bench professionals. Uses DATABASE_URL when set, otherwise the PGlite data directory.`;

async function main(argv: string[]): Promise<number> {
  const o = parseOptions(argv, {
    clients: { type: 'string' },
    region: { type: 'string' },
    professionals: { type: 'string' },
    batch: { type: 'string' },
    seed: { type: 'string' },
  });
  const regionSlug = o.region ?? 'bench';
  if (!SLUG.test(regionSlug)) throw new UsageError('--region must be 2-60 characters of a-z, 0-9 and -.');
  const options = {
    regionSlug,
    clients: positiveInt(o.clients, 'clients', 10_000),
    professionals: positiveInt(o.professionals, 'professionals', 10),
    batchSize: Math.min(positiveInt(o.batch, 'batch', 1000), 5000),
    seed: positiveInt(o.seed, 'seed', 1),
  };

  const ctx = await openBenchContext();
  try {
    console.error(`Database: ${describeDatabase(ctx)}`);
    const progress = createProgress((t) => process.stderr.write(t), 'clients', { tty: Boolean(process.stderr.isTTY) });
    const started = performance.now();
    const result = await generateBenchData(ctx.db, { ...options, onProgress: (d, t) => progress.update(d, t) });
    progress.finish();
    const seconds = (performance.now() - started) / 1000;
    console.log(`Region "${regionSlug}": ${result.totalClients} clients (${result.created} new in ${seconds.toFixed(1)} s, ${Math.round(result.created / Math.max(seconds, 0.001))}/s).`);
    console.log(`Professionals: ${result.professionalEmails.length} (${result.professionalEmails[0]} … ), each linked to about ${Math.round((2 * result.totalClients) / options.professionals)} clients.`);
    console.log('Next: npm run bench');
    return 0;
  } finally {
    await closeContext(ctx);
  }
}

runScript(HELP, main);
