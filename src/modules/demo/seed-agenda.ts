import { todayInNl } from '../../platform/access/decision-rule.js';
import type { Db } from '../../platform/db/database.js';
import { addDays, nlInstant } from '../agenda/recurrence.js';
import type { ItemKind } from '../agenda/schema.js';
import type { SeededIds } from './seed.js';

interface DemoItem {
  client: string;
  by: string;
  kind: ItemKind;
  title: string;
  /** Days from today, or a weekday (1 = Monday … 7 = Sunday) for the first one on or after tomorrow. */
  inDays?: number;
  weekday?: number;
  start: string;
  end: string;
  recurrence?: string;
  location?: string;
  notes?: string;
  /** Person keys from people.ts; 'client' for the client's own account. */
  invite: string[];
  cancelled?: string;
  /** Skip the n-th date of a series (0 = the first), with a reason. */
  skip?: { nth: number; reason: string };
}

/**
 * A few weeks of agenda for three demo circles: Henk's Tuesday-morning coffee with his visiting
 * volunteer ("dinsdagochtend was dinsdagochtend", report 004) with one week called off, a network
 * meeting that was cancelled and told to everyone, Kim's network meeting about money and a weekly
 * call with her sister, and Bas practising a job interview with his buddy. All names are invented.
 */
const ITEMS: readonly DemoItem[] = [
  {
    client: 'henk',
    by: 'karin',
    kind: 'afspraak',
    title: 'Koffie drinken met Wim',
    weekday: 2,
    start: '10:00',
    end: '11:30',
    recurrence: 'FREQ=WEEKLY;BYDAY=TU',
    location: 'Bij Henk thuis',
    invite: ['wim', 'monique'],
    skip: { nth: 1, reason: 'Wim is een weekje op vakantie.' },
  },
  { client: 'henk', by: 'pieter', kind: 'afspraak', title: 'Controle bij de huisarts', inDays: 9, start: '14:00', end: '14:30', location: 'Huisartsenpraktijk Veenwijk', invite: ['monique', 'pieter'] },
  {
    client: 'henk',
    by: 'karin',
    kind: 'netwerkoverleg',
    title: 'Netwerkoverleg: hulp in huis',
    inDays: 4,
    start: '15:00',
    end: '16:00',
    location: 'Bij Henk thuis',
    invite: ['ria', 'monique', 'els', 'karin'],
    cancelled: 'Monique is ziek. We plannen een nieuwe datum.',
  },
  {
    client: 'kim',
    by: 'sanne',
    kind: 'netwerkoverleg',
    title: 'Netwerkoverleg: weer overzicht over geld',
    inDays: 3,
    start: '10:00',
    end: '11:30',
    location: 'Wijkcentrum Beekdal',
    notes: 'Neem de brieven mee die je nog niet hebt geopend. We kijken er samen naar.',
    invite: ['client', 'jessica', 'sanne', 'fatima'],
  },
  { client: 'kim', by: 'sanne', kind: 'belmoment', title: 'Even bellen met Jessica', weekday: 4, start: '19:30', end: '19:45', recurrence: 'FREQ=WEEKLY', invite: ['client', 'jessica'] },
  { client: 'bas', by: 'mehmet', kind: 'afspraak', title: 'Sollicitatiegesprek oefenen', inDays: 5, start: '15:00', end: '16:00', location: 'Bibliotheek Heuvelstad', invite: ['client', 'gerrit', 'mehmet'] },
];

const isoWeekday = (day: string): number => ((new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;

function firstDay(item: DemoItem, today: string): string {
  if (item.inDays !== undefined) return addDays(today, item.inDays);
  const tomorrow = addDays(today, 1);
  return addDays(tomorrow, ((item.weekday ?? 1) - isoWeekday(tomorrow) + 7) % 7);
}

async function attendee(trx: Db, ids: SeededIds, clientId: string, key: string): Promise<{ user_id: string; link_id: string | null; label: string } | null> {
  if (key === 'client') {
    const c = await trx
      .selectFrom('clients as c')
      .innerJoin('users as u', 'u.id', 'c.user_id')
      .select(['u.id', 'u.display_name'])
      .where('c.id', '=', clientId)
      .executeTakeFirst();
    return c ? { user_id: c.id, link_id: null, label: c.display_name } : null;
  }
  const user = ids.users.get(key);
  if (!user) return null;
  const link = await trx
    .selectFrom('client_links as l')
    .innerJoin('users as u', 'u.id', 'l.user_id')
    .select(['l.id', 'u.display_name'])
    .where('l.client_id', '=', clientId)
    .where('l.user_id', '=', user.id)
    .executeTakeFirst();
  return link ? { user_id: user.id, link_id: link.id, label: link.display_name } : null;
}

export async function seedAgenda(trx: Db, ids: SeededIds, today: Date): Promise<void> {
  const day = todayInNl(today);
  for (const item of ITEMS) {
    const clientId = ids.clients.get(item.client);
    const by = ids.users.get(item.by);
    if (!clientId || !by) continue;
    const first = firstDay(item, day);
    const row = await trx
      .insertInto('agenda_items')
      .values({
        region_id: ids.regionId,
        client_id: clientId,
        kind: item.kind,
        title: item.title,
        notes: item.notes ?? null,
        location: item.location ?? null,
        starts_at: nlInstant(first, item.start),
        ends_at: nlInstant(first, item.end),
        local_time: item.start,
        recurrence: item.recurrence ?? null,
        repeat_until: null,
        created_by: by.id,
        created_by_label: by.label,
        ...(item.cancelled ? { cancelled_at: today, cancelled_by: by.id, cancelled_by_label: by.label, cancel_reason: item.cancelled } : {}),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const key of item.invite) {
      const a = await attendee(trx, ids, clientId, key);
      if (!a) continue;
      await trx
        .insertInto('agenda_attendees')
        .values({ region_id: ids.regionId, client_id: clientId, item_id: row.id, ...a })
        .onConflict((oc) => oc.columns(['item_id', 'user_id']).doNothing())
        .execute();
      if (item.cancelled && a.user_id !== by.id) {
        await trx.insertInto('agenda_notices').values({ region_id: ids.regionId, client_id: clientId, item_id: row.id, user_id: a.user_id, kind: 'cancelled' }).execute();
      }
    }
    if (item.skip) {
      await trx
        .insertInto('agenda_item_skips')
        .values({ region_id: ids.regionId, client_id: clientId, item_id: row.id, occurs_on: addDays(first, 7 * item.skip.nth), reason: item.skip.reason, cancelled_by: by.id, cancelled_by_label: by.label })
        .execute();
    }
  }
}
