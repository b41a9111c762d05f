import type { Selectable } from 'kysely';
import { withClientAccess, type AccessScope, type Actor } from '../../platform/access/index.js';
import type { Db } from '../../platform/db/database.js';
import { conflict, invalid, notFound } from '../../platform/errors.js';
import { duplicateGroups } from './duplicates.js';
import { orderedEnds } from './family.js';
import type { DuplicatesView, MergeInput, PersonView } from './model.js';
import { onePerson, type Ctx } from './persons.js';
import type { NetworkPersonsTable } from './schema.js';
import { personViews, personsOf } from './views.js';

type Row = Selectable<NetworkPersonsTable>;

export function listDuplicates(ctx: Ctx, actor: Actor, clientId: string, requestId: string | null): Promise<DuplicatesView> {
  return withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'read', purpose: 'dubbele personen op de netwerkkaart bekijken', requestId }, async (db, scope) => {
    const groups = duplicateGroups(await personViews(db, scope));
    return { groups: groups.map((persons) => ({ displayName: persons[0]?.displayName ?? '', persons })) };
  });
}

const NOTE_MAX = 1000;

/** What the kept person becomes: their own answers first, the other's where theirs are empty. */
function combined(keep: Row, other: Row) {
  const notes = [keep.note, other.note].filter((n): n is string => !!n);
  const note = notes.length === 2 && notes[0] !== notes[1] ? `${notes[0]}\n\n${notes[1]}`.slice(0, NOTE_MAX) : (notes[0] ?? null);
  return {
    birth_date: keep.birth_date ?? other.birth_date,
    gender: keep.gender ?? other.gender,
    contact_frequency: keep.contact_frequency ?? other.contact_frequency,
    note,
    support_given: JSON.stringify([...new Set([...keep.support_given, ...other.support_given])]),
    support_received: JSON.stringify([...new Set([...keep.support_received, ...other.support_received])]),
    deceased: keep.deceased || other.deceased,
    link_id: keep.link_id ?? other.link_id,
    invitation_id: keep.invitation_id ?? other.invitation_id,
    pos_x: keep.pos_x ?? other.pos_x,
    pos_y: keep.pos_x === null ? other.pos_y : keep.pos_y,
  };
}

/** The other person's family links, re-pointed at the kept person; links that would become doubles or loops go. */
async function moveFamilyLinks(trx: Db, scope: AccessScope, keepId: string, otherId: string): Promise<void> {
  const links = await trx.selectFrom('network_family_links').selectAll().where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).execute();
  const swap = (id: string | null) => (id === otherId ? keepId : id);
  const keyOf = (kind: string, from: string | null, to: string | null) => `${kind}:${from ?? 'client'}:${to ?? 'client'}`;
  const kept = new Set(links.filter((l) => l.from_person_id !== otherId && l.to_person_id !== otherId).map((l) => keyOf(l.kind, l.from_person_id, l.to_person_id)));
  const moving = links.filter((l) => l.from_person_id === otherId || l.to_person_id === otherId);
  if (moving.length === 0) return;
  await trx.deleteFrom('network_family_links').where('region_id', '=', scope.regionId).where('id', 'in', moving.map((l) => l.id)).execute();
  for (const l of moving) {
    const ends = orderedEnds(l.kind, swap(l.from_person_id), swap(l.to_person_id));
    if (ends.from === ends.to) continue;
    const key = keyOf(l.kind, ends.from, ends.to);
    if (kept.has(key)) continue;
    kept.add(key);
    await trx
      .insertInto('network_family_links')
      .values({ region_id: scope.regionId, client_id: scope.clientId, kind: l.kind, from_person_id: ends.from, to_person_id: ends.to, created_by: l.created_by })
      .execute();
  }
}

/** In snapshots the other person becomes the kept one; where a snapshot held both, the other's entry goes. */
async function moveSnapshotEntries(trx: Db, scope: AccessScope, keepId: string, otherId: string): Promise<void> {
  const ofClient = trx.selectFrom('network_snapshots').select('id').where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId);
  const holdingKeep = trx.selectFrom('network_snapshot_entries').select('snapshot_id').where('region_id', '=', scope.regionId).where('person_key', '=', keepId);
  await trx
    .deleteFrom('network_snapshot_entries')
    .where('region_id', '=', scope.regionId)
    .where('person_key', '=', otherId)
    .where('snapshot_id', 'in', ofClient)
    .where('snapshot_id', 'in', holdingKeep)
    .execute();
  await trx.updateTable('network_snapshot_entries').set({ person_key: keepId }).where('region_id', '=', scope.regionId).where('person_key', '=', otherId).where('snapshot_id', 'in', ofClient).execute();
}

/**
 * Merges `input.otherId` into `personId` in one transaction: fields combined, family links and
 * snapshot entries moved, the other removed. Both versions must be the ones the user compared;
 * otherwise 409 with both as they are now.
 */
export function mergePersons(ctx: Ctx, actor: Actor, clientId: string, personId: string, input: MergeInput, requestId: string | null): Promise<PersonView> {
  return withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'update', purpose: 'dubbele personen op de netwerkkaart samengevoegd', requestId }, async (db, scope) => {
    if (input.otherId.toLowerCase() === personId.toLowerCase()) throw invalid('otherId', 'Kies een andere persoon om samen te voegen.', 'Choose another person to merge with.');
    await db.transaction().execute(async (trx) => {
      // Always lock in the same order, so two merges of the same pair cannot deadlock.
      const [first, second] = [personId.toLowerCase(), input.otherId.toLowerCase()].sort();
      const locked = new Map<string, Row>();
      for (const id of [first, second] as string[]) {
        const row = await personsLockOrMissing(trx, scope, id);
        if (!row) throw id === input.otherId.toLowerCase() ? invalid('otherId', 'Deze persoon staat niet (meer) op de kaart.', 'This person is not on the map (any more).') : notFound();
        locked.set(id, row);
      }
      const keep = locked.get(personId.toLowerCase()) as Row;
      const other = locked.get(input.otherId.toLowerCase()) as Row;
      if (keep.version !== input.version || other.version !== input.otherVersion) {
        throw conflict({ person: await onePerson(trx, scope, keep.id), other: await onePerson(trx, scope, other.id) });
      }
      if (keep.link_id && other.link_id && keep.link_id !== other.link_id) {
        throw invalid('otherId', 'Deze twee zijn verschillende leden van de kring. Die kun je niet samenvoegen.', 'These two are different members of the circle and cannot be merged.');
      }
      const values = combined(keep, other);
      await moveFamilyLinks(trx, scope, keep.id, other.id);
      await moveSnapshotEntries(trx, scope, keep.id, other.id);
      // The other goes first: the link to a circle member may be only on one person at a time.
      await trx.deleteFrom('network_persons').where('region_id', '=', scope.regionId).where('id', '=', other.id).execute();
      await trx
        .updateTable('network_persons')
        .set((eb) => ({ ...values, updated_at: new Date(), version: eb('version', '+', 1) }))
        .where('region_id', '=', scope.regionId)
        .where('id', '=', keep.id)
        .execute();
    });
    return onePerson(db, scope, personId);
  });
}

async function personsLockOrMissing(trx: Db, scope: AccessScope, id: string): Promise<Row | null> {
  return (await personsOf(trx, scope).selectAll().where('id', '=', id).forUpdate().executeTakeFirst()) ?? null;
}
