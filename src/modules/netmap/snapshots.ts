import { withClientAccess, todayInNl, type AccessScope, type Actor } from '../../platform/access/index.js';
import type { Db } from '../../platform/db/database.js';
import { forbidden, invalid, notFound } from '../../platform/errors.js';
import { diffEntries } from './diff.js';
import type { DiffView, SnapshotDetail, SnapshotInput, SnapshotList, SnapshotSummary } from './model.js';
import { editsMap, type Ctx } from './persons.js';
import { personAsEntry, personsOf, toEntry, toSnapshotSummary } from './views.js';

const snapshotsOf = (db: Db, scope: AccessScope) => db.selectFrom('network_snapshots').where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId);

async function summaries(db: Db, scope: AccessScope, id?: string): Promise<SnapshotSummary[]> {
  const rows = await snapshotsOf(db, scope)
    .selectAll()
    .select((eb) =>
      eb
        .selectFrom('network_snapshot_entries as e')
        .whereRef('e.snapshot_id', '=', 'network_snapshots.id')
        .whereRef('e.region_id', '=', 'network_snapshots.region_id')
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('person_count'),
    )
    .$if(id !== undefined, (q) => q.where('id', '=', id ?? ''))
    .orderBy('taken_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((r) => toSnapshotSummary(r, Number(r.person_count ?? 0)));
}

async function entriesOf(db: Db, scope: AccessScope, snapshotId: string) {
  const rows = await db
    .selectFrom('network_snapshot_entries')
    .selectAll()
    .where('region_id', '=', scope.regionId)
    .where('snapshot_id', '=', snapshotId)
    .orderBy('removed')
    .orderBy('display_name')
    .orderBy('person_key')
    .execute();
  return rows.map(toEntry);
}

async function oneSnapshot(db: Db, scope: AccessScope, id: string, field?: string): Promise<SnapshotSummary> {
  const [s] = await summaries(db, scope, id.toLowerCase());
  if (!s) throw field ? invalid(field, 'Deze momentopname bestaat niet.', 'This snapshot does not exist.') : notFound();
  return s;
}

export function listSnapshots(ctx: Ctx, actor: Actor, clientId: string, requestId: string | null): Promise<SnapshotList> {
  return withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'read', purpose: 'momentopnamen van de netwerkkaart bekijken', requestId }, async (db, scope) => ({
    snapshots: await summaries(db, scope),
    canSave: editsMap(scope),
  }));
}

/** Copies the map as it is now into a dated snapshot (at intake, an evaluation, or another moment). */
export function saveSnapshot(ctx: Ctx, actor: Actor, clientId: string, input: SnapshotInput, requestId: string | null): Promise<SnapshotSummary> {
  return withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'create', purpose: 'momentopname van de netwerkkaart bewaard', requestId }, async (db, scope) => {
    if (!editsMap(scope)) throw forbidden();
    if (input.takenOn > todayInNl()) throw invalid('takenOn', 'Een momentopname kan niet in de toekomst liggen.', 'A snapshot cannot be in the future.');
    const id = await db.transaction().execute(async (trx) => {
      const persons = await personsOf(trx, scope).selectAll().forShare().execute();
      const snap = await trx
        .insertInto('network_snapshots')
        .values({ region_id: scope.regionId, client_id: scope.clientId, label: input.label, taken_on: input.takenOn, note: input.note, created_by: actor.userId, created_by_label: actor.label })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (persons.length) {
        await trx
          .insertInto('network_snapshot_entries')
          .values(
            persons.map((p) => ({
              region_id: scope.regionId,
              snapshot_id: snap.id,
              person_key: p.id,
              display_name: p.display_name,
              birth_date: p.birth_date,
              gender: p.gender,
              relation: p.relation,
              sector: p.sector,
              closeness: p.closeness,
              quality: p.quality,
              support_given: JSON.stringify(p.support_given),
              support_received: JSON.stringify(p.support_received),
              contact_frequency: p.contact_frequency,
              paid: p.paid,
              status: p.status,
              note: p.note,
              deceased: p.deceased,
            })),
          )
          .execute();
      }
      return snap.id;
    });
    return oneSnapshot(db, scope, id);
  });
}

export function getSnapshot(ctx: Ctx, actor: Actor, clientId: string, snapshotId: string, requestId: string | null): Promise<SnapshotDetail> {
  return withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'read', purpose: 'momentopname van de netwerkkaart bekijken', requestId }, async (db, scope) => {
    const snapshot = await oneSnapshot(db, scope, snapshotId);
    return { snapshot, entries: await entriesOf(db, scope, snapshot.id) };
  });
}

/** "Wat is er veranderd?" between a snapshot and a later one, or the map as it is now. */
export function compareSnapshots(ctx: Ctx, actor: Actor, clientId: string, fromId: string, toId: string | undefined, requestId: string | null): Promise<DiffView> {
  return withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'read', purpose: 'veranderingen in de netwerkkaart bekijken', requestId }, async (db, scope) => {
    const from = await oneSnapshot(db, scope, fromId, 'from');
    const to = toId === undefined ? null : await oneSnapshot(db, scope, toId, 'to');
    const before = await entriesOf(db, scope, from.id);
    const after = to ? await entriesOf(db, scope, to.id) : (await personsOf(db, scope).selectAll().execute()).map(personAsEntry);
    return { from: { snapshot: from }, to: { snapshot: to }, ...diffEntries(before, after), sizeBefore: before.length, sizeAfter: after.length };
  });
}
