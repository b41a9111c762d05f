import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { enGB, nl } from 'date-fns/locale';
import { circleMembersAccess, todayInNl } from '../../platform/access/index.js';
import type { AppContext } from '../../platform/context.js';
import { itemDates, type ItemRow } from './item-views.js';
import { reminderMail } from './mails.js';
import { recipients } from './people.js';
import { addDays, NL_ZONE, nlInstant, nlParts } from './recurrence.js';
import { DEFAULT_PREFS, getPrefs } from './reminder-prefs.js';
import type { ReminderPrefs } from './model.js';

export const REMINDER_JOB = 'agenda.reminder';
export const REMINDER_SCAN_JOB = 'agenda.reminder-scan';
export const SCAN_EVERY_MS = 5 * 60_000;
/** A reminder found a little late (an instance was down) still goes; an old one would only confuse. */
const GRACE_MS = 30 * 60_000;

type Ctx = Pick<AppContext, 'db' | 'jobs' | 'mail' | 'config' | 'log'>;

interface Due {
  key: string;
  regionId: string;
  itemId: string;
  userId: string;
  occursAt: Date;
  at: Date;
}

/** The moments a person wants to hear about one occurrence, each with its own key. */
export function reminderMoments(prefs: ReminderPrefs, start: Date): { offset: string; at: Date }[] {
  const out: { offset: string; at: Date }[] = [];
  if (prefs.dayBeforeAt !== null) out.push({ offset: 'day-before', at: nlInstant(addDays(nlParts(start).day, -1), prefs.dayBeforeAt) });
  if (prefs.minutesBefore !== null) out.push({ offset: `min-${prefs.minutesBefore}`, at: new Date(start.getTime() - prefs.minutesBefore * 60_000) });
  return out.filter((m) => m.at < start);
}

/**
 * Finds reminders that fall due before the next scan and queues one job each, at its own time and
 * under its own unique key. Runs as the system over all regions; it reads ids and times only.
 */
export async function scanReminders(ctx: Ctx, now = new Date(), aheadMs = SCAN_EVERY_MS): Promise<number> {
  const today = todayInNl(now);
  const last = addDays(today, 2);
  const horizon = new Date(now.getTime() + 3 * 86_400_000);
  const items = await ctx.db
    .selectFrom('agenda_items')
    .selectAll()
    .where('cancelled_at', 'is', null)
    .where('starts_at', '<', horizon)
    .where((eb) => eb.or([eb('ends_at', '>=', now), eb.and([eb('recurrence', 'is not', null), eb.or([eb('repeat_until', 'is', null), eb('repeat_until', '>=', today)])])]))
    .execute();
  if (items.length === 0) return 0;
  const ids = items.map((i) => i.id);
  const [attendees, skips] = await Promise.all([
    ctx.db.selectFrom('agenda_attendees').select(['item_id', 'user_id']).where('item_id', 'in', ids).execute(),
    ctx.db.selectFrom('agenda_item_skips').select(['item_id', 'occurs_on']).where('item_id', 'in', ids).where('occurs_on', '>=', today).execute(),
  ]);
  const userIds = [...new Set(attendees.map((a) => a.user_id))];
  const stored = userIds.length
    ? await ctx.db.selectFrom('agenda_reminder_prefs').selectAll().where('user_id', 'in', userIds).execute()
    : [];
  const prefsOf = (userId: string): ReminderPrefs => {
    const p = stored.find((s) => s.user_id === userId);
    return p ? { dayBeforeAt: p.day_before_at, minutesBefore: p.minutes_before, byEmail: p.by_email, inApp: p.in_app } : DEFAULT_PREFS;
  };
  const due: Due[] = [];
  for (const item of items) {
    for (const o of itemDates(item, today, last)) {
      if (o.start <= now || skips.some((s) => s.item_id === item.id && s.occurs_on === o.day)) continue;
      for (const a of attendees.filter((x) => x.item_id === item.id)) {
        const prefs = prefsOf(a.user_id);
        if (!prefs.byEmail && !prefs.inApp) continue;
        for (const m of reminderMoments(prefs, o.start)) {
          if (m.at.getTime() <= now.getTime() - GRACE_MS || m.at.getTime() > now.getTime() + aheadMs) continue;
          const key = `${item.id}:${o.start.toISOString()}:${a.user_id}:${m.offset}`;
          due.push({ key, regionId: item.region_id, itemId: item.id, userId: a.user_id, occursAt: o.start, at: m.at });
        }
      }
    }
  }
  for (const d of due) {
    await ctx.jobs.enqueue(
      REMINDER_JOB,
      { key: d.key, itemId: d.itemId, userId: d.userId, occursAt: d.occursAt.toISOString() },
      { runAt: d.at > now ? d.at : now, regionId: d.regionId, uniqueKey: `${REMINDER_JOB}:${d.key}`, maxAttempts: 6 },
    );
  }
  return due.length;
}

/** "morgen om 10:00", "vandaag om 9:30", or the date when further away. */
export function whenText(locale: 'nl' | 'en', start: Date, now = new Date()): string {
  const { day, time } = nlParts(start);
  const today = todayInNl(now);
  if (locale === 'en') {
    if (day === today) return `today at ${time}`;
    if (day === addDays(today, 1)) return `tomorrow at ${time}`;
    return `on ${format(new TZDate(start.getTime(), NL_ZONE), 'EEEE d MMMM', { locale: enGB })} at ${time}`;
  }
  if (day === today) return `vandaag om ${time}`;
  if (day === addDays(today, 1)) return `morgen om ${time}`;
  return `op ${format(new TZDate(start.getTime(), NL_ZONE), 'EEEE d MMMM', { locale: nl })} om ${time}`;
}

interface Payload {
  key: string;
  itemId: string;
  userId: string;
  occursAt: Date;
}

function parsePayload(p: Record<string, unknown>): Payload {
  const { key, itemId, userId, occursAt } = p;
  if (typeof key !== 'string' || typeof itemId !== 'string' || typeof userId !== 'string' || typeof occursAt !== 'string' || Number.isNaN(Date.parse(occursAt))) {
    throw new Error('agenda.reminder needs key, itemId, userId and occursAt');
  }
  return { key, itemId, userId, occursAt: new Date(occursAt) };
}

/** Still worth sending: the appointment is on, this date is not skipped, the person is invited and may see the agenda. */
async function stillDue(ctx: Ctx, row: ItemRow, userId: string, occursAt: Date): Promise<{ linkId: string | null } | null> {
  if (row.cancelled_at !== null) return null;
  const day = nlParts(occursAt).day;
  const [date] = itemDates(row, day, day);
  if (!date || date.start.getTime() !== occursAt.getTime()) return null;
  const skipped = await ctx.db.selectFrom('agenda_item_skips').select('occurs_on').where('item_id', '=', row.id).where('occurs_on', '=', day).executeTakeFirst();
  if (skipped) return null;
  const attendee = await ctx.db.selectFrom('agenda_attendees').select('link_id').where('item_id', '=', row.id).where('user_id', '=', userId).executeTakeFirst();
  if (!attendee) return null;
  if (attendee.link_id !== null) {
    const member = (await circleMembersAccess(ctx.db, row.region_id, row.client_id, 'agenda')).find((m) => m.linkId === attendee.link_id);
    if (!member?.mayRead) return null;
  }
  return { linkId: attendee.link_id };
}

/**
 * Sends one reminder, at most once. The key is claimed together with the in-app notice in one
 * transaction; the e-mail follows and its outbox id is written back. A failed mail leaves the claim
 * without a mail id, so the retry sends only the mail; a retry after success finds it done.
 */
export async function sendReminder(ctx: Ctx, payload: Record<string, unknown>, now = new Date()): Promise<void> {
  const p = parsePayload(payload);
  let claim = await ctx.db.selectFrom('agenda_reminders_sent').selectAll().where('reminder_key', '=', p.key).executeTakeFirst();
  if (!claim) {
    const row = await ctx.db.selectFrom('agenda_items').selectAll().where('id', '=', p.itemId).executeTakeFirst();
    if (!row || (await stillDue(ctx, row, p.userId, p.occursAt)) === null) return;
    const prefs = await getPrefs(ctx.db, p.userId);
    if (!prefs.byEmail && !prefs.inApp) return;
    await ctx.db.transaction().execute(async (trx) => {
      const claimed = await trx
        .insertInto('agenda_reminders_sent')
        .values({ reminder_key: p.key, region_id: row.region_id, client_id: row.client_id, item_id: row.id, user_id: p.userId, occurs_at: p.occursAt, needs_mail: prefs.byEmail })
        .onConflict((oc) => oc.column('reminder_key').doNothing())
        .returning('reminder_key')
        .executeTakeFirst();
      if (claimed && prefs.inApp) {
        await trx
          .insertInto('agenda_notices')
          .values({ region_id: row.region_id, client_id: row.client_id, item_id: row.id, user_id: p.userId, kind: 'reminder', occurs_at: p.occursAt })
          .execute();
      }
    });
    claim = await ctx.db.selectFrom('agenda_reminders_sent').selectAll().where('reminder_key', '=', p.key).executeTakeFirst();
  }
  if (!claim || !claim.needs_mail || claim.mail_id !== null) return;
  const [to] = await recipients(ctx.db, [p.userId]);
  if (!to) return;
  const mail = reminderMail(to.locale, whenText(to.locale, p.occursAt, now), `${ctx.config.publicUrl}/agenda`);
  const { id } = await ctx.mail.send({ regionId: claim.region_id, to: to.email, ...mail });
  await ctx.db.updateTable('agenda_reminders_sent').set({ mail_id: id }).where('reminder_key', '=', p.key).execute();
}

/** The next scan, one per five-minute slot however many instances plan it. */
export async function scheduleReminderScan(ctx: Pick<AppContext, 'jobs'>, at: Date = new Date()): Promise<void> {
  const slot = Math.floor(at.getTime() / SCAN_EVERY_MS);
  await ctx.jobs.enqueue(REMINDER_SCAN_JOB, {}, { runAt: at, uniqueKey: `${REMINDER_SCAN_JOB}:${slot}` });
}
