import { sql } from 'kysely';
import type { Actor } from '../../platform/access/index.js';
import { todayInNl } from '../../platform/access/index.js';
import type { AppContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { daysBetween, minutesDueOn } from './minutes-dates.js';
import type { MinutesNoticeView, OverdueMinutesView } from './minutes-model.js';

const LOOK_BACK_DAYS = 365;

/** Meetings of these networks whose minutes are not sent, most recent first (cancelled and future ones left out). */
export async function unsentMeetings(db: Db, where: { regionId?: string; chairUserId?: string; writerUserId?: string; since: Date; until: Date }) {
  let q = db
    .selectFrom('care_meetings as m')
    .innerJoin('care_networks as n', (j) => j.onRef('n.id', '=', 'm.network_id').onRef('n.region_id', '=', 'm.region_id'))
    .leftJoin('care_minutes as cm', 'cm.meeting_id', 'm.id')
    .leftJoin('users as s', 's.id', 'n.secretary_user_id')
    .select([
      'm.id',
      'm.region_id',
      'm.network_id',
      'n.name',
      'm.starts_at',
      'n.chair_user_id',
      'n.secretary_user_id',
      's.display_name as secretary',
      sql<number>`(SELECT count(*) FROM care_meeting_items i WHERE i.meeting_id = m.id AND i.status <> 'removed')`.as('items_total'),
      sql<number>`(SELECT count(*) FROM care_minutes_items mi JOIN care_meeting_items i ON i.id = mi.item_id WHERE mi.meeting_id = m.id AND i.status <> 'removed' AND (mi.body <> '' OR mi.decisions <> ''))`.as('items_written'),
      sql<number>`(SELECT count(*) FROM care_minutes_reminders r WHERE r.meeting_id = m.id)`.as('reminders'),
    ])
    .where('m.status', '<>', 'cancelled')
    .where('m.network_id', 'is not', null)
    .where('m.starts_at', '>=', where.since)
    .where('m.starts_at', '<=', where.until)
    .where((eb) => eb.or([eb('cm.status', 'is', null), eb('cm.status', '<>', 'published')]));
  if (where.regionId) q = q.where('m.region_id', '=', where.regionId);
  if (where.chairUserId) q = q.where('n.chair_user_id', '=', where.chairUserId);
  const writer = where.writerUserId;
  if (writer) {
    // The writer is the secretary, or the chair of a network without one (as in minutes-roles.ts).
    q = q.where((eb) => eb.or([eb('n.secretary_user_id', '=', writer), eb.and([eb('n.secretary_user_id', 'is', null), eb('n.chair_user_id', '=', writer)])]));
  }
  return q.orderBy('m.starts_at', 'desc').limit(500).execute();
}

/** The chair's dashboard: minutes of their networks that did not go out within a week. */
export async function overdueMinutes(ctx: Pick<AppContext, 'db'>, actor: Actor, now = new Date()): Promise<OverdueMinutesView[]> {
  const today = todayInNl(now);
  const rows = await unsentMeetings(ctx.db, { regionId: actor.regionId, chairUserId: actor.userId, since: new Date(now.getTime() - LOOK_BACK_DAYS * 86_400_000), until: now });
  return rows
    .map((r) => ({ r, dueOn: minutesDueOn(r.starts_at) }))
    .filter(({ dueOn }) => today > dueOn)
    .map(({ r, dueOn }) => ({
      meetingId: r.id,
      networkId: r.network_id ?? '',
      networkName: r.name,
      startsAt: r.starts_at.toISOString(),
      dueOn,
      daysLate: daysBetween(dueOn, today),
      secretaryName: r.secretary,
      itemsWritten: Number(r.items_written),
      itemsTotal: Number(r.items_total),
      remindersSent: Number(r.reminders),
    }));
}

/** The writer's own list: minutes of the last weeks still to send, the most urgent first. */
export async function minutesToWrite(ctx: Pick<AppContext, 'db'>, actor: Actor, now = new Date()): Promise<OverdueMinutesView[]> {
  const today = todayInNl(now);
  const rows = await unsentMeetings(ctx.db, { regionId: actor.regionId, writerUserId: actor.userId, since: new Date(now.getTime() - 60 * 86_400_000), until: now });
  return rows
    .map((r) => {
      const dueOn = minutesDueOn(r.starts_at);
      return {
        meetingId: r.id,
        networkId: r.network_id ?? '',
        networkName: r.name,
        startsAt: r.starts_at.toISOString(),
        dueOn,
        daysLate: Math.max(0, daysBetween(dueOn, today)),
        secretaryName: r.secretary,
        itemsWritten: Number(r.items_written),
        itemsTotal: Number(r.items_total),
        remindersSent: Number(r.reminders),
      };
    })
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}

/** The person's latest notices about minutes and action points. */
export async function myMinutesNotices(ctx: Pick<AppContext, 'db'>, actor: Actor): Promise<MinutesNoticeView[]> {
  const rows = await ctx.db
    .selectFrom('care_minutes_notices as x')
    .innerJoin('care_meetings as m', (j) => j.onRef('m.id', '=', 'x.meeting_id').onRef('m.region_id', '=', 'x.region_id'))
    .innerJoin('care_networks as n', (j) => j.onRef('n.id', '=', 'm.network_id').onRef('n.region_id', '=', 'm.region_id'))
    .select(['x.id', 'x.kind', 'x.meeting_id', 'n.name', 'm.starts_at', 'x.created_at', 'x.read_at'])
    .where('x.region_id', '=', actor.regionId)
    .where('x.user_id', '=', actor.userId)
    .orderBy('x.created_at', 'desc')
    .orderBy('x.id')
    .limit(20)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    meetingId: r.meeting_id,
    networkName: r.name,
    meetingStartsAt: r.starts_at.toISOString(),
    createdAt: r.created_at.toISOString(),
    read: r.read_at !== null,
  }));
}

export async function markMinutesNoticesRead(ctx: Pick<AppContext, 'db'>, actor: Actor, ids: readonly string[] | undefined): Promise<void> {
  if (ids && ids.length === 0) return;
  let q = ctx.db.updateTable('care_minutes_notices').set({ read_at: new Date() }).where('region_id', '=', actor.regionId).where('user_id', '=', actor.userId).where('read_at', 'is', null);
  if (ids) q = q.where('id', 'in', ids);
  await q.execute();
}
