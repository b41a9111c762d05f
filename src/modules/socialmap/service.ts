import { sql, type Selectable } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import { conflict, forbidden, invalid, notFound } from '../../platform/errors.js';
import { todayInNl } from '../../platform/access/index.js';
import type { Role } from '../accounts/schema.js';
import type { OfferInput, OfferResults, OfferSearch, OfferView } from './model.js';
import type { SocialOffersTable } from './schema.js';

/** Who edits the social map: the region's administrator, or staff of the organisation that owns the entry. */
export interface Editor {
  userId: string;
  regionId: string;
  roles: readonly Role[];
  organisationId: string | null;
}

const STAFF: readonly Role[] = ['professional', 'teamleider', 'netwerkvoorzitter', 'beheerder'];
export const mayEdit = (editor: Editor, organisationId: string): boolean =>
  editor.roles.includes('beheerder') || (editor.organisationId === organisationId && editor.roles.some((r) => STAFF.includes(r)));

/** Staff with an organisation keep its entries; the administrator keeps the whole region's. Only they import, export and see "to check" lists. */
export const isOwner = (editor: Editor): boolean => editor.roles.includes('beheerder') || (editor.organisationId !== null && editor.roles.some((r) => STAFF.includes(r)));

/** An entry not checked for six months is marked, and its owner asked to look at it. */
export function staleBefore(today: string): string {
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - 6);
  return d.toISOString().slice(0, 10);
}

type Row = Selectable<SocialOffersTable> & { organisation_name: string; municipality_name: string | null };

function toView(r: Row, today: string): OfferView {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    contactId: r.contact_id,
    title: r.title,
    description: r.description,
    kind: r.kind,
    needs: r.needs,
    targetGroup: r.target_group,
    ageMin: r.age_min,
    ageMax: r.age_max,
    municipalityId: r.municipality_id,
    municipalityName: r.municipality_name,
    cost: r.cost,
    costNote: r.cost_note,
    accessRoute: r.access_route,
    openingTimes: r.opening_times,
    upToDateOn: r.up_to_date_on,
    stale: r.up_to_date_on < staleBefore(today),
    version: r.version,
  };
}

/** Offers people may see: not archived, and their organisation not archived (hidden, never deleted). */
export function visibleOffers(db: Db, regionId: string) {
  return db
    .selectFrom('social_offers as o')
    .innerJoin('organisations as org', (j) => j.onRef('org.id', '=', 'o.organisation_id').onRef('org.region_id', '=', 'o.region_id'))
    .leftJoin('municipalities as m', (j) => j.onRef('m.id', '=', 'o.municipality_id').onRef('m.region_id', '=', 'o.region_id'))
    .where('o.region_id', '=', regionId)
    .where('o.archived_at', 'is', null)
    .where('org.archived_at', 'is', null);
}

export const OFFER_COLUMNS = [
  'o.id',
  'o.region_id',
  'o.organisation_id',
  'o.contact_id',
  'o.title',
  'o.description',
  'o.kind',
  'o.needs',
  'o.target_group',
  'o.age_min',
  'o.age_max',
  'o.municipality_id',
  'o.cost',
  'o.cost_note',
  'o.access_route',
  'o.opening_times',
  'o.up_to_date_on',
  'o.stale_reminded_at',
  'o.search',
  'o.version',
  'o.archived_at',
  'o.created_at',
  'o.updated_at',
  'org.name as organisation_name',
  'm.name as municipality_name',
] as const;

/** Words of a search as a Dutch prefix query: "wandel oud" finds "Wandelgroep voor ouderen". */
export function prefixQuery(q: string): string | null {
  const words = q
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean)
    .slice(0, 8);
  return words.length ? words.map((w) => `${w}:*`).join(' & ') : null;
}

/** Dutch weekday number (1 = Monday … 7 = Sunday) of a yyyy-mm-dd day. */
const weekday = (day: string) => ((new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;

export async function searchOffers(db: Db, regionId: string, s: OfferSearch, now = new Date()): Promise<OfferResults> {
  const today = todayInNl(now);
  const query = s.q ? prefixQuery(s.q) : null;
  let q = visibleOffers(db, regionId);
  if (query) q = q.where(sql<boolean>`o.search @@ to_tsquery('dutch', ${query})`);
  if (s.need) q = q.where(sql<boolean>`o.needs ? ${s.need}`);
  if (s.kind) q = q.where('o.kind', '=', s.kind);
  if (s.cost) q = q.where('o.cost', '=', s.cost);
  if (s.age !== undefined) {
    const age = s.age;
    q = q.where((eb) => eb.and([eb.or([eb('o.age_min', 'is', null), eb('o.age_min', '<=', age)]), eb.or([eb('o.age_max', 'is', null), eb('o.age_max', '>=', age)])]));
  }
  if (s.organisationId) q = q.where('o.organisation_id', '=', s.organisationId);
  if (s.municipalityId) {
    const m = s.municipalityId;
    q = q.where((eb) => eb.or([eb('o.municipality_id', 'is', null), eb('o.municipality_id', '=', m)]));
  }
  if (s.openToday) q = q.where(sql<boolean>`o.opening_times ? ${String(weekday(today))}`);
  const [count, rows] = await Promise.all([
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    q
      .select([...OFFER_COLUMNS])
      .$if(query !== null, (qb) => qb.orderBy(sql`ts_rank(o.search, to_tsquery('dutch', ${query}))`, 'desc'))
      .orderBy('o.title')
      .orderBy('o.id')
      .limit(s.limit)
      .offset(s.offset)
      .execute(),
  ]);
  return { total: Number(count.n), offers: rows.map((r) => toView(r, today)) };
}

export async function getOffer(db: Db, regionId: string, id: string): Promise<OfferView> {
  const row = await visibleOffers(db, regionId).select([...OFFER_COLUMNS]).where('o.id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return toView(row, todayInNl());
}

/** An entry can only belong to an organisation of the region that still exists. */
export async function checkOrganisation(db: Db, regionId: string, organisationId: string): Promise<void> {
  const org = await db.selectFrom('organisations').select('archived_at').where('region_id', '=', regionId).where('id', '=', organisationId).executeTakeFirst();
  if (!org || org.archived_at) throw invalid('organisationId', 'Deze organisatie bestaat niet (meer) in jouw regio.', 'This organisation does not exist (any more) in your region.');
}

async function checkReferences(db: Db, regionId: string, input: OfferInput): Promise<void> {
  await checkOrganisation(db, regionId, input.organisationId);
  if (input.contactId) {
    const c = await db.selectFrom('social_contacts').select('organisation_id').where('region_id', '=', regionId).where('id', '=', input.contactId).executeTakeFirst();
    if (!c || c.organisation_id !== input.organisationId) throw invalid('contactId', 'Kies een contactpersoon van deze organisatie.', 'Choose a contact person of this organisation.');
  }
  if (input.municipalityId) {
    const m = await db.selectFrom('municipalities').select('id').where('region_id', '=', regionId).where('id', '=', input.municipalityId).executeTakeFirst();
    if (!m) throw invalid('municipalityId', 'Deze gemeente bestaat niet in jouw regio.', 'This municipality does not exist in your region.');
  }
}

/** An offer's input as table columns (shared with the CSV import). */
export const offerColumns = (input: OfferInput) => ({
  organisation_id: input.organisationId,
  contact_id: input.contactId,
  title: input.title,
  description: input.description,
  kind: input.kind,
  needs: JSON.stringify(input.needs),
  target_group: input.targetGroup,
  age_min: input.ageMin,
  age_max: input.ageMax,
  municipality_id: input.municipalityId,
  cost: input.cost,
  cost_note: input.costNote,
  access_route: input.accessRoute,
  opening_times: JSON.stringify(input.openingTimes),
});

export async function createOffer(db: Db, editor: Editor, input: OfferInput): Promise<OfferView> {
  if (!mayEdit(editor, input.organisationId)) throw forbidden({ nl: 'Je kunt alleen aanbod van je eigen organisatie toevoegen.', en: 'You can only add offers of your own organisation.' });
  await checkReferences(db, editor.regionId, input);
  const row = await db
    .insertInto('social_offers')
    .values({ region_id: editor.regionId, ...offerColumns(input), up_to_date_on: todayInNl() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return getOffer(db, editor.regionId, row.id);
}

/** Saving an entry also confirms it is up to date. */
export async function updateOffer(db: Db, editor: Editor, id: string, input: OfferInput & { version: number }): Promise<OfferView> {
  const current = await getOffer(db, editor.regionId, id);
  if (!mayEdit(editor, current.organisationId) || !mayEdit(editor, input.organisationId)) throw forbidden();
  await checkReferences(db, editor.regionId, input);
  const res = await db
    .updateTable('social_offers')
    .set((eb) => ({ ...offerColumns(input), up_to_date_on: todayInNl(), version: eb('version', '+', 1), updated_at: new Date() }))
    .where('region_id', '=', editor.regionId)
    .where('id', '=', id)
    .where('version', '=', input.version)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) === 0) throw conflict(current);
  return getOffer(db, editor.regionId, id);
}

/** Taken off the map, not deleted: referrals made to it keep their meaning. */
export async function archiveOffer(db: Db, editor: Editor, id: string, version: number): Promise<void> {
  const current = await getOffer(db, editor.regionId, id);
  if (!mayEdit(editor, current.organisationId)) throw forbidden();
  const res = await db
    .updateTable('social_offers')
    .set((eb) => ({ archived_at: new Date(), version: eb('version', '+', 1) }))
    .where('region_id', '=', editor.regionId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) === 0) throw conflict(current);
}

/** Entries of the editor's organisation (the whole region for the administrator) not checked for six months, oldest first. */
export async function staleOffers(db: Db, editor: Editor, now = new Date()): Promise<OfferView[]> {
  if (!isOwner(editor)) throw forbidden();
  const today = todayInNl(now);
  const rows = await visibleOffers(db, editor.regionId)
    .select([...OFFER_COLUMNS])
    .where('o.up_to_date_on', '<', staleBefore(today))
    .$if(!editor.roles.includes('beheerder'), (q) => q.where('o.organisation_id', '=', editor.organisationId ?? ''))
    .orderBy('o.up_to_date_on')
    .orderBy('o.title')
    .limit(500)
    .execute();
  return rows.map((r) => toView(r, today));
}

/**
 * "Nog steeds juist": the owner looked and nothing changed; the six months start again. Offers and
 * contact persons race on their version alike, so the second click gets 409 with the entry as it is.
 */
export async function markUpToDate<V extends { organisationId: string }>(
  db: Db,
  editor: Editor,
  table: 'social_offers' | 'social_contacts',
  id: string,
  version: number,
  load: () => Promise<V>,
): Promise<V> {
  const current = await load();
  if (!mayEdit(editor, current.organisationId)) throw forbidden();
  const res = await db
    .updateTable(table)
    .set((eb) => ({ up_to_date_on: todayInNl(), version: eb('version', '+', 1), updated_at: new Date() }))
    .where('region_id', '=', editor.regionId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) === 0) throw conflict(current);
  return load();
}

export const confirmOffer = (db: Db, editor: Editor, id: string, version: number): Promise<OfferView> =>
  markUpToDate(db, editor, 'social_offers', id, version, () => getOffer(db, editor.regionId, id));

export interface OfferLabel {
  title: string;
  organisationName: string;
  /** Still on the map; an archived offer keeps its name in plans that point to it. */
  visible: boolean;
}

/** Names of offers that plans point to, archived ones included, for showing a referral. */
export async function offerLabels(db: Db, regionId: string, ids: readonly string[]): Promise<Map<string, OfferLabel>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('social_offers as o')
    .innerJoin('organisations as org', (j) => j.onRef('org.id', '=', 'o.organisation_id').onRef('org.region_id', '=', 'o.region_id'))
    .select(['o.id', 'o.title', 'org.name', 'o.archived_at', 'org.archived_at as org_archived_at'])
    .where('o.region_id', '=', regionId)
    .where('o.id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, { title: r.title, organisationName: r.name, visible: r.archived_at === null && r.org_archived_at === null }]));
}
