import { sql } from 'kysely';
import type { AppContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { withClientAccess, type AccessScope, type Actor } from '../../platform/access/index.js';
import { conflict, notFound } from '../../platform/errors.js';
import { duplicateGroups, likelySame } from './duplicates.js';
import type { AddedPerson, MapView, MemberNotOnMap, PersonEdit, PersonInput, PersonView, PlaceMemberInput, PositionInput } from './model.js';
import { insertPerson, personColumns } from './person-rows.js';
import { personViews, personsOf, toFamilyView } from './views.js';

export type Ctx = Pick<AppContext, 'db' | 'audit' | 'log'>;

/** The client, whoever decides for them, and members who may contribute to 'netwerk' change the map. */
export const editsMap = (s: AccessScope) => s.relation === 'self' || s.decidesAs !== null || s.level === 'contribute';
/** Inviting shares the client's name: for the client, a representative, or a professional of the circle. */
const invitesFromMap = (s: AccessScope) => editsMap(s) && ['self', 'vertegenwoordiger', 'professional'].includes(s.relation);

/** One person of this client's map, locked for a change; someone else's person is "not found". */
export async function lockPerson(db: Db, scope: AccessScope, id: string) {
  const row = await personsOf(db, scope).selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

export async function onePerson(db: Db, scope: AccessScope, id: string): Promise<PersonView> {
  const [view] = await personViews(db, scope, [id]);
  if (!view) throw notFound();
  return view;
}

/**
 * A person invited from the map who has since joined the circle becomes linked to their membership.
 * The joining happens in the invitations module; the map records the link the next time it is read.
 */
async function linkJoinedInvitees(db: Db, scope: AccessScope): Promise<void> {
  await sql`
    UPDATE network_persons p SET link_id = l.id
      FROM invitations i
      JOIN client_links l ON l.region_id = i.region_id AND l.client_id = i.client_id AND l.user_id = i.accepted_user_id
     WHERE p.region_id = ${scope.regionId} AND p.client_id = ${scope.clientId}
       AND p.link_id IS NULL AND p.invitation_id = i.id AND i.region_id = p.region_id
       AND NOT EXISTS (SELECT 1 FROM network_persons q WHERE q.link_id = l.id)`.execute(db);
}

async function membersNotOnMap(db: Db, scope: AccessScope): Promise<MemberNotOnMap[]> {
  const rows = await db
    .selectFrom('client_links as l')
    .innerJoin('users as u', (j) => j.onRef('u.id', '=', 'l.user_id').onRef('u.region_id', '=', 'l.region_id'))
    .select(['l.id', 'l.relation', 'l.label', 'u.display_name'])
    .where('l.region_id', '=', scope.regionId)
    .where('l.client_id', '=', scope.clientId)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('network_persons as p').select('p.id').whereRef('p.link_id', '=', 'l.id'))))
    .orderBy('u.display_name')
    .execute();
  return rows.map((r) => ({ linkId: r.id, name: r.display_name, relation: r.relation, label: r.label }));
}

export function getMap(ctx: Ctx, actor: Actor, clientId: string, requestId: string | null): Promise<MapView> {
  return withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'read', purpose: 'de netwerkkaart bekijken', requestId }, async (db, scope) => {
    await linkJoinedInvitees(db, scope);
    const [persons, family, members] = await Promise.all([
      personViews(db, scope),
      db.selectFrom('network_family_links').selectAll().where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).orderBy('created_at').orderBy('id').execute(),
      membersNotOnMap(db, scope),
    ]);
    return {
      persons,
      family: family.map(toFamilyView),
      membersNotOnMap: members,
      duplicates: duplicateGroups(persons).map((g) => ({ displayName: g[0]?.displayName ?? '', personIds: g.map((p) => p.id) })),
      canEdit: editsMap(scope),
      canInvite: invitesFromMap(scope),
    };
  });
}

export function getPerson(ctx: Ctx, actor: Actor, clientId: string, personId: string, requestId: string | null): Promise<PersonView> {
  return withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'read', purpose: 'een persoon op de netwerkkaart bekijken', requestId }, (db, scope) =>
    onePerson(db, scope, personId),
  );
}

/** Adds a person; people who look like the same person come back as a warning, not a refusal. */
export function addPerson(ctx: Ctx, actor: Actor, clientId: string, input: PersonInput, requestId: string | null): Promise<AddedPerson> {
  return withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'create', purpose: 'persoon op de netwerkkaart gezet', requestId }, async (db, scope) => {
    const row = await insertPerson(db, scope.regionId, scope.clientId, actor.userId, input);
    const all = await personViews(db, scope);
    const person = all.find((p) => p.id === row.id);
    if (!person) throw notFound();
    return { person, duplicates: likelySame(person, all) };
  });
}

export function editPerson(ctx: Ctx, actor: Actor, clientId: string, personId: string, input: PersonEdit, requestId: string | null): Promise<PersonView> {
  return withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'update', purpose: 'persoon op de netwerkkaart aangepast', requestId }, async (db, scope) => {
    const saved = await db.transaction().execute(async (trx) => {
      const row = await lockPerson(trx, scope, personId);
      if (row.version !== input.version) throw conflict(await onePerson(trx, scope, personId));
      await trx
        .updateTable('network_persons')
        .set((eb) => ({
          ...personColumns(input),
          updated_at: new Date(),
          version: eb('version', '+', 1),
        }))
        .where('region_id', '=', scope.regionId)
        .where('id', '=', personId)
        .execute();
      return personId;
    });
    return onePerson(db, scope, saved);
  });
}

/** A dragged (or keyboard-moved) position; null puts the person back where the app lays them out. */
export function movePerson(ctx: Ctx, actor: Actor, clientId: string, personId: string, input: PositionInput, requestId: string | null): Promise<PersonView> {
  return withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'update', purpose: 'persoon op de netwerkkaart verplaatst', requestId }, async (db, scope) => {
    const both = input.posX !== null && input.posY !== null;
    await db.transaction().execute(async (trx) => {
      const row = await lockPerson(trx, scope, personId);
      if (row.version !== input.version) throw conflict(await onePerson(trx, scope, personId));
      await trx
        .updateTable('network_persons')
        .set((eb) => ({ pos_x: both ? input.posX : null, pos_y: both ? input.posY : null, updated_at: new Date(), version: eb('version', '+', 1) }))
        .where('region_id', '=', scope.regionId)
        .where('id', '=', personId)
        .execute();
    });
    return onePerson(db, scope, personId);
  });
}

/** "Indeling herstellen": every dragged person goes back to the app's layout. */
export function resetLayout(ctx: Ctx, actor: Actor, clientId: string, requestId: string | null): Promise<number> {
  return withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'update', purpose: 'indeling van de netwerkkaart hersteld', requestId }, async (db, scope) => {
    const res = await db
      .updateTable('network_persons')
      .set((eb) => ({ pos_x: null, pos_y: null, updated_at: new Date(), version: eb('version', '+', 1) }))
      .where('region_id', '=', scope.regionId)
      .where('client_id', '=', scope.clientId)
      .where((eb) => eb.or([eb('pos_x', 'is not', null), eb('pos_y', 'is not', null)]))
      .executeTakeFirst();
    return Number(res.numUpdatedRows);
  });
}

/**
 * Removes a person from the map. Snapshots keep them, anonymised: the relation stays ("buurman"),
 * the name, birth date, gender and note go. Family links go with the person.
 */
export function deletePerson(ctx: Ctx, actor: Actor, clientId: string, personId: string, version: number, requestId: string | null): Promise<void> {
  return withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'delete', purpose: 'persoon van de netwerkkaart gehaald', requestId }, async (db, scope) => {
    await db.transaction().execute(async (trx) => {
      const row = await lockPerson(trx, scope, personId);
      if (row.version !== version) throw conflict(await onePerson(trx, scope, personId));
      await anonymiseInSnapshots(trx, scope, personId);
      await trx.deleteFrom('network_persons').where('region_id', '=', scope.regionId).where('id', '=', personId).execute();
    });
  });
}

export async function anonymiseInSnapshots(db: Db, scope: AccessScope, personKey: string): Promise<void> {
  await db
    .updateTable('network_snapshot_entries')
    .set({ removed: true, display_name: null, birth_date: null, gender: null, note: null })
    .where('region_id', '=', scope.regionId)
    .where('person_key', '=', personKey)
    .where('snapshot_id', 'in', db.selectFrom('network_snapshots').select('id').where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId))
    .execute();
}

const DEFAULT_RELATION: Record<string, string> = { naaste: 'naaste', vrijwilliger: 'vrijwilliger', professional: 'professional', vertegenwoordiger: 'vertegenwoordiger' };

/** "Ook in de kring: Jessica (zus) — zet op de kaart": a circle member becomes a person on the map, linked. */
export function placeMember(ctx: Ctx, actor: Actor, clientId: string, linkId: string, input: PlaceMemberInput, requestId: string | null): Promise<PersonView> {
  return withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'create', purpose: 'lid van de kring op de netwerkkaart gezet', requestId }, async (db, scope) => {
    const id = await db.transaction().execute(async (trx) => {
      const member = (await membersNotOnMap(trx, scope)).find((m) => m.linkId === linkId.toLowerCase());
      if (!member) throw notFound({ nl: 'Dit lid van de kring is niet gevonden of staat al op de kaart.', en: 'This circle member was not found or is on the map already.' });
      const row = await insertPerson(trx, scope.regionId, scope.clientId, actor.userId, {
        displayName: member.name.slice(0, 120),
        relation: (member.label ?? DEFAULT_RELATION[member.relation] ?? member.relation).slice(0, 80),
        sector: input.sector,
        closeness: input.closeness,
        quality: 'steunend',
        supportGiven: [],
        supportReceived: [],
        contactFrequency: null,
        paid: member.relation === 'professional',
        status: 'actief',
        note: null,
        birthDate: null,
        gender: null,
        deceased: false,
      });
      await trx.updateTable('network_persons').set({ link_id: member.linkId }).where('region_id', '=', scope.regionId).where('id', '=', row.id).execute();
      return row.id;
    });
    return onePerson(db, scope, id);
  });
}
