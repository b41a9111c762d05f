import type { Db } from '../../platform/db/database.js';
import type { PersonInput } from './model.js';
import type { NetworkPersonsTable } from './schema.js';
import type { Selectable } from 'kysely';

export type PersonRow = Selectable<NetworkPersonsTable>;

/**
 * Rows of the map for other modules (the network intake and analysis). They take a handle already
 * opened through platform/access (withClientAccess on category 'netwerk'); they check nothing themselves.
 */
/** The columns a person form sets, for inserts and updates alike. */
export function personColumns(input: PersonInput) {
  return {
    display_name: input.displayName,
    relation: input.relation,
    sector: input.sector,
    closeness: input.closeness,
    quality: input.quality,
    support_given: JSON.stringify(input.supportGiven),
    support_received: JSON.stringify(input.supportReceived),
    contact_frequency: input.contactFrequency,
    paid: input.paid,
    status: input.status,
    note: input.note,
    birth_date: input.birthDate,
    gender: input.gender,
    deceased: input.deceased,
  };
}

export async function insertPerson(db: Db, regionId: string, clientId: string, createdBy: string, input: PersonInput): Promise<PersonRow> {
  return db
    .insertInto('network_persons')
    .values({
      region_id: regionId,
      client_id: clientId,
      ...personColumns(input),
      created_by: createdBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Everyone on the client's map, in a stable order. */
export async function listPersonRows(db: Db, regionId: string, clientId: string): Promise<PersonRow[]> {
  return db.selectFrom('network_persons').selectAll().where('region_id', '=', regionId).where('client_id', '=', clientId).orderBy('created_at').orderBy('id').execute();
}
