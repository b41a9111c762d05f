import { z } from 'zod';
import { isIsoDay } from './meetings-time.js';

const day = z.string().refine(isIsoDay, { message: 'Use a date as yyyy-mm-dd.' });
const version = z.number().int().min(1);

export const meetingParams = z.object({ meetingId: z.string().uuid() });
export const itemParams = meetingParams.extend({ itemId: z.string().uuid() });
export const actionParams = z.object({ actionId: z.string().uuid() });

export const itemMinutesInput = z.object({
  body: z.string().max(20000),
  decisions: z.string().max(4000),
  /** 0 when nothing was saved for this item yet. */
  version: z.number().int().min(0),
});
export type ItemMinutesInput = z.infer<typeof itemMinutesInput>;

export const actionInput = z.object({
  body: z.string().trim().min(1).max(500),
  ownerUserId: z.string().uuid(),
  dueOn: day,
});
export type ActionInput = z.infer<typeof actionInput>;

export const publishInput = z.object({ version: z.number().int().min(0) });
export const closeActionInput = z.object({ version });
export const noticeReadInput = z.object({ ids: z.array(z.string().uuid()).max(100).optional() });

export const actionView = z.object({
  id: z.string(),
  meetingId: z.string(),
  itemId: z.string(),
  body: z.string(),
  ownerUserId: z.string(),
  ownerName: z.string(),
  dueOn: z.string(),
  status: z.enum(['open', 'done']),
  closedAt: z.string().nullable(),
  closedByName: z.string().nullable(),
  overdue: z.boolean(),
  mine: z.boolean(),
  version: z.number(),
});
export type ActionView = z.infer<typeof actionView>;

export const itemMinutesView = z.object({
  itemId: z.string(),
  kind: z.enum(['case', 'theme']),
  position: z.number(),
  /** The non-identifying agenda title. */
  title: z.string(),
  itemStatus: z.string(),
  /** False for a case item this person may not see: then only the title shows. */
  readable: z.boolean(),
  body: z.string(),
  decisions: z.string(),
  version: z.number(),
  updatedAt: z.string().nullable(),
  updatedByName: z.string().nullable(),
  actions: z.array(actionView),
});
export type ItemMinutesView = z.infer<typeof itemMinutesView>;

export const personOption = z.object({ userId: z.string(), name: z.string(), organisation: z.string().nullable() });

export const minutesView = z.object({
  meetingId: z.string(),
  networkId: z.string(),
  networkName: z.string(),
  startsAt: z.string(),
  meetingStatus: z.string(),
  status: z.enum(['draft', 'published']),
  /** 0 while nothing was saved. */
  version: z.number(),
  publishedAt: z.string().nullable(),
  publishedByName: z.string().nullable(),
  dueOn: z.string(),
  overdue: z.boolean(),
  canWrite: z.boolean(),
  /** The text is shown: always to the writer and chair, to members once sent. */
  visible: z.boolean(),
  items: z.array(itemMinutesView),
  people: z.array(personOption),
});
export type MinutesView = z.infer<typeof minutesView>;

export const myActionView = actionView.extend({ networkName: z.string(), meetingStartsAt: z.string(), itemTitle: z.string() });
export type MyActionView = z.infer<typeof myActionView>;

export const overdueMinutesView = z.object({
  meetingId: z.string(),
  networkId: z.string(),
  networkName: z.string(),
  startsAt: z.string(),
  dueOn: z.string(),
  daysLate: z.number(),
  secretaryName: z.string().nullable(),
  itemsWritten: z.number(),
  itemsTotal: z.number(),
  remindersSent: z.number(),
});
export type OverdueMinutesView = z.infer<typeof overdueMinutesView>;

export const minutesNoticeView = z.object({
  id: z.string(),
  kind: z.enum(['published', 'action']),
  meetingId: z.string(),
  networkName: z.string(),
  meetingStartsAt: z.string(),
  createdAt: z.string(),
  read: z.boolean(),
});
export type MinutesNoticeView = z.infer<typeof minutesNoticeView>;
