import type { Actor } from '../../platform/access/index.js';
import type { AppContext } from '../../platform/context.js';
import { conflict, forbidden, invalid } from '../../platform/errors.js';
import type { MeetingDetail, MeetingInput, MeetingSummary, MeetingUpdate } from './model.js';
import { networkAccess } from './networks-access.js';
import { summaries } from './networks-views.js';
import { loadMeeting, meetingAccess } from './meetings-access.js';
import { addNotices, expectedPeople, inviteAll, mailPeople, planReminder } from './meetings-invitations.js';
import { nlInstant } from './meetings-time.js';
import { meetingView } from './meetings-view.js';

const NO_PLAN = { nl: 'Alleen de voorzitter of secretaris plant de overleggen.', en: 'Only the chair or secretary plans the meetings.' };
const NO_YEARLY = { nl: 'Alleen een beheerder of netwerkvoorzitter plant de jaarbijeenkomst.', en: 'Only an administrator or network chair plans the yearly meeting.' };

const RETURNING = ['id', 'region_id', 'network_id', 'kind', 'starts_at', 'duration_minutes', 'location', 'status', 'started_at', 'ended_at', 'version'] as const;

function startOf(input: MeetingInput): Date {
  const at = nlInstant(input.date, input.time);
  if (at.getTime() <= Date.now()) throw invalid('date', 'Kies een moment in de toekomst.', 'Choose a moment in the future.');
  return at;
}

/** Plans one meeting (a network's, or the yearly one when networkId is null) and invites everyone expected. */
async function insertMeeting(ctx: AppContext, actor: Actor, networkId: string | null, input: MeetingInput): Promise<MeetingSummary> {
  const startsAt = startOf(input);
  const { row, invited } = await ctx.db.transaction().execute(async (trx) => {
    const r = await trx
      .insertInto('care_meetings')
      .values({ region_id: actor.regionId, network_id: networkId, kind: networkId === null ? 'yearly' : 'regular', starts_at: startsAt, duration_minutes: input.durationMinutes, location: input.location, created_by: actor.userId })
      .returning(RETURNING)
      .executeTakeFirstOrThrow();
    return { row: r, invited: await inviteAll(ctx, trx, r) };
  });
  await mailPeople(ctx, actor.regionId, row.id, invited, 'invitation');
  const [summary] = await summaries(ctx.db, actor.regionId, [row]);
  return summary!;
}

/** One extra meeting of a network, outside the series. */
export async function createMeeting(ctx: AppContext, actor: Actor, networkId: string, input: MeetingInput): Promise<MeetingSummary> {
  const access = await networkAccess(ctx.db, actor, networkId);
  if (!access.runMeetings) throw forbidden(NO_PLAN);
  return insertMeeting(ctx, actor, networkId, input);
}

/** The yearly meeting of all networks of the region: every chair, secretary and representative is invited. */
export async function createYearlyMeeting(ctx: AppContext, actor: Actor, input: MeetingInput): Promise<MeetingSummary> {
  if (!actor.roles.includes('beheerder') && !actor.roles.includes('netwerkvoorzitter')) throw forbidden(NO_YEARLY);
  return insertMeeting(ctx, actor, null, input);
}

/** Moves or cancels a planned meeting; everyone expected hears of it, and the reminder follows the new time. */
export async function updateMeeting(ctx: AppContext, actor: Actor, meetingId: string, input: MeetingUpdate): Promise<MeetingDetail> {
  const access = await meetingAccess(ctx.db, actor, meetingId);
  if (!access.manage) throw forbidden(NO_PLAN);
  if (access.meeting.status !== 'planned') throw invalid('status', 'Een overleg dat al begonnen is verandert niet meer.', 'A meeting that has started cannot be changed.');
  const startsAt = input.cancel ? access.meeting.starts_at : startOf(input);
  const moved = startsAt.getTime() !== access.meeting.starts_at.getTime();
  const outcome = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('care_meetings')
      .set((eb) => ({
        starts_at: startsAt,
        duration_minutes: input.durationMinutes,
        location: input.location,
        status: input.cancel ? 'cancelled' : 'planned',
        version: eb('version', '+', 1),
      }))
      .where('region_id', '=', actor.regionId)
      .where('id', '=', meetingId)
      .where('version', '=', input.version)
      .returning(RETURNING)
      .executeTakeFirst();
    if (!row) return null;
    const people = await expectedPeople(trx, actor.regionId, meetingId);
    if (input.cancel) return { kind: 'cancelled' as const, users: await addNotices(trx, actor.regionId, meetingId, people, 'cancelled') };
    if (moved) {
      // A reminder for the old day says nothing about the new one: the new day gets its own.
      await trx.deleteFrom('care_meeting_notices').where('region_id', '=', actor.regionId).where('meeting_id', '=', meetingId).where('kind', '=', 'reminder').execute();
      await planReminder(ctx, trx, row);
    }
    const changed = moved || input.location !== access.meeting.location || input.durationMinutes !== access.meeting.duration_minutes;
    return { kind: 'changed' as const, users: changed ? await addNotices(trx, actor.regionId, meetingId, people, 'changed') : [] };
  });
  if (outcome === null) throw conflict(await meetingView(ctx.db, actor, await meetingAccess(ctx.db, actor, meetingId)));
  await mailPeople(ctx, actor.regionId, meetingId, outcome.users, outcome.kind);
  return getMeeting(ctx, actor, meetingId);
}

export async function getMeeting(ctx: AppContext, actor: Actor, meetingId: string): Promise<MeetingDetail> {
  const access = await meetingAccess(ctx.db, actor, meetingId);
  return meetingView(ctx.db, actor, access);
}

export { loadMeeting };
