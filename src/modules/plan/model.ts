import { z } from 'zod';
import { ASSIGNEE_KINDS, GOAL_STATUSES, LIFE_DOMAINS, PAYERS, REFERRAL_KINDS, REFERRAL_OUTCOMES, TASK_STATUSES } from './schema.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .default(null)
    .transform((v) => (v === '' ? null : v));
const score = z.number().int().min(1).max(10).nullable().default(null);
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Schrijf de datum als jjjj-mm-dd.')
  .nullable()
  .default(null);
const version = z.number().int().min(1);

export const goalInput = z.object({
  domain: z.enum(LIFE_DOMAINS),
  ownWords: text(500),
  success: optionalText(500),
  scoreNow: score,
  scoreTarget: score,
});
export type GoalInput = z.infer<typeof goalInput>;
export const goalUpdate = goalInput.extend({ status: z.enum(GOAL_STATUSES), version });
export type GoalUpdate = z.infer<typeof goalUpdate>;

/** Who does it: the client, a member of the circle, or nobody yet. */
export const assigneeInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('client') }),
  z.object({ kind: z.literal('member'), linkId: z.string().uuid() }),
  z.object({ kind: z.literal('open') }),
]);
export type AssigneeInput = z.infer<typeof assigneeInput>;

/** RRULE bodies the agenda can expand; other parts (COUNT, BYSETPOS…) are not offered in the app. */
const RRULE = /^FREQ=(DAILY|WEEKLY|MONTHLY)(;INTERVAL=[1-9]\d?)?(;BYDAY=(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*)?$/;

export const taskInput = z.object({
  goalId: z.string().uuid().nullable().default(null),
  title: text(200),
  details: optionalText(2000),
  assignee: assigneeInput,
  frequency: optionalText(200),
  recurrence: z.string().regex(RRULE, 'Kies hoe vaak: dagelijks, wekelijks of maandelijks.').nullable().default(null),
  localTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Schrijf de tijd als 10:00.')
    .nullable()
    .default(null),
  durationMinutes: z.number().int().min(5).max(1440).nullable().default(null),
  startsOn: day,
  untilOn: day,
  dueOn: day,
  location: optionalText(300),
  costCents: z.number().int().min(0).max(10_000_000).nullable().default(null),
  costNote: optionalText(300),
  payer: z.enum(PAYERS).nullable().default(null),
  payerNote: optionalText(300),
  /** An offer from the sociale kaart this agreement is about: suggested, or a referral made. Set when added. */
  offer: z.object({ id: z.string().uuid(), kind: z.enum(REFERRAL_KINDS) }).nullable().default(null),
});
export type TaskInput = z.infer<typeof taskInput>;
export const taskUpdate = taskInput.extend({ version });
export type TaskUpdate = z.infer<typeof taskUpdate>;

export const taskResponse = z.object({
  answer: z.enum(['accept', 'decline']),
  /** Declining needs no reason; a note is optional either way. */
  note: optionalText(500),
  version,
});
export type TaskResponse = z.infer<typeof taskResponse>;

export const referralOutcomeInput = z.object({ outcome: z.enum(REFERRAL_OUTCOMES), note: optionalText(500), version });
export type ReferralOutcomeInput = z.infer<typeof referralOutcomeInput>;

export const taskStatusChange = z.object({ status: z.enum(['done', 'stopped', 'accepted']), version });
export type TaskStatusChange = z.infer<typeof taskStatusChange>;

export const goalView = z.object({
  id: z.string(),
  domain: z.enum(LIFE_DOMAINS),
  ownWords: z.string(),
  success: z.string().nullable(),
  scoreNow: z.number().nullable(),
  scoreTarget: z.number().nullable(),
  status: z.enum(GOAL_STATUSES),
  version: z.number(),
});
export type GoalView = z.infer<typeof goalView>;

export const taskView = z.object({
  id: z.string(),
  goalId: z.string().nullable(),
  title: z.string(),
  details: z.string().nullable(),
  assignee: z.object({ kind: z.enum(ASSIGNEE_KINDS), linkId: z.string().nullable(), label: z.string().nullable() }),
  status: z.enum(TASK_STATUSES),
  frequency: z.string().nullable(),
  recurrence: z.string().nullable(),
  localTime: z.string().nullable(),
  durationMinutes: z.number().nullable(),
  startsOn: z.string().nullable(),
  untilOn: z.string().nullable(),
  dueOn: z.string().nullable(),
  location: z.string().nullable(),
  costCents: z.number().nullable(),
  costNote: z.string().nullable(),
  payer: z.enum(PAYERS).nullable(),
  payerNote: z.string().nullable(),
  responseNote: z.string().nullable(),
  returnedFrom: z.string().nullable(),
  askedBy: z.string(),
  offer: z
    .object({
      id: z.string(),
      title: z.string(),
      organisationName: z.string(),
      /** False when the offer left the map since; the plan still names it. */
      visible: z.boolean(),
      kind: z.enum(REFERRAL_KINDS),
      outcome: z.enum(REFERRAL_OUTCOMES).nullable(),
      outcomeNote: z.string().nullable(),
    })
    .nullable(),
  /** The actor is the one asked: they may accept or decline it. */
  mine: z.boolean(),
  version: z.number(),
});
export type TaskView = z.infer<typeof taskView>;

export const personRef = z.object({ userId: z.string(), label: z.string() });

export const handoverView = z.object({
  id: z.string(),
  from: z.string().nullable(),
  to: z.string(),
  note: z.string(),
  handedOverOn: z.string(),
  recordedBy: z.string(),
});

export const planView = z.object({
  clientId: z.string(),
  clientName: z.string(),
  planId: z.string().nullable(),
  status: z.enum(['none', 'open', 'closed']),
  closingSummary: z.string().nullable(),
  version: z.number(),
  regisseur: personRef.nullable(),
  /** The circle's version: a regisseur hand-over is written against it. */
  circleVersion: z.number(),
  handovers: z.array(handoverView),
  goals: z.array(goalView),
  tasks: z.array(taskView),
  /** The actor may add and change goals and agreements (contribute on `plan`, or the client's side). */
  canEdit: z.boolean(),
  family: z
    .object({ id: z.string(), name: z.string(), members: z.array(z.object({ clientId: z.string(), name: z.string(), goals: z.array(goalView) })) })
    .nullable(),
});
export type PlanView = z.infer<typeof planView>;

/** One person the app proposes for a task, in the natural order, with the reasons in data. */
export const suggestionView = z.object({
  tier: z.enum(['client', 'network', 'volunteer', 'professional']),
  assignee: assigneeInput,
  label: z.string(),
  /** Carries `carries` of the plan's `total` open agreements. */
  carries: z.number(),
  total: z.number(),
  /** Carries more than half of the open agreements (at least three): asking more risks overload. */
  overloaded: z.boolean(),
  /** Why this place in the order, as codes the web app words: close-by, own-network, volunteer, professional, lowest-load. */
  reasons: z.array(z.string()),
});
export type SuggestionView = z.infer<typeof suggestionView>;

export const handoverInput = z.object({
  toUserId: z.string().uuid(),
  note: text(2000),
  handedOverOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Schrijf de datum als jjjj-mm-dd.'),
  /** The circle's version the hand-over was written against; 0 while the circle was never started. */
  version: z.number().int().min(0),
});
export type HandoverInput = z.infer<typeof handoverInput>;

export const familyInput = z.object({ name: text(120), withClientId: z.string().uuid() });

export const myTaskView = taskView.extend({ clientId: z.string(), clientName: z.string() });
export type MyTaskView = z.infer<typeof myTaskView>;
