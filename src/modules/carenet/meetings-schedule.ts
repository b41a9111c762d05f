import type { Actor } from '../../platform/access/index.js';
import type { AppContext } from '../../platform/context.js';
import { conflict, forbidden } from '../../platform/errors.js';
import type { MeetingSummary, ScheduleInput } from './model.js';
import { networkAccess } from './networks-access.js';
import { networkDetail } from './networks.js';
import { summaries } from './networks-views.js';
import { inviteAll, mailPeople } from './meetings-invitations.js';
import { addDays, nlInstant, nlParts, nlToday } from './meetings-time.js';

const NO_PLAN = { nl: 'Alleen de voorzitter of secretaris plant de overleggen.', en: 'Only the chair or secretary plans the meetings.' };

/** The same calendar day n months later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: string, n: number): string {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + n, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/**
 * The Dutch days of a series every `weeks` weeks from its first day, within [from, until]. Counted in
 * calendar days, so a meeting at 14:00 stays at 14:00 on the wall clock across summer time.
 */
export function seriesDays(firstDay: string, weeks: number, from: string, until: string): string[] {
  const out: string[] = [];
  for (let d = firstDay; d <= until; d = addDays(d, 7 * weeks)) if (d >= from) out.push(d);
  return out;
}

/**
 * Stores the network's schedule and plans its meetings for the coming months. A day that already has
 * a meeting is left alone, so running it again only fills gaps. Everyone invited gets one mail.
 */
export async function planSchedule(ctx: AppContext, actor: Actor, networkId: string, input: ScheduleInput): Promise<MeetingSummary[]> {
  const access = await networkAccess(ctx.db, actor, networkId);
  if (!access.runMeetings && !access.manage) throw forbidden(NO_PLAN);
  const today = nlToday();
  const until = addMonths(today, input.months);
  const now = Date.now();
  const result = await ctx.db.transaction().execute(async (trx) => {
    const done = await trx
      .updateTable('care_networks')
      .set((eb) => ({
        schedule_first_day: input.firstDay,
        schedule_time: input.time,
        meeting_interval_weeks: input.intervalWeeks,
        meeting_minutes: input.durationMinutes,
        default_location: input.location,
        version: eb('version', '+', 1),
        updated_at: new Date(),
      }))
      .where('region_id', '=', actor.regionId)
      .where('id', '=', networkId)
      .where('version', '=', input.version)
      .returning('id')
      .executeTakeFirst();
    if (!done) return null;
    const existing = await trx
      .selectFrom('care_meetings')
      .select('starts_at')
      .where('region_id', '=', actor.regionId)
      .where('network_id', '=', networkId)
      .where('status', '<>', 'cancelled')
      .execute();
    const taken = new Set(existing.map((e) => nlParts(e.starts_at).day));
    const mail = new Map<string, string[]>();
    const created = [];
    for (const day of seriesDays(input.firstDay, input.intervalWeeks, today, until)) {
      const startsAt = nlInstant(day, input.time);
      if (taken.has(day) || startsAt.getTime() <= now) continue;
      const row = await trx
        .insertInto('care_meetings')
        .values({ region_id: actor.regionId, network_id: networkId, kind: 'regular', starts_at: startsAt, duration_minutes: input.durationMinutes, location: input.location, created_by: actor.userId })
        .returning(['id', 'region_id', 'network_id', 'kind', 'starts_at', 'duration_minutes', 'location', 'status', 'started_at', 'ended_at', 'version'])
        .executeTakeFirstOrThrow();
      created.push(row);
      mail.set(row.id, await inviteAll(ctx, trx, row));
    }
    return { created, mail };
  });
  if (result === null) throw conflict(await networkDetail(ctx.db, actor.regionId, networkId, access));
  // One mail per person for the whole series, pointing at the first new meeting.
  const first = result.created[0];
  if (first) await mailPeople(ctx, actor.regionId, first.id, [...new Set([...result.mail.values()].flat())], 'invitation');
  return summaries(ctx.db, actor.regionId, result.created);
}
