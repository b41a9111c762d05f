import type { Selectable } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import { conflict, forbidden, notFound } from '../../platform/errors.js';
import { todayInNl } from '../../platform/access/index.js';
import type { ContactInput, ContactView } from './contact-model.js';
import type { SocialContactsTable } from './schema.js';
import { checkOrganisation, isOwner, markUpToDate, mayEdit, staleBefore, type Editor } from './service.js';

type Row = Selectable<SocialContactsTable> & { organisation_name: string };

function toView(r: Row, today: string): ContactView {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    name: r.name,
    role: r.role,
    whatTheyDo: r.what_they_do,
    workingDays: r.working_days,
    absentUntil: r.absent_until,
    absentToday: r.absent_until !== null && r.absent_until >= today,
    phone: r.phone,
    email: r.email,
    upToDateOn: r.up_to_date_on,
    stale: r.up_to_date_on < staleBefore(today),
    version: r.version,
  };
}

/** Contact persons of organisations that still exist; a removed organisation's people are hidden, not deleted. */
function visibleContacts(db: Db, regionId: string) {
  return db
    .selectFrom('social_contacts as c')
    .innerJoin('organisations as org', (j) => j.onRef('org.id', '=', 'c.organisation_id').onRef('org.region_id', '=', 'c.region_id'))
    .selectAll('c')
    .select('org.name as organisation_name')
    .where('c.region_id', '=', regionId)
    .where('org.archived_at', 'is', null);
}

export async function listContacts(db: Db, regionId: string, organisationId?: string): Promise<ContactView[]> {
  const today = todayInNl();
  const rows = await visibleContacts(db, regionId)
    .$if(organisationId !== undefined, (q) => q.where('c.organisation_id', '=', organisationId!))
    .orderBy('org.name')
    .orderBy('c.name')
    .limit(1000)
    .execute();
  return rows.map((r) => toView(r, today));
}

export async function getContact(db: Db, regionId: string, id: string): Promise<ContactView> {
  const row = await visibleContacts(db, regionId).where('c.id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return toView(row, todayInNl());
}

const columns = (input: ContactInput) => ({
  organisation_id: input.organisationId,
  name: input.name,
  role: input.role,
  what_they_do: input.whatTheyDo,
  working_days: JSON.stringify([...new Set(input.workingDays)].sort()),
  absent_until: input.absentUntil,
  phone: input.phone,
  email: input.email,
  up_to_date_on: todayInNl(),
});

export async function createContact(db: Db, editor: Editor, input: ContactInput): Promise<ContactView> {
  if (!mayEdit(editor, input.organisationId)) throw forbidden({ nl: 'Je kunt alleen mensen van je eigen organisatie toevoegen.', en: 'You can only add people of your own organisation.' });
  await checkOrganisation(db, editor.regionId, input.organisationId);
  const row = await db.insertInto('social_contacts').values({ region_id: editor.regionId, ...columns(input) }).returning('id').executeTakeFirstOrThrow();
  return getContact(db, editor.regionId, row.id);
}

/** Saving also confirms the entry is up to date, which restarts its six months. */
export async function updateContact(db: Db, editor: Editor, id: string, input: ContactInput & { version: number }): Promise<ContactView> {
  const current = await getContact(db, editor.regionId, id);
  if (!mayEdit(editor, current.organisationId) || !mayEdit(editor, input.organisationId)) throw forbidden();
  await checkOrganisation(db, editor.regionId, input.organisationId);
  const res = await db
    .updateTable('social_contacts')
    .set((eb) => ({ ...columns(input), version: eb('version', '+', 1), updated_at: new Date() }))
    .where('region_id', '=', editor.regionId)
    .where('id', '=', id)
    .where('version', '=', input.version)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) === 0) throw conflict(current);
  return getContact(db, editor.regionId, id);
}

/** Contact persons of the editor's organisation (the whole region for the administrator) not checked for six months. */
export async function staleContacts(db: Db, editor: Editor, now = new Date()): Promise<ContactView[]> {
  if (!isOwner(editor)) throw forbidden();
  const today = todayInNl(now);
  const rows = await visibleContacts(db, editor.regionId)
    .where('c.up_to_date_on', '<', staleBefore(today))
    .$if(!editor.roles.includes('beheerder'), (q) => q.where('c.organisation_id', '=', editor.organisationId ?? ''))
    .orderBy('c.up_to_date_on')
    .orderBy('c.name')
    .limit(500)
    .execute();
  return rows.map((r) => toView(r, today));
}

/** "Nog steeds juist" for a contact person: nothing changed, the six months start again. */
export const confirmContact = (db: Db, editor: Editor, id: string, version: number): Promise<ContactView> =>
  markUpToDate(db, editor, 'social_contacts', id, version, () => getContact(db, editor.regionId, id));
