import { sql } from 'kysely';
import { createMunicipality, createOrganisation } from '../../modules/accounts/service.js';
import { ORGANISATION_KINDS, type OrganisationKind } from '../../modules/accounts/schema.js';
import type { Db } from '../../platform/db/database.js';
import { parseOptions, required } from '../args.js';
import type { Command } from '../command.js';
import { EXIT_OK, UsageError } from '../errors.js';
import { requireRegion } from '../lookups.js';

const isKind = (v: string): v is OrganisationKind => (ORGANISATION_KINDS as readonly string[]).includes(v);

/** Municipalities have no command of their own: naming one here creates it when it is new. */
async function municipalityId(db: Db, regionId: string, name: string): Promise<{ id: string; created: boolean }> {
  const existing = await db
    .selectFrom('municipalities')
    .select('id')
    .where('region_id', '=', regionId)
    .where(sql<boolean>`lower(name) = lower(${name})`)
    .executeTakeFirst();
  if (existing) return { id: existing.id, created: false };
  return { id: (await createMunicipality(db, regionId, name)).id, created: true };
}

export const organisationCreateCommand: Command = {
  path: ['organisation', 'create'],
  summary: 'Create an organisation in a region',
  help: `Usage: npm run cli -- organisation create --region <slug> --name <name> --kind <kind> [--municipality <name>]

  --region        slug of the region
  --name          e.g. "Wijkteam Zuid"
  --kind          one of: ${ORGANISATION_KINDS.join(', ')}
  --municipality  municipality it works in; created when it does not exist yet

Example: npm run cli -- organisation create --region zwolle --name "Wijkteam Zuid" --kind wijkteam`,
  async run(args, io) {
    const o = parseOptions(args, {
      region: { type: 'string' },
      name: { type: 'string' },
      kind: { type: 'string' },
      municipality: { type: 'string' },
    });
    const slug = required(o.region, 'region');
    const name = required(o.name, 'name');
    const kind = required(o.kind, 'kind');
    if (!isKind(kind)) throw new UsageError(`--kind must be one of: ${ORGANISATION_KINDS.join(', ')}.`);
    const result = await io.withContext((ctx) =>
      ctx.db.transaction().execute(async (trx) => {
        const region = await requireRegion(trx, slug);
        const m = o.municipality ? await municipalityId(trx, region.id, o.municipality.trim()) : undefined;
        const org = await createOrganisation(trx, region.id, { name, kind, municipalityId: m?.id ?? null });
        return { org, municipalityCreated: m?.created ?? false };
      }),
    );
    if (result.municipalityCreated) io.out(`Created municipality ${o.municipality?.trim()}.`);
    io.out(`Created organisation ${result.org.name} (${result.org.kind}), id ${result.org.id}.`);
    return EXIT_OK;
  },
};
