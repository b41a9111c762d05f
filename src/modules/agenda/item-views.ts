import type { Selectable } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { ItemView, OccurrenceView } from './model.js';
import { expand, minutesBetween, nlParts, type Occurrence } from './recurrence.js';
import type { AgendaItemsTable } from './schema.js';

export type ItemRow = Selectable<AgendaItemsTable>;

const DAY_MS = 86_400_000;

export interface LoadedItem {
  row: ItemRow;
  attendees: { userId: string; linkId: string | null; label: string }[];
  skipped: { date: string; reason: string | null }[];
}

/** Items of one client; with a window only those that can have a date in it. Runs inside withClientAccess. */
export async function loadItems(db: Db, regionId: string, clientId: string, o: { ids?: readonly string[]; from?: string; to?: string } = {}): Promise<LoadedItem[]> {
  if (o.ids && o.ids.length === 0) return [];
  let q = db.selectFrom('agenda_items').selectAll().where('region_id', '=', regionId).where('client_id', '=', clientId);
  if (o.ids) q = q.where('id', 'in', [...o.ids]);
  // A day of margin on both sides covers the Dutch offset from UTC; expand() then keeps the exact days.
  if (o.to !== undefined) q = q.where('starts_at', '<', new Date(Date.parse(`${o.to}T00:00:00Z`) + 2 * DAY_MS));
  if (o.from !== undefined) {
    const from = new Date(Date.parse(`${o.from}T00:00:00Z`) - DAY_MS);
    const fromDay = o.from;
    q = q.where((eb) =>
      eb.or([eb('ends_at', '>=', from), eb.and([eb('recurrence', 'is not', null), eb.or([eb('repeat_until', 'is', null), eb('repeat_until', '>=', fromDay)])])]),
    );
  }
  const rows = await q.orderBy('starts_at').orderBy('id').execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [attendees, skips] = await Promise.all([
    db.selectFrom('agenda_attendees').select(['item_id', 'user_id', 'link_id', 'label']).where('region_id', '=', regionId).where('item_id', 'in', ids).orderBy('label').execute(),
    db.selectFrom('agenda_item_skips').select(['item_id', 'occurs_on', 'reason']).where('region_id', '=', regionId).where('item_id', 'in', ids).orderBy('occurs_on').execute(),
  ]);
  return rows.map((row) => ({
    row,
    attendees: attendees.filter((a) => a.item_id === row.id).map((a) => ({ userId: a.user_id, linkId: a.link_id, label: a.label })),
    skipped: skips.filter((s) => s.item_id === row.id).map((s) => ({ date: s.occurs_on, reason: s.reason })),
  }));
}

export function toItemView(item: LoadedItem): ItemView {
  const r = item.row;
  const start = nlParts(r.starts_at);
  return {
    id: r.id,
    clientId: r.client_id,
    kind: r.kind,
    title: r.title,
    notes: r.notes,
    location: r.location,
    date: start.day,
    startTime: r.local_time,
    endTime: nlParts(r.ends_at).time,
    recurrence: r.recurrence,
    repeatUntil: r.repeat_until,
    attendees: item.attendees.map((a) => ({ userId: a.userId, label: a.label })),
    skipped: item.skipped,
    cancelled: r.cancelled_at ? { at: r.cancelled_at.toISOString(), byLabel: r.cancelled_by_label, reason: r.cancel_reason } : null,
    createdByLabel: r.created_by_label,
    version: r.version,
  };
}

/** The dates of an item in a window of Dutch days, at its local start time. */
export function itemDates(row: ItemRow, from: string, to: string): Occurrence[] {
  const first = nlParts(row.starts_at);
  const minutes = Math.round((row.ends_at.getTime() - row.starts_at.getTime()) / 60_000);
  return expand({ firstDay: first.day, localTime: row.local_time, durationMinutes: minutes, recurrence: row.recurrence, until: row.repeat_until }, from, to);
}

export function itemOccurrences(item: LoadedItem, from: string, to: string): OccurrenceView[] {
  const r = item.row;
  const endTime = nlParts(r.ends_at).time;
  return itemDates(r, from, to).map((o) => {
    const skip = item.skipped.find((s) => s.date === o.day);
    return {
      key: `item:${r.id}:${o.day}`,
      source: 'item' as const,
      itemId: r.id,
      taskId: null,
      clientId: r.client_id,
      kind: r.kind,
      title: r.title,
      date: o.day,
      startTime: r.local_time,
      // A series keeps its local end time as well; a one-off shows its own.
      endTime: minutesBetween(r.local_time, endTime) > 0 ? endTime : nlParts(o.end).time,
      startsAt: o.start.toISOString(),
      endsAt: o.end.toISOString(),
      location: r.location,
      recurring: r.recurrence !== null,
      cancelled: r.cancelled_at !== null || skip !== undefined,
      cancelReason: r.cancelled_at !== null ? r.cancel_reason : (skip?.reason ?? null),
      people: item.attendees.map((a) => a.label),
    };
  });
}

/** Sorted by start, whole-day entries first on their day, then by title. */
export const byStart = (a: OccurrenceView, b: OccurrenceView): number =>
  a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : a.title.localeCompare(b.title, 'nl');
