import { createRegion } from '../../modules/accounts/service.js';
import { parseOptions, required } from '../args.js';
import type { Command } from '../command.js';
import { EXIT_OK, UsageError } from '../errors.js';

export const SLUG = /^[a-z0-9-]{2,60}$/;

export const regionCreateCommand: Command = {
  path: ['region', 'create'],
  summary: 'Create a region (tenant)',
  help: `Usage: npm run cli -- region create --slug <slug> --name <name>

  --slug   short id used in commands and URLs: 2-60 of a-z, 0-9 and -
  --name   name people see, e.g. "Regio Gooi en Vechtstreek"

Example: npm run cli -- region create --slug zwolle --name "Regio Zwolle"`,
  async run(args, io) {
    const o = parseOptions(args, { slug: { type: 'string' }, name: { type: 'string' } });
    const slug = required(o.slug, 'slug');
    const name = required(o.name, 'name');
    if (!SLUG.test(slug)) throw new UsageError('--slug must be 2-60 characters of a-z, 0-9 and -.');
    const region = await io.withContext((ctx) => createRegion(ctx.db, { slug, name }));
    io.out(`Created region ${slug} (${name}), id ${region.id}.`);
    return EXIT_OK;
  },
};
