import { sql } from 'kysely';
import type { Db } from '../platform/db/database.js';
import { findRegion } from '../modules/accounts/service.js';
import { CliError } from './errors.js';

export async function requireRegion(db: Db, slug: string): Promise<{ id: string; name: string }> {
  const region = await findRegion(db, slug);
  if (region) return region;
  const known = await db.selectFrom('regions').select('slug').orderBy('slug').limit(20).execute();
  const hint = known.length ? ` Known regions: ${known.map((r) => r.slug).join(', ')}.` : ' There are no regions yet: use `region create`.';
  throw new CliError(`Region "${slug}" does not exist.${hint}`);
}

export async function requireUserByEmail(db: Db, email: string): Promise<{ id: string; regionId: string; displayName: string; email: string }> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'region_id', 'display_name', 'email'])
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
  if (!user) throw new CliError(`There is no account with e-mail address ${email}.`);
  return { id: user.id, regionId: user.region_id, displayName: user.display_name, email: user.email };
}

export async function requireOrganisation(db: Db, regionId: string, name: string): Promise<{ id: string; name: string }> {
  const org = await db
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where('region_id', '=', regionId)
    .where(sql<boolean>`lower(name) = lower(${name})`)
    .executeTakeFirst();
  if (org) return org;
  const known = await db.selectFrom('organisations').select('name').where('region_id', '=', regionId).orderBy('name').limit(30).execute();
  throw new CliError(`Organisation "${name}" does not exist in this region.${known.length ? ` Known: ${known.map((o) => o.name).join('; ')}.` : ''}`);
}
