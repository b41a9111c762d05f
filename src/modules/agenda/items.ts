import { todayInNl, withClientAccess, type AccessScope, type Actor } from '../../platform/access/index.js';
import type { AppContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { conflict, invalid, notFound } from '../../platform/errors.js';
import { loadItems, itemDates, toItemView, type ItemRow, type LoadedItem } from './item-views.js';
import type { CancelInput, ItemInput, ItemUpdate, ItemView, SkipInput } from './model.js';
import { noticeMail } from './mails.js';
import { recipients, resolveAttendees, type Invitable } from './people.js';
import { addDays, minutesBetween, nlInstant, normaliseRecurrence } from './recurrence.js';
import type { NoticeKind } from './schema.js';

export type AgendaCtx = Pick<AppContext, 'db' | 'audit' | 'log' | 'mail' | 'config'>;

const itemNotFound = () => notFound({ nl: 'Deze afspraak bestaat niet (meer).', en: 'This appointment does not exist (any more).' });

interface Schedule {
  startsAt: Date;
  endsAt: Date;
  localTime: string;
  recurrence: string | null;
  repeatUntil: string | null;
}

/** Checks the times before anything is opened, so a wrong form costs no access-log line. */
function scheduleOf(input: ItemInput, today = todayInNl()): Schedule {
  if (minutesBetween(input.startTime, input.endTime) <= 0) {
    throw invalid('endTime', 'De eindtijd moet later zijn dan de begintijd.', 'The end time must be later than the start time.');
  }
  if (input.date < addDays(today, -3 * 366) || input.date > addDays(today, 5 * 366)) {
    throw invalid('date', 'Kies een datum binnen vijf jaar.', 'Choose a date within five years.');
  }
  const recurrence = input.recurrence ? normaliseRecurrence(input.recurrence) : null;
  if (recurrence !== null && input.repeatUntil !== null && input.repeatUntil < input.date) {
    throw invalid('repeatUntil', 'De herhaling kan niet stoppen vóór de eerste datum.', 'The repetition cannot stop before the first date.');
  }
  return {
    startsAt: nlInstant(input.date, input.startTime),
    endsAt: nlInstant(input.date, input.endTime),
    localTime: input.startTime,
    recurrence,
    repeatUntil: recurrence === null ? null : input.repeatUntil,
  };
}

interface Told {
  userId: string;
  kind: Exclude<NoticeKind, 'reminder'>;
  occursAt?: Date;
}

async function addNotices(trx: Db, scope: AccessScope, itemId: string, told: readonly Told[]): Promise<void> {
  if (told.length === 0) return;
  await trx
    .insertInto('agenda_notices')
    .values(told.map((t) => ({ region_id: scope.regionId, client_id: scope.clientId, item_id: itemId, user_id: t.userId, kind: t.kind, occurs_at: t.occursAt ?? null })))
    .execute();
}

/**
 * After the change is committed: one mail per person, without details. A mail that cannot be
 * queued must not undo a saved change; the notice in the app is there either way.
 */
async function mailAll(ctx: AgendaCtx, regionId: string, told: readonly Told[]): Promise<void> {
  const link = `${ctx.config.publicUrl}/agenda`;
  for (const r of await recipients(ctx.db, [...new Set(told.map((t) => t.userId))])) {
    const kind = told.find((t) => t.userId === r.userId)!.kind;
    try {
      await ctx.mail.send({ regionId, to: r.email, ...noticeMail(r.locale, kind, link) });
    } catch (err) {
      ctx.log.warn({ error: err instanceof Error ? err.message : String(err) }, 'agenda notice mail could not be queued');
    }
  }
}

async function lockItem(trx: Db, scope: AccessScope, itemId: string): Promise<ItemRow> {
  const row = await trx.selectFrom('agenda_items').selectAll().where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).where('id', '=', itemId).forUpdate().executeTakeFirst();
  if (!row) throw itemNotFound();
  return row;
}

async function viewOf(db: Db, scope: AccessScope, itemId: string): Promise<ItemView> {
  const [item] = await loadItems(db, scope.regionId, scope.clientId, { ids: [itemId] });
  if (!item) throw itemNotFound();
  return toItemView(item);
}

/** A stale version or an item cancelled meanwhile: 409 with what is there now. */
async function assertCurrent(trx: Db, scope: AccessScope, row: ItemRow, version: number): Promise<void> {
  if (row.version !== version || row.cancelled_at !== null) throw conflict(await viewOf(trx, scope, row.id));
}

export async function createItem(ctx: AgendaCtx, actor: Actor, clientId: string, input: ItemInput, requestId: string | null): Promise<ItemView> {
  const s = scheduleOf(input);
  return withClientAccess(ctx, actor, { clientId, category: 'agenda', action: 'create', purpose: 'een afspraak in de agenda zetten', requestId }, async (db, scope) => {
    const { id, told } = await db.transaction().execute(async (trx) => {
      const attendees = await resolveAttendees(trx, scope.regionId, scope.clientId, input.attendeeUserIds);
      const row = await trx
        .insertInto('agenda_items')
        .values({
          region_id: scope.regionId,
          client_id: scope.clientId,
          kind: input.kind,
          title: input.title,
          notes: input.notes,
          location: input.location,
          starts_at: s.startsAt,
          ends_at: s.endsAt,
          local_time: s.localTime,
          recurrence: s.recurrence,
          repeat_until: s.repeatUntil,
          created_by: actor.userId,
          created_by_label: actor.label,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await insertAttendees(trx, scope, row.id, attendees);
      const told: Told[] = attendees.filter((a) => a.userId !== actor.userId).map((a) => ({ userId: a.userId, kind: 'new' }));
      await addNotices(trx, scope, row.id, told);
      return { id: row.id, told };
    });
    await mailAll(ctx, scope.regionId, told);
    return viewOf(db, scope, id);
  });
}

async function insertAttendees(trx: Db, scope: AccessScope, itemId: string, people: readonly Invitable[]): Promise<void> {
  if (people.length === 0) return;
  await trx
    .insertInto('agenda_attendees')
    .values(people.map((p) => ({ region_id: scope.regionId, client_id: scope.clientId, item_id: itemId, user_id: p.userId, link_id: p.linkId, label: p.label })))
    .execute();
}

/** The new list; people already invited may stay even when they could not be invited today. */
async function nextAttendees(trx: Db, scope: AccessScope, current: LoadedItem['attendees'], wanted: readonly string[]): Promise<Invitable[]> {
  const ids = [...new Set(wanted.map((w) => w.toLowerCase()))];
  const kept = current.filter((a) => ids.includes(a.userId));
  const added = await resolveAttendees(
    trx,
    scope.regionId,
    scope.clientId,
    ids.filter((id) => !kept.some((k) => k.userId === id)),
  );
  return [...kept, ...added];
}

export async function updateItem(ctx: AgendaCtx, actor: Actor, clientId: string, itemId: string, input: ItemUpdate, requestId: string | null): Promise<ItemView> {
  const s = scheduleOf(input);
  return withClientAccess(ctx, actor, { clientId, category: 'agenda', action: 'update', purpose: 'een afspraak in de agenda veranderen', requestId }, async (db, scope) => {
    const told = await db.transaction().execute(async (trx) => {
      const row = await lockItem(trx, scope, itemId);
      await assertCurrent(trx, scope, row, input.version);
      const [loaded] = await loadItems(trx, scope.regionId, scope.clientId, { ids: [itemId] });
      const before = loaded?.attendees ?? [];
      const after = await nextAttendees(trx, scope, before, input.attendeeUserIds);
      await trx
        .updateTable('agenda_items')
        .set((eb) => ({
          kind: input.kind,
          title: input.title,
          notes: input.notes,
          location: input.location,
          starts_at: s.startsAt,
          ends_at: s.endsAt,
          local_time: s.localTime,
          recurrence: s.recurrence,
          repeat_until: s.repeatUntil,
          version: eb('version', '+', 1),
          updated_at: new Date(),
        }))
        .where('id', '=', itemId)
        .execute();
      const removed = before.filter((b) => !after.some((a) => a.userId === b.userId));
      const added = after.filter((a) => !before.some((b) => b.userId === a.userId));
      if (removed.length > 0) {
        await trx
          .deleteFrom('agenda_attendees')
          .where('item_id', '=', itemId)
          .where('user_id', 'in', removed.map((r) => r.userId))
          .execute();
      }
      await insertAttendees(trx, scope, itemId, added);
      const moved =
        row.starts_at.getTime() !== s.startsAt.getTime() ||
        row.ends_at.getTime() !== s.endsAt.getTime() ||
        row.recurrence !== s.recurrence ||
        row.repeat_until !== s.repeatUntil ||
        row.location !== input.location;
      const told: Told[] = [
        ...added.map((a) => ({ userId: a.userId, kind: 'new' as const })),
        ...removed.map((r) => ({ userId: r.userId, kind: 'uninvited' as const })),
        ...(moved ? after.filter((a) => !added.includes(a)).map((a) => ({ userId: a.userId, kind: 'changed' as const })) : []),
      ].filter((t) => t.userId !== actor.userId);
      await addNotices(trx, scope, itemId, told);
      return told;
    });
    await mailAll(ctx, scope.regionId, told);
    return viewOf(db, scope, itemId);
  });
}

/** The whole appointment (or series) is off; everyone invited hears it. */
export async function cancelItem(ctx: AgendaCtx, actor: Actor, clientId: string, itemId: string, input: CancelInput, requestId: string | null): Promise<ItemView> {
  return withClientAccess(ctx, actor, { clientId, category: 'agenda', action: 'update', purpose: 'een afspraak afzeggen', requestId }, async (db, scope) => {
    const told = await db.transaction().execute(async (trx) => {
      const row = await lockItem(trx, scope, itemId);
      await assertCurrent(trx, scope, row, input.version);
      await trx
        .updateTable('agenda_items')
        .set((eb) => ({
          cancelled_at: new Date(),
          cancelled_by: actor.userId,
          cancelled_by_label: actor.label,
          cancel_reason: input.reason,
          version: eb('version', '+', 1),
          updated_at: new Date(),
        }))
        .where('id', '=', itemId)
        .execute();
      const attendees = await trx.selectFrom('agenda_attendees').select('user_id').where('item_id', '=', itemId).execute();
      const told: Told[] = attendees.filter((a) => a.user_id !== actor.userId).map((a) => ({ userId: a.user_id, kind: 'cancelled' }));
      await addNotices(trx, scope, itemId, told);
      return told;
    });
    await mailAll(ctx, scope.regionId, told);
    return viewOf(db, scope, itemId);
  });
}

/** One date of a series is off ("this Tuesday no coffee"); the series goes on. */
export async function skipOccurrence(ctx: AgendaCtx, actor: Actor, clientId: string, itemId: string, input: SkipInput, requestId: string | null): Promise<ItemView> {
  return withClientAccess(ctx, actor, { clientId, category: 'agenda', action: 'update', purpose: 'één keer van een afspraak afzeggen', requestId }, async (db, scope) => {
    const told = await db.transaction().execute(async (trx) => {
      const row = await lockItem(trx, scope, itemId);
      await assertCurrent(trx, scope, row, input.version);
      if (row.recurrence === null) throw invalid('date', 'Dit is een losse afspraak. Zeg de hele afspraak af.', 'This is a single appointment. Cancel the whole appointment.');
      const [date] = itemDates(row, input.date, input.date);
      if (!date) throw invalid('date', 'Op deze dag is er geen afspraak.', 'There is no appointment on this day.');
      await trx
        .insertInto('agenda_item_skips')
        .values({ region_id: scope.regionId, client_id: scope.clientId, item_id: itemId, occurs_on: input.date, reason: input.reason, cancelled_by: actor.userId, cancelled_by_label: actor.label })
        .onConflict((oc) => oc.columns(['item_id', 'occurs_on']).doNothing())
        .execute();
      await trx
        .updateTable('agenda_items')
        .set((eb) => ({ version: eb('version', '+', 1), updated_at: new Date() }))
        .where('id', '=', itemId)
        .execute();
      const attendees = await trx.selectFrom('agenda_attendees').select('user_id').where('item_id', '=', itemId).execute();
      const told: Told[] = attendees.filter((a) => a.user_id !== actor.userId).map((a) => ({ userId: a.user_id, kind: 'cancelled', occursAt: date.start }));
      await addNotices(trx, scope, itemId, told);
      return told;
    });
    await mailAll(ctx, scope.regionId, told);
    return viewOf(db, scope, itemId);
  });
}
