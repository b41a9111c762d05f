import type { AppContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import type { MeetingRow } from './meetings-access.js';
import type { MeetingNoticeKind } from './schema.js';
import { nlParts } from './meetings-time.js';

export const REMINDER_JOB = 'carenet.meeting-reminder';
/** Reminders go out two days before a meeting. */
export const REMINDER_LEAD_MS = 2 * 24 * 3600_000;

export interface Invitee {
  userId: string;
  organisationId: string | null;
}

/** The people who get an invitation: the active representatives, the chair and the secretary. */
export async function inviteesOf(db: Db, meeting: Pick<MeetingRow, 'region_id' | 'network_id' | 'starts_at'>): Promise<Invitee[]> {
  const day = nlParts(meeting.starts_at).day;
  let members = db
    .selectFrom('care_network_members as m')
    .innerJoin('care_networks as n', 'n.id', 'm.network_id')
    .select(['m.user_id', 'm.organisation_id'])
    .where('m.region_id', '=', meeting.region_id)
    .where('m.role', '=', 'representative')
    .where('m.active_from', '<=', day)
    .where((eb) => eb.or([eb('m.active_until', 'is', null), eb('m.active_until', '>=', day)]))
    .where('n.archived_at', 'is', null);
  let leads = db
    .selectFrom('care_networks as n')
    .select(['n.chair_user_id', 'n.secretary_user_id'])
    .where('n.region_id', '=', meeting.region_id)
    .where('n.archived_at', 'is', null);
  if (meeting.network_id !== null) {
    members = members.where('m.network_id', '=', meeting.network_id);
    leads = leads.where('n.id', '=', meeting.network_id);
  }
  const found = new Map<string, string | null>();
  for (const r of await members.orderBy('m.created_at').execute()) if (!found.has(r.user_id)) found.set(r.user_id, r.organisation_id);
  const leadIds = (await leads.execute()).flatMap((l) => [l.chair_user_id, l.secretary_user_id]).filter((id): id is string => id !== null && !found.has(id));
  if (leadIds.length) {
    const users = await db.selectFrom('users').select(['id', 'organisation_id']).where('region_id', '=', meeting.region_id).where('id', 'in', leadIds).execute();
    for (const u of users) found.set(u.id, u.organisation_id);
  }
  return [...found].map(([userId, organisationId]) => ({ userId, organisationId }));
}

/**
 * Records notices; returns the people who got this kind of notice now for the first time (or, for a
 * change or a cancellation, again), so the caller mails exactly them after the commit.
 */
export async function addNotices(db: Db, regionId: string, meetingId: string, userIds: readonly string[], kind: MeetingNoticeKind): Promise<string[]> {
  if (userIds.length === 0) return [];
  const rows = [...new Set(userIds)].map((user_id) => ({ region_id: regionId, meeting_id: meetingId, user_id, kind }));
  const repeatable = kind === 'changed' || kind === 'cancelled';
  const q = db.insertInto('care_meeting_notices').values(rows);
  const done = repeatable
    ? await q.onConflict((oc) => oc.columns(['meeting_id', 'user_id', 'kind']).doUpdateSet({ created_at: new Date(), read_at: null })).returning('user_id').execute()
    : await q.onConflict((oc) => oc.columns(['meeting_id', 'user_id', 'kind']).doNothing()).returning('user_id').execute();
  return done.map((r) => r.user_id);
}

/** Invites everyone who should come: attendance rows plus an invitation notice; plans the reminder. */
export async function inviteAll(ctx: AppContext, db: Db, meeting: MeetingRow): Promise<string[]> {
  const invitees = await inviteesOf(db, meeting);
  const withOrg = invitees.filter((i): i is { userId: string; organisationId: string } => i.organisationId !== null);
  if (withOrg.length) {
    await db
      .insertInto('care_meeting_attendance')
      .values(withOrg.map((i) => ({ region_id: meeting.region_id, meeting_id: meeting.id, user_id: i.userId, organisation_id: i.organisationId })))
      .onConflict((oc) => oc.columns(['meeting_id', 'user_id']).doNothing())
      .execute();
  }
  await planReminder(ctx, db, meeting);
  return addNotices(db, meeting.region_id, meeting.id, invitees.map((i) => i.userId), 'invitation');
}

/** The reminder job for the meeting's current start; a moved meeting gets a fresh one. */
export async function planReminder(ctx: AppContext, db: Db, meeting: Pick<MeetingRow, 'id' | 'region_id' | 'starts_at'>): Promise<void> {
  const runAt = new Date(Math.max(Date.now(), meeting.starts_at.getTime() - REMINDER_LEAD_MS));
  await ctx.jobs.enqueue(REMINDER_JOB, { meetingId: meeting.id }, { runAt, regionId: meeting.region_id, uniqueKey: `${REMINDER_JOB}:${meeting.id}:${meeting.starts_at.toISOString()}` }, db);
}

/** Everyone expected at the meeting now: invitees who did not send apologies, and named substitutes. */
export async function expectedPeople(db: Db, regionId: string, meetingId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('care_meeting_attendance')
    .select(['user_id', 'status', 'substitute_user_id'])
    .where('region_id', '=', regionId)
    .where('meeting_id', '=', meetingId)
    .execute();
  const people = rows.flatMap((r) => (r.status === 'apologised' ? (r.substitute_user_id ? [r.substitute_user_id] : []) : [r.user_id]));
  const leads = await db
    .selectFrom('care_meeting_notices')
    .select('user_id')
    .where('region_id', '=', regionId)
    .where('meeting_id', '=', meetingId)
    .where('kind', '=', 'invitation')
    .execute();
  const apologised = new Set(rows.filter((r) => r.status === 'apologised').map((r) => r.user_id));
  return [...new Set([...people, ...leads.map((l) => l.user_id).filter((u) => !apologised.has(u))])];
}

/** Sends the reminder of one meeting to whoever has not had it; safe to run twice. */
export async function sendReminders(ctx: AppContext, meetingId: string, regionId: string): Promise<number> {
  const meeting = await ctx.db
    .selectFrom('care_meetings')
    .select(['id', 'region_id', 'starts_at', 'status'])
    .where('region_id', '=', regionId)
    .where('id', '=', meetingId)
    .executeTakeFirst();
  if (!meeting || meeting.status !== 'planned' || meeting.starts_at.getTime() <= Date.now()) return 0;
  // The meeting moved to a later day after this job was planned: the move planned its own reminder.
  if (meeting.starts_at.getTime() - REMINDER_LEAD_MS > Date.now() + 60_000) return 0;
  const people = await expectedPeople(ctx.db, regionId, meetingId);
  const fresh = await addNotices(ctx.db, regionId, meetingId, people, 'reminder');
  await mailPeople(ctx, regionId, meetingId, fresh, 'reminder');
  return fresh.length;
}

const MAIL: Record<MeetingNoticeKind, { nl: [string, string]; en: [string, string] }> = {
  invitation: {
    nl: ['Samenspel: je bent uitgenodigd voor een overleg', 'Er is iets nieuws in Samenspel: je bent uitgenodigd voor een overleg van een zorgnetwerk.'],
    en: ['Samenspel: you are invited to a meeting', 'There is something new in Samenspel: you are invited to a care network meeting.'],
  },
  reminder: {
    nl: ['Samenspel herinnering: overleg', 'Een herinnering: binnenkort is er een overleg van een zorgnetwerk waarvoor je bent uitgenodigd.'],
    en: ['Samenspel reminder: meeting', 'A reminder: soon there is a care network meeting you are invited to.'],
  },
  changed: {
    nl: ['Samenspel: een overleg is veranderd', 'Er is iets nieuws in Samenspel: de dag, de tijd of de plek van een overleg is veranderd.'],
    en: ['Samenspel: a meeting has changed', 'There is something new in Samenspel: the day, time or place of a meeting has changed.'],
  },
  cancelled: {
    nl: ['Samenspel: een overleg gaat niet door', 'Er is iets nieuws in Samenspel: een overleg waarvoor je bent uitgenodigd gaat niet door.'],
    en: ['Samenspel: a meeting is cancelled', 'There is something new in Samenspel: a meeting you are invited to will not take place.'],
  },
};

/**
 * Mails without personal details: no network, no case, no names; the link leads to the log-in.
 * Called after the commit, never inside a transaction.
 */
export async function mailPeople(ctx: AppContext, regionId: string, meetingId: string, userIds: readonly string[], kind: MeetingNoticeKind): Promise<void> {
  if (userIds.length === 0) return;
  const users = await ctx.db.selectFrom('users').select(['email', 'locale']).where('region_id', '=', regionId).where('id', 'in', [...userIds]).where('status', '=', 'active').execute();
  const link = `${ctx.config.publicUrl}/zorgnetwerken/overleggen/${meetingId}`;
  for (const u of users) {
    const [subject, lead] = MAIL[kind][u.locale === 'en' ? 'en' : 'nl'];
    const text = u.locale === 'en' ? `Hello,\n\n${lead}\n\nOpen this link and log in to see more:\n\n${link}\n\nSamenspel` : `Hallo,\n\n${lead}\n\nOpen deze link en log in. Dan zie je meer:\n\n${link}\n\nSamenspel`;
    await ctx.mail.send({ regionId, to: u.email, subject, text });
  }
}
