import type { Db } from '../../platform/db/database.js';

/**
 * The plan row of a client, made when the first goal, agreement or evaluation needs it. Callers are
 * inside withClientAccess (plan, create/update) and pass its scoped region and client.
 */
export async function ensurePlan(trx: Db, regionId: string, clientId: string, createdBy: string | null): Promise<string> {
  const existing = await trx.selectFrom('plans').select('id').where('region_id', '=', regionId).where('client_id', '=', clientId).executeTakeFirst();
  if (existing) return existing.id;
  const created = await trx
    .insertInto('plans')
    .values({ region_id: regionId, client_id: clientId, created_by: createdBy })
    .onConflict((oc) => oc.column('client_id').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (created) return created.id;
  const raced = await trx.selectFrom('plans').select('id').where('region_id', '=', regionId).where('client_id', '=', clientId).executeTakeFirstOrThrow();
  return raced.id;
}
