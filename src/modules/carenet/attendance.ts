import type { Actor } from '../../platform/access/index.js';
import type { AppContext } from '../../platform/context.js';
import { conflict, forbidden, invalid, notFound } from '../../platform/errors.js';
import type { ApologyInput, AttendanceInput, AttendanceStats, MeetingDetail } from './model.js';
import { meetingAccess } from './meetings-access.js';
import { meetingView, substituteCandidates } from './meetings-view.js';
import { addNotices, mailPeople } from './meetings-invitations.js';
import { networkAccess } from './networks-access.js';
import { nlParts } from './meetings-time.js';

const CHAIR_ONLY = { nl: 'Alleen de voorzitter of secretaris houdt de aanwezigheid bij.', en: 'Only the chair or secretary records attendance.' };

/**
 * The invitee sends apologies and may name a colleague to stand in; that colleague is invited in
 * their place (and, through the attendance row, may see the cases of this one meeting).
 */
export async function apologise(ctx: AppContext, actor: Actor, meetingId: string, input: ApologyInput): Promise<MeetingDetail> {
  const access = await meetingAccess(ctx.db, actor, meetingId);
  if (access.meeting.status !== 'planned') throw invalid('meeting', 'Afmelden kan tot het overleg begint.', 'You can send apologies until the meeting starts.');
  const row = await ctx.db
    .selectFrom('care_meeting_attendance')
    .select(['id', 'organisation_id', 'substitute_user_id', 'version'])
    .where('region_id', '=', actor.regionId)
    .where('meeting_id', '=', meetingId)
    .where('user_id', '=', actor.userId)
    .executeTakeFirst();
  if (!row) throw forbidden({ nl: 'Je staat niet op de uitnodigingslijst van dit overleg.', en: 'You are not on the invitation list of this meeting.' });
  if (input.substituteUserId !== null) {
    const allowed = await substituteCandidates(ctx.db, actor.regionId, access.meeting.network_id, row.organisation_id, actor.userId);
    if (!allowed.some((c) => c.id === input.substituteUserId)) {
      throw invalid('substituteUserId', 'Kies een collega van je eigen organisatie als vervanger.', 'Choose a colleague from your own organisation as substitute.');
    }
  }
  const invited = await ctx.db.transaction().execute(async (trx) => {
    const done = await trx
      .updateTable('care_meeting_attendance')
      .set((eb) => ({ status: 'apologised', substitute_user_id: input.substituteUserId, substitute_present: false, note: input.note, version: eb('version', '+', 1), updated_at: new Date() }))
      .where('id', '=', row.id)
      .where('version', '=', input.version)
      .returning('id')
      .executeTakeFirst();
    if (!done) return null;
    return input.substituteUserId ? addNotices(trx, actor.regionId, meetingId, [input.substituteUserId], 'invitation') : [];
  });
  if (invited === null) throw conflict(await meetingView(ctx.db, actor, access));
  await mailPeople(ctx, actor.regionId, meetingId, invited, 'invitation');
  return meetingView(ctx.db, actor, await meetingAccess(ctx.db, actor, meetingId));
}

/** Present, apologised or absent without notice, recorded during or after the meeting. */
export async function recordAttendance(ctx: AppContext, actor: Actor, meetingId: string, attendanceId: string, input: AttendanceInput): Promise<MeetingDetail> {
  const access = await meetingAccess(ctx.db, actor, meetingId);
  if (!access.manage) throw forbidden(CHAIR_ONLY);
  if (access.meeting.status !== 'running' && access.meeting.status !== 'held') throw invalid('status', 'Aanwezigheid houd je bij tijdens of na het overleg.', 'Attendance is recorded during or after the meeting.');
  const row = await ctx.db
    .selectFrom('care_meeting_attendance')
    .select(['id', 'substitute_user_id'])
    .where('region_id', '=', actor.regionId)
    .where('meeting_id', '=', meetingId)
    .where('id', '=', attendanceId)
    .executeTakeFirst();
  if (!row) throw notFound();
  if (input.substitutePresent && (row.substitute_user_id === null || input.status !== 'apologised')) {
    throw invalid('substitutePresent', 'Alleen een vervanger van iemand die zich afmeldde kan aanwezig zijn.', 'Only a substitute of someone who sent apologies can be present.');
  }
  const done = await ctx.db
    .updateTable('care_meeting_attendance')
    .set((eb) => ({ status: input.status, substitute_present: input.substitutePresent, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', attendanceId)
    .where('version', '=', input.version)
    .returning('id')
    .executeTakeFirst();
  if (!done) throw conflict(await meetingView(ctx.db, actor, access));
  return meetingView(ctx.db, actor, access);
}

/**
 * Per organisation, over the held meetings of the last 12 months: how often someone of it was there
 * (the representative or their substitute). Missing the last two in a row stands out: the reports read
 * repeated absence as a sign the member sees no value in the network.
 */
export async function attendanceStats(ctx: AppContext, actor: Actor, networkId: string, now: Date = new Date()): Promise<AttendanceStats> {
  const access = await networkAccess(ctx.db, actor, networkId);
  if (!access.runMeetings && !access.manage) throw forbidden({ nl: 'Alleen de voorzitter of secretaris ziet de aanwezigheid.', en: 'Only the chair or secretary sees attendance.' });
  const from = new Date(now.getTime());
  from.setUTCFullYear(from.getUTCFullYear() - 1);
  const meetings = await ctx.db
    .selectFrom('care_meetings')
    .select(['id', 'starts_at'])
    .where('region_id', '=', actor.regionId)
    .where('network_id', '=', networkId)
    .where('status', '=', 'held')
    .where('starts_at', '>=', from)
    .orderBy('starts_at')
    .execute();
  const rows = meetings.length
    ? await ctx.db
        .selectFrom('care_meeting_attendance as a')
        .innerJoin('organisations as o', 'o.id', 'a.organisation_id')
        .select(['a.meeting_id', 'a.organisation_id', 'o.name', 'a.status', 'a.substitute_present'])
        .where('a.region_id', '=', actor.regionId)
        .where('a.meeting_id', 'in', meetings.map((m) => m.id))
        .execute()
    : [];
  const orgs = new Map<string, string>();
  for (const r of rows) orgs.set(r.organisation_id, r.name);
  const out = [...orgs].map(([organisationId, organisationName]) => {
    let present = 0;
    let apologised = 0;
    let absent = 0;
    const history: { meetingId: string; date: string; present: boolean }[] = [];
    for (const m of meetings) {
      const mine = rows.filter((r) => r.meeting_id === m.id && r.organisation_id === organisationId);
      if (mine.length === 0) continue;
      const there = mine.some((r) => r.status === 'present' || r.substitute_present);
      if (there) present += 1;
      else if (mine.some((r) => r.status === 'apologised')) apologised += 1;
      else absent += 1;
      history.push({ meetingId: m.id, date: nlParts(m.starts_at).day, present: there });
    }
    const total = history.length;
    const lastTwo = history.slice(-2);
    return {
      organisationId,
      organisationName,
      meetings: total,
      present,
      apologised,
      absent,
      share: total ? present / total : 0,
      repeatedAbsence: lastTwo.length === 2 && lastTwo.every((h) => !h.present),
      history,
    };
  });
  out.sort((a, b) => a.share - b.share || a.organisationName.localeCompare(b.organisationName));
  return { from: nlParts(from).day, to: nlParts(now).day, meetings: meetings.length, rows: out };
}
