import type { Actor } from '../../platform/access/index.js';
import type { AppContext } from '../../platform/context.js';
import type { MyMeeting, NoticeView } from './model.js';
import { summaries, SUMMARY_COLUMNS } from './networks-views.js';

/** The meetings the person is expected at soon: invited, standing in for someone, or a guest for one case. */
export async function myMeetings(ctx: AppContext, actor: Actor): Promise<MyMeeting[]> {
  const since = new Date(Date.now() - 12 * 3600_000);
  const rows = await ctx.db
    .selectFrom('care_meetings as m')
    .select(SUMMARY_COLUMNS.map((c) => `m.${c}` as const))
    .where('m.region_id', '=', actor.regionId)
    .where('m.starts_at', '>=', since)
    .where('m.status', 'in', ['planned', 'running'])
    .where((eb) =>
      eb.or([
        eb.exists(eb.selectFrom('care_meeting_attendance as a').select('a.id').whereRef('a.meeting_id', '=', 'm.id').where((w) => w.or([w('a.user_id', '=', actor.userId), w('a.substitute_user_id', '=', actor.userId)]))),
        eb.exists(eb.selectFrom('care_meeting_notices as n').select('n.id').whereRef('n.meeting_id', '=', 'm.id').where('n.user_id', '=', actor.userId).where('n.kind', '=', 'invitation')),
        eb.exists(eb.selectFrom('care_item_guests as g').innerJoin('care_meeting_items as i', 'i.id', 'g.item_id').select('g.id').whereRef('i.meeting_id', '=', 'm.id').where('g.user_id', '=', actor.userId)),
      ]),
    )
    .orderBy('m.starts_at')
    .limit(30)
    .execute();
  const list = await summaries(ctx.db, actor.regionId, rows);
  const ids = rows.map((r) => r.id);
  const att = ids.length
    ? await ctx.db.selectFrom('care_meeting_attendance').select(['meeting_id', 'user_id', 'status', 'substitute_user_id']).where('region_id', '=', actor.regionId).where('meeting_id', 'in', ids).execute()
    : [];
  const guest = ids.length
    ? await ctx.db.selectFrom('care_item_guests as g').innerJoin('care_meeting_items as i', 'i.id', 'g.item_id').select('i.meeting_id').where('g.region_id', '=', actor.regionId).where('g.user_id', '=', actor.userId).where('i.meeting_id', 'in', ids).execute()
    : [];
  return list.map((m) => {
    const own = att.find((a) => a.meeting_id === m.id && a.user_id === actor.userId);
    return {
      ...m,
      myStatus: own?.status ?? null,
      asSubstitute: !own && att.some((a) => a.meeting_id === m.id && a.substitute_user_id === actor.userId),
      asGuest: guest.some((g) => g.meeting_id === m.id),
    };
  });
}

export async function myNotices(ctx: AppContext, actor: Actor): Promise<NoticeView[]> {
  const rows = await ctx.db
    .selectFrom('care_meeting_notices as n')
    .innerJoin('care_meetings as m', 'm.id', 'n.meeting_id')
    .leftJoin('care_networks as w', 'w.id', 'm.network_id')
    .select(['n.id', 'n.kind', 'n.meeting_id', 'w.name', 'm.kind as meeting_kind', 'm.starts_at', 'n.created_at', 'n.read_at'])
    .where('n.region_id', '=', actor.regionId)
    .where('n.user_id', '=', actor.userId)
    .orderBy('n.created_at', 'desc')
    .limit(40)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    meetingId: r.meeting_id,
    networkName: r.name,
    meetingKind: r.meeting_kind,
    startsAt: r.starts_at.toISOString(),
    createdAt: r.created_at.toISOString(),
    read: r.read_at !== null,
  }));
}

export async function markNoticesRead(ctx: AppContext, actor: Actor, ids?: readonly string[]): Promise<void> {
  if (ids && ids.length === 0) return;
  let q = ctx.db.updateTable('care_meeting_notices').set({ read_at: new Date() }).where('region_id', '=', actor.regionId).where('user_id', '=', actor.userId).where('read_at', 'is', null);
  if (ids) q = q.where('id', 'in', [...ids]);
  await q.execute();
}
