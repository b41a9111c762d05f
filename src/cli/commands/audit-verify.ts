import { parseOptions } from '../args.js';
import type { Command } from '../command.js';
import { EXIT_FAILURE, EXIT_OK } from '../errors.js';
import { requireRegion } from '../lookups.js';

export const auditVerifyCommand: Command = {
  path: ['audit', 'verify'],
  summary: 'Check that the access log hash chain is intact',
  help: `Usage: npm run cli -- audit verify [--region <slug>]

Recomputes every access-log entry's hash from the start of its region's chain. Prints the number
of entries checked; exits with 1 and the broken sequence number(s) when an entry was changed,
removed or inserted.`,
  async run(args, io) {
    const o = parseOptions(args, { region: { type: 'string' } });
    const { result, slugs } = await io.withContext(async (ctx) => {
      const region = o.region ? await requireRegion(ctx.db, o.region.trim()) : undefined;
      const progress = io.progress('verifying');
      const r = await ctx.audit.verify({ ...(region ? { regionId: region.id } : {}), onProgress: (d, t) => progress.update(d, t) });
      progress.finish();
      const regions = await ctx.db.selectFrom('regions').select(['id', 'slug']).execute();
      return { result: r, slugs: new Map(regions.map((x) => [x.id, x.slug])) };
    });
    const scope = `${result.regionsChecked} region${result.regionsChecked === 1 ? '' : 's'}`;
    if (result.ok) {
      io.out(`OK: ${result.entriesChecked} entries checked in ${scope}; the chain is intact.`);
      return EXIT_OK;
    }
    io.out(`BROKEN: ${result.problems.length} region(s) with a broken chain (${result.entriesChecked} entries checked in ${scope}).`);
    for (const p of result.problems) io.out(`  region ${slugs.get(p.regionId) ?? p.regionId}: seq ${p.seq}: ${p.reason}`);
    return EXIT_FAILURE;
  },
};
