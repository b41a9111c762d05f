import type { Actor } from '../../platform/access/index.js';
import type { Db } from '../../platform/db/database.js';
import type { AttendanceView, ItemView, MeetingDetail } from './model.js';
import type { MeetingAccess } from './meetings-access.js';
import { people, summaries, type PersonRef } from './networks-views.js';
import { loadItems } from './agenda-items.js';

export async function attendanceOf(db: Db, regionId: string, meetingId: string): Promise<AttendanceView[]> {
  const rows = await db
    .selectFrom('care_meeting_attendance as a')
    .innerJoin('users as u', 'u.id', 'a.user_id')
    .innerJoin('organisations as o', 'o.id', 'a.organisation_id')
    .select(['a.id', 'a.user_id', 'u.display_name', 'a.organisation_id', 'o.name as org', 'a.status', 'a.substitute_user_id', 'a.substitute_present', 'a.note', 'a.version'])
    .where('a.region_id', '=', regionId)
    .where('a.meeting_id', '=', meetingId)
    .orderBy('o.name')
    .orderBy('u.display_name')
    .execute();
  const subs = await people(db, regionId, rows.map((r) => r.substitute_user_id));
  return rows.map((r) => ({
    id: r.id,
    userId: r.user_id,
    name: r.display_name,
    organisationId: r.organisation_id,
    organisationName: r.org,
    status: r.status,
    substitute: r.substitute_user_id ? (subs.get(r.substitute_user_id) ?? null) : null,
    substitutePresent: r.substitute_present,
    note: r.note,
    version: r.version,
  }));
}

/** Colleagues who may stand in: substitutes of the same organisation in the network, then its other staff. */
export async function substituteCandidates(db: Db, regionId: string, networkId: string | null, organisationId: string, exceptUserId: string): Promise<PersonRef[]> {
  const colleagues = await db
    .selectFrom('users as u')
    .leftJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(['u.id', 'u.display_name', 'o.name as org'])
    .where('u.region_id', '=', regionId)
    .where('u.status', '=', 'active')
    .where('u.id', '<>', exceptUserId)
    .where((eb) =>
      eb.or([
        eb('u.organisation_id', '=', organisationId),
        ...(networkId
          ? [eb.exists(eb.selectFrom('care_network_members as m').select('m.id').whereRef('m.user_id', '=', 'u.id').where('m.network_id', '=', networkId).where('m.organisation_id', '=', organisationId))]
          : []),
      ]),
    )
    .where((eb) => eb.exists(eb.selectFrom('user_roles as r').select('r.user_id').whereRef('r.user_id', '=', 'u.id').where('r.role', 'in', ['professional', 'netwerkvoorzitter', 'teamleider'])))
    .orderBy('u.display_name')
    .limit(100)
    .execute();
  return colleagues.map((c) => ({ id: c.id, name: c.display_name, organisationName: c.org }));
}

export async function meetingView(db: Db, actor: Actor, access: MeetingAccess): Promise<MeetingDetail> {
  const m = access.meeting;
  const [summary] = await summaries(db, actor.regionId, [m]);
  const all = await loadItems(db, actor.regionId, m.id, actor.userId);
  const items: ItemView[] = access.member ? all : all.filter((i) => access.guestItemIds.includes(i.id));
  const attendance = access.member ? await attendanceOf(db, actor.regionId, m.id) : [];
  const myAttendance = attendance.find((a) => a.userId === actor.userId) ?? null;
  const next = m.network_id
    ? await db
        .selectFrom('care_meetings')
        .select(['id', 'starts_at'])
        .where('region_id', '=', actor.regionId)
        .where('network_id', '=', m.network_id)
        .where('status', '=', 'planned')
        .where('starts_at', '>', m.starts_at)
        .orderBy('starts_at')
        .executeTakeFirst()
    : undefined;
  return {
    ...summary!,
    version: m.version,
    startedAt: m.started_at?.toISOString() ?? null,
    endedAt: m.ended_at?.toISOString() ?? null,
    serverNow: new Date().toISOString(),
    myRole: { manage: access.manage, member: access.member, guest: access.guest, substitute: access.substitute },
    items,
    attendance,
    myAttendance,
    substituteCandidates: myAttendance ? await substituteCandidates(db, actor.regionId, m.network_id, myAttendance.organisationId, actor.userId) : [],
    nextMeeting: next ? { id: next.id, startsAt: next.starts_at.toISOString() } : null,
  };
}
