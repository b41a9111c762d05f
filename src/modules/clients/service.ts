import type { Db } from '../../platform/db/database.js';
import { invalid } from '../../platform/errors.js';
import type { AccessScope } from '../../platform/access/index.js';
import { ageOn, type ClientDetail, type ClientInput } from './model.js';
import type { ClientRelation } from './schema.js';

/**
 * Creating a client record and linking people to it. Reading client data goes through
 * platform/access (see routes.ts); these writers are used by the CLI, the seed and invitations.
 */
export async function createClient(db: Db, regionId: string, input: ClientInput & { userId?: string | null }): Promise<{ id: string }> {
  if (input.municipalityId) {
    const m = await db.selectFrom('municipalities').select('id').where('region_id', '=', regionId).where('id', '=', input.municipalityId).executeTakeFirst();
    if (!m) throw invalid('municipalityId', 'Deze gemeente bestaat niet in jouw regio.', 'This municipality does not exist in your region.');
  }
  return db
    .insertInto('clients')
    .values({
      region_id: regionId,
      municipality_id: input.municipalityId ?? null,
      user_id: input.userId ?? null,
      first_name: input.firstName,
      last_name: input.lastName,
      birth_date: input.birthDate,
      street: input.street ?? null,
      postcode: input.postcode ?? null,
      city: input.city ?? null,
      phone: input.phone ?? null,
      email: input.email ?? null,
      story: input.story ?? null,
      decision_capacity: input.decisionCapacity ?? 'able',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function linkToClient(db: Db, regionId: string, clientId: string, userId: string, relation: ClientRelation, label?: string | null): Promise<void> {
  await db
    .insertInto('client_links')
    .values({ region_id: regionId, client_id: clientId, user_id: userId, relation, label: label ?? null })
    .onConflict((oc) => oc.columns(['client_id', 'user_id']).doUpdateSet({ relation, label: label ?? null }))
    .execute();
}

export async function attachClientAccount(db: Db, regionId: string, clientId: string, userId: string): Promise<void> {
  await db.updateTable('clients').set({ user_id: userId }).where('region_id', '=', regionId).where('id', '=', clientId).execute();
}

/** The client's basis data as the client page shows it; call only inside withClientAccess (basis, read). */
export async function readClientDetail(db: Db, scope: AccessScope): Promise<ClientDetail> {
  const c = await db
    .selectFrom('clients as c')
    .leftJoin('municipalities as m', (j) => j.onRef('m.id', '=', 'c.municipality_id').onRef('m.region_id', '=', 'c.region_id'))
    .select(['c.id', 'c.first_name', 'c.last_name', 'c.birth_date', 'c.street', 'c.postcode', 'c.city', 'c.phone', 'c.email', 'c.story', 'm.name as municipality_name'])
    .where('c.region_id', '=', scope.regionId)
    .where('c.id', '=', scope.clientId)
    .executeTakeFirstOrThrow();
  return {
    id: c.id,
    firstName: c.first_name,
    lastName: c.last_name,
    birthDate: c.birth_date,
    age: ageOn(c.birth_date),
    municipalityName: c.municipality_name,
    relation: scope.relation,
    street: c.street,
    postcode: c.postcode,
    city: c.city,
    phone: c.phone,
    email: c.email,
    story: c.story,
  };
}
