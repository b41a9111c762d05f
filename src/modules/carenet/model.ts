import { z } from 'zod';
import { AGE_GROUPS, ATTENDANCE_STATUSES, ITEM_KINDS, ITEM_STATUSES, MANDATE_LEVELS, MEETING_KINDS, MEETING_NOTICE_KINDS, MEETING_STATUSES, NETWORK_MEMBER_ROLES } from './schema.js';
import { isIsoDay } from './meetings-time.js';

const day = z.string().refine(isIsoDay, { message: 'Use a date as yyyy-mm-dd.' });
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Use a time as HH:MM.' });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));
const version = z.number().int().min(1);
const uuid = z.string().uuid();

export const networkParams = z.object({ networkId: uuid });
export const memberParams = networkParams.extend({ memberId: uuid });
export const meetingParams = z.object({ meetingId: uuid });
export const itemParams = z.object({ itemId: uuid });
export const attendanceParams = meetingParams.extend({ attendanceId: uuid });
export const guestParams = itemParams.extend({ guestId: uuid });

// ---- Networks ----

export const networkInput = z.object({
  name: z.string().trim().min(1).max(120),
  ageGroup: z.enum(AGE_GROUPS),
  area: optionalText(200),
  targetGroup: optionalText(200),
  meetingIntervalWeeks: z.number().int().min(1).max(52).default(6),
  meetingMinutes: z.number().int().min(15).max(480).default(90),
  chairUserId: uuid.nullish().transform((v) => v ?? null),
  secretaryUserId: uuid.nullish().transform((v) => v ?? null),
  defaultLocation: optionalText(200),
});
export type NetworkInput = z.infer<typeof networkInput>;
export const networkUpdate = networkInput.extend({ version });
export type NetworkUpdate = z.infer<typeof networkUpdate>;

export const personRef = z.object({ id: z.string(), name: z.string(), organisationName: z.string().nullable() });

export const networkListItem = z.object({
  id: z.string(),
  name: z.string(),
  ageGroup: z.enum(AGE_GROUPS),
  area: z.string().nullable(),
  chair: personRef.nullable(),
  memberCount: z.number(),
  nextMeetingAt: z.string().nullable(),
  myRole: z.object({ chair: z.boolean(), secretary: z.boolean(), member: z.boolean() }),
});
export type NetworkListItem = z.infer<typeof networkListItem>;

export const memberView = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  organisationId: z.string(),
  organisationName: z.string(),
  role: z.enum(NETWORK_MEMBER_ROLES),
  jobTitle: z.string().nullable(),
  mandate: z.string().nullable(),
  mandateLevel: z.enum(MANDATE_LEVELS).nullable(),
  activeFrom: z.string(),
  activeUntil: z.string().nullable(),
  active: z.boolean(),
  version: z.number(),
});
export type MemberView = z.infer<typeof memberView>;

export const meetingSummary = z.object({
  id: z.string(),
  networkId: z.string().nullable(),
  networkName: z.string().nullable(),
  kind: z.enum(MEETING_KINDS),
  startsAt: z.string(),
  date: z.string(),
  startTime: z.string(),
  durationMinutes: z.number(),
  location: z.string().nullable(),
  status: z.enum(MEETING_STATUSES),
  itemCount: z.number(),
});
export type MeetingSummary = z.infer<typeof meetingSummary>;

export const networkDetail = z.object({
  id: z.string(),
  name: z.string(),
  ageGroup: z.enum(AGE_GROUPS),
  area: z.string().nullable(),
  targetGroup: z.string().nullable(),
  meetingIntervalWeeks: z.number(),
  meetingMinutes: z.number(),
  defaultLocation: z.string().nullable(),
  scheduleFirstDay: z.string().nullable(),
  scheduleTime: z.string().nullable(),
  chair: personRef.nullable(),
  secretary: personRef.nullable(),
  version: z.number(),
  myRole: z.object({ chair: z.boolean(), secretary: z.boolean(), member: z.boolean(), admin: z.boolean(), manage: z.boolean() }),
  members: z.array(memberView),
  upcoming: z.array(meetingSummary),
  past: z.array(meetingSummary),
});
export type NetworkDetail = z.infer<typeof networkDetail>;

export const memberInput = z.object({
  userId: uuid,
  organisationId: uuid.nullish().transform((v) => v ?? null),
  role: z.enum(NETWORK_MEMBER_ROLES),
  jobTitle: optionalText(120),
  mandate: optionalText(1000),
  mandateLevel: z.enum(MANDATE_LEVELS).nullish().transform((v) => v ?? null),
  activeFrom: day.nullish().transform((v) => v ?? null),
  activeUntil: day.nullish().transform((v) => v ?? null),
});
export type MemberInput = z.infer<typeof memberInput>;
export const memberUpdate = memberInput.omit({ userId: true }).extend({ version });
export type MemberUpdate = z.infer<typeof memberUpdate>;

export const directoryPerson = z.object({ id: z.string(), name: z.string(), organisationId: z.string().nullable(), organisationName: z.string().nullable(), jobTitle: z.string().nullable() });
export type DirectoryPerson = z.infer<typeof directoryPerson>;

// ---- Meetings ----

export const scheduleInput = z.object({
  firstDay: day,
  time,
  intervalWeeks: z.number().int().min(1).max(52),
  durationMinutes: z.number().int().min(15).max(480),
  location: optionalText(200),
  months: z.number().int().min(1).max(12).default(6),
  version,
});
export type ScheduleInput = z.infer<typeof scheduleInput>;

export const meetingInput = z.object({
  date: day,
  time,
  durationMinutes: z.number().int().min(15).max(480).default(90),
  location: optionalText(200),
});
export type MeetingInput = z.infer<typeof meetingInput>;
export const meetingUpdate = meetingInput.extend({ version, cancel: z.boolean().default(false) });
export type MeetingUpdate = z.infer<typeof meetingUpdate>;

export const attendanceView = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  status: z.enum(ATTENDANCE_STATUSES),
  substitute: personRef.nullable(),
  substitutePresent: z.boolean(),
  note: z.string().nullable(),
  version: z.number(),
});
export type AttendanceView = z.infer<typeof attendanceView>;

export const guestView = z.object({ id: z.string(), userId: z.string(), name: z.string(), organisationName: z.string().nullable(), roleLabel: z.string().nullable() });
export type GuestView = z.infer<typeof guestView>;

export const itemView = z.object({
  id: z.string(),
  kind: z.enum(ITEM_KINDS),
  position: z.number(),
  /** For a case item: the case's non-identifying label, never anything else about the case. */
  title: z.string(),
  note: z.string().nullable(),
  caseId: z.string().nullable(),
  timeBoxMinutes: z.number(),
  status: z.enum(ITEM_STATUSES),
  carriedOver: z.boolean(),
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  submittedByName: z.string().nullable(),
  mine: z.boolean(),
  guests: z.array(guestView),
  version: z.number(),
});
export type ItemView = z.infer<typeof itemView>;

export const meetingDetail = meetingSummary.extend({
  version: z.number(),
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  /** The server's clock, so every screen counts down from the same moment. */
  serverNow: z.string(),
  myRole: z.object({ manage: z.boolean(), member: z.boolean(), guest: z.boolean(), substitute: z.boolean() }),
  items: z.array(itemView),
  attendance: z.array(attendanceView),
  /** The viewer's own invitation row, to send apologies. */
  myAttendance: attendanceView.nullable(),
  substituteCandidates: z.array(personRef),
  nextMeeting: z.object({ id: z.string(), startsAt: z.string() }).nullable(),
});
export type MeetingDetail = z.infer<typeof meetingDetail>;

export const apologyInput = z.object({
  version,
  substituteUserId: uuid.nullish().transform((v) => v ?? null),
  note: optionalText(500),
});
export type ApologyInput = z.infer<typeof apologyInput>;

export const attendanceInput = z.object({
  version,
  status: z.enum(ATTENDANCE_STATUSES),
  substitutePresent: z.boolean().default(false),
});
export type AttendanceInput = z.infer<typeof attendanceInput>;

export const myMeeting = meetingSummary.extend({
  myStatus: z.enum(ATTENDANCE_STATUSES).nullable(),
  asSubstitute: z.boolean(),
  asGuest: z.boolean(),
});
export type MyMeeting = z.infer<typeof myMeeting>;

export const noticeView = z.object({
  id: z.string(),
  kind: z.enum(MEETING_NOTICE_KINDS),
  meetingId: z.string(),
  networkName: z.string().nullable(),
  meetingKind: z.enum(MEETING_KINDS),
  startsAt: z.string(),
  createdAt: z.string(),
  read: z.boolean(),
});
export type NoticeView = z.infer<typeof noticeView>;
export const readNoticesInput = z.object({ ids: z.array(uuid).max(200).optional() });

export const statsRow = z.object({
  organisationId: z.string(),
  organisationName: z.string(),
  meetings: z.number(),
  present: z.number(),
  apologised: z.number(),
  absent: z.number(),
  /** Share of meetings with someone of the organisation present, 0..1. */
  share: z.number(),
  /** Missed the last two or more held meetings in a row. */
  repeatedAbsence: z.boolean(),
  /** Per held meeting, oldest first: was the organisation there. */
  history: z.array(z.object({ meetingId: z.string(), date: z.string(), present: z.boolean() })),
});
export const attendanceStats = z.object({ from: z.string(), to: z.string(), meetings: z.number(), rows: z.array(statsRow) });
export type AttendanceStats = z.infer<typeof attendanceStats>;

// ---- Agenda ----

export const themeItemInput = z.object({ title: z.string().trim().min(1).max(160), note: optionalText(2000) });
export type ThemeItemInput = z.infer<typeof themeItemInput>;
export const itemUpdate = z.object({
  version,
  title: z.string().trim().min(1).max(160).optional(),
  note: optionalText(2000).optional(),
  timeBoxMinutes: z.number().int().min(1).max(120).optional(),
});
export type ItemUpdate = z.infer<typeof itemUpdate>;
export const moveInput = z.object({ version, direction: z.enum(['up', 'down']) });
export type MoveInput = z.infer<typeof moveInput>;
export const versionInput = z.object({ version });
export const endMeetingInput = z.object({ version, carryOver: z.array(uuid).max(100).default([]) });
export type EndMeetingInput = z.infer<typeof endMeetingInput>;
export const guestInput = z.object({ userId: uuid, roleLabel: optionalText(120) });
export type GuestInput = z.infer<typeof guestInput>;
