import { z } from 'zod';
import { ITEM_KINDS, MINUTES_BEFORE, NOTICE_KINDS } from './schema.js';
import { isIsoDay, isLocalTime } from './recurrence.js';

const day = z.string().refine(isIsoDay, { message: 'Use a date as yyyy-mm-dd.' });
const time = z.string().refine(isLocalTime, { message: 'Use a time as HH:MM.' });
const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) =>
  text(max)
    .nullish()
    .transform((v) => (v ? v : null));

export const clientParams = z.object({ id: z.string().uuid() });
export const itemParams = clientParams.extend({ itemId: z.string().uuid() });

/** A window of Dutch calendar days, both ends included. */
export const windowQuery = z.object({ from: day.optional(), to: day.optional() });
export type WindowQuery = z.infer<typeof windowQuery>;

export const itemInput = z.object({
  kind: z.enum(ITEM_KINDS),
  title: text(200).min(1),
  /** The (first) date and the wall-clock times, in Dutch local time. */
  date: day,
  startTime: time,
  endTime: time,
  /** An RRULE body such as "FREQ=WEEKLY" or "FREQ=WEEKLY;INTERVAL=2"; empty or null = once. */
  recurrence: optionalText(200),
  repeatUntil: day.nullish().transform((v) => v ?? null),
  location: optionalText(200),
  notes: optionalText(2000),
  /** Circle members with an account, and the client; the one who saves need not be in it. */
  attendeeUserIds: z.array(z.string().uuid()).max(60).default([]),
});
export type ItemInput = z.infer<typeof itemInput>;

export const itemUpdate = itemInput.extend({ version: z.number().int().min(1) });
export type ItemUpdate = z.infer<typeof itemUpdate>;

export const cancelInput = z.object({ version: z.number().int().min(1), reason: optionalText(500) });
export type CancelInput = z.infer<typeof cancelInput>;

export const skipInput = cancelInput.extend({ date: day });
export type SkipInput = z.infer<typeof skipInput>;

const attendee = z.object({ userId: z.string(), label: z.string() });

export const itemView = z.object({
  id: z.string(),
  clientId: z.string(),
  kind: z.enum(ITEM_KINDS),
  title: z.string(),
  notes: z.string().nullable(),
  location: z.string().nullable(),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  recurrence: z.string().nullable(),
  repeatUntil: z.string().nullable(),
  attendees: z.array(attendee),
  skipped: z.array(z.object({ date: z.string(), reason: z.string().nullable() })),
  cancelled: z.object({ at: z.string(), byLabel: z.string().nullable(), reason: z.string().nullable() }).nullable(),
  createdByLabel: z.string(),
  version: z.number(),
});
export type ItemView = z.infer<typeof itemView>;

export const OCCURRENCE_KINDS = [...ITEM_KINDS, 'taak', 'deadline'] as const;

/** One entry on the calendar: an appointment's date, a plan task's date, or a task's due date. */
export const occurrenceView = z.object({
  key: z.string(),
  source: z.enum(['item', 'task']),
  itemId: z.string().nullable(),
  taskId: z.string().nullable(),
  clientId: z.string(),
  kind: z.enum(OCCURRENCE_KINDS),
  title: z.string(),
  date: z.string(),
  /** Dutch wall-clock times; null for a whole-day entry. */
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  location: z.string().nullable(),
  recurring: z.boolean(),
  cancelled: z.boolean(),
  cancelReason: z.string().nullable(),
  /** Who is invited (appointments) or who does it (tasks). */
  people: z.array(z.string()),
});
export type OccurrenceView = z.infer<typeof occurrenceView>;

export const personOption = z.object({ userId: z.string(), label: z.string() });

export const calendarView = z.object({
  clientId: z.string(),
  from: z.string(),
  to: z.string(),
  occurrences: z.array(occurrenceView),
  items: z.array(itemView),
  /** Whether this reader may add and change appointments. */
  canEdit: z.boolean(),
  /** Who can be invited; only for those who may edit. */
  people: z.array(personOption),
  /** False when plan tasks are left out because the reader may not see the plan. */
  planIncluded: z.boolean(),
});
export type CalendarView = z.infer<typeof calendarView>;

export const myAgendaView = z.object({
  from: z.string(),
  to: z.string(),
  clients: z.array(z.object({ id: z.string(), name: z.string().nullable() })),
  occurrences: z.array(occurrenceView),
});
export type MyAgendaView = z.infer<typeof myAgendaView>;

export const noticeView = z.object({
  id: z.string(),
  kind: z.enum(NOTICE_KINDS),
  clientId: z.string(),
  clientName: z.string().nullable(),
  itemId: z.string(),
  title: z.string(),
  itemKind: z.enum(ITEM_KINDS),
  /** The occurrence the notice is about, or the first one. */
  startsAt: z.string(),
  date: z.string(),
  startTime: z.string(),
  createdAt: z.string(),
  read: z.boolean(),
});
export type NoticeView = z.infer<typeof noticeView>;

export const markReadInput = z.object({ ids: z.array(z.string().uuid()).max(200).optional() });

export const reminderPrefs = z.object({
  /** Wall-clock time on the day before; null = no reminder the day before. */
  dayBeforeAt: time.nullable(),
  minutesBefore: z
    .number()
    .int()
    .refine((v) => (MINUTES_BEFORE as readonly number[]).includes(v), { message: `One of ${MINUTES_BEFORE.join(', ')}.` })
    .nullable(),
  byEmail: z.boolean(),
  inApp: z.boolean(),
});
export type ReminderPrefs = z.infer<typeof reminderPrefs>;
export const reminderPrefsView = reminderPrefs.extend({ version: z.number() });
export type ReminderPrefsView = z.infer<typeof reminderPrefsView>;
export const reminderPrefsUpdate = reminderPrefs.extend({ version: z.number().int().min(0) });

export const feedStatus = z.object({ active: z.boolean(), createdAt: z.string().nullable(), lastFetchedAt: z.string().nullable() });
export type FeedStatus = z.infer<typeof feedStatus>;
/** The secret address is shown once, when it is made; only its hash is kept. */
export const feedCreated = z.object({ url: z.string(), createdAt: z.string() });
export const feedParams = z.object({ file: z.string().max(100) });
