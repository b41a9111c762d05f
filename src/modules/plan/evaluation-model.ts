import { z } from 'zod';
import { LIFE_DOMAINS } from './schema.js';
import { AGREEMENT_DECISIONS, EVALUATION_STATUSES, YIELDS } from './evaluation-schema.js';

/**
 * The API shapes of evaluation moments. Formats and lengths are checked here; what a person can get
 * wrong (a date in the past, a goal left out) is checked in evaluation-service.ts with a plain
 * message naming the field.
 */

const version = z.number().int().min(1);
const note = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .default(null)
    .transform((v) => (v === '' ? null : v));
const score = z.number().int().min(1).max(10);

export const clientParams = z.object({ clientId: z.string().uuid() });
export const evaluationParams = z.object({ clientId: z.string().uuid(), evaluationId: z.string().uuid() });

export const scheduleInput = z.object({
  /** yyyy-mm-dd, from today up to two years ahead. */
  plannedOn: z.iso.date(),
  agendaNote: note(2000),
  /** Members of the circle (client_links ids) who are asked to join. */
  inviteeLinkIds: z.array(z.string().uuid()).max(40).default([]),
});
export type ScheduleInput = z.infer<typeof scheduleInput>;

export const rescheduleInput = scheduleInput.extend({ version });
export type RescheduleInput = z.infer<typeof rescheduleInput>;

export const cancelInput = z.object({ version });

export const holdInput = z.object({
  version,
  goals: z
    .array(
      z.object({
        goalId: z.string().uuid(),
        /** The goal's version as the form showed it: a goal changed meanwhile gives 409. */
        version,
        /** Null: not talked about this time; the plan keeps its score. */
        clientScore: score.nullable(),
        /** Scores of others in the circle, each named by their membership. */
        otherScores: z.array(z.object({ linkId: z.string().uuid(), score })).max(20).default([]),
        wentWell: note(2000),
        toChange: note(2000),
      }),
    )
    .max(50),
  agreements: z
    .array(z.object({ taskId: z.string().uuid(), version, decision: z.enum(AGREEMENT_DECISIONS), note: note(2000) }))
    .max(100),
  yields: z.array(z.enum(YIELDS)).max(YIELDS.length).default([]),
  wentWell: note(4000),
  toChange: note(4000),
  /** Plan the next evaluation right away ("en dan weer evalueren"). */
  nextPlannedOn: z.iso.date().nullable().default(null),
});
export type HoldInput = z.infer<typeof holdInput>;

const person = z.object({ linkId: z.string().nullable(), label: z.string() });

export const evaluationSummary = z.object({
  id: z.string(),
  plannedOn: z.string(),
  status: z.enum(EVALUATION_STATUSES),
  heldOn: z.string().nullable(),
  heldBy: z.string().nullable(),
  agendaNote: z.string().nullable(),
  invitees: z.array(person),
  scheduledBy: z.string(),
  yields: z.array(z.enum(YIELDS)),
  version: z.number(),
});
export type EvaluationSummary = z.infer<typeof evaluationSummary>;

export const evaluationList = z.object({
  evaluations: z.array(evaluationSummary),
  /** Members of the circle who can be invited or give a score. */
  people: z.array(z.object({ linkId: z.string(), label: z.string(), relation: z.string() })),
  /** The viewer may plan and hold evaluations (contribute on the plan, or the client's side). */
  canEdit: z.boolean(),
  plannedOnMin: z.string(),
  plannedOnMax: z.string(),
});
export type EvaluationList = z.infer<typeof evaluationList>;

/** A goal as it stands in the plan now, to score while holding the evaluation. */
const openGoal = z.object({
  goalId: z.string(),
  domain: z.enum(LIFE_DOMAINS),
  ownWords: z.string(),
  success: z.string().nullable(),
  scoreNow: z.number().nullable(),
  scoreTarget: z.number().nullable(),
  version: z.number(),
});

const openAgreement = z.object({
  taskId: z.string(),
  title: z.string(),
  assigneeLabel: z.string().nullable(),
  status: z.string(),
  frequency: z.string().nullable(),
  version: z.number(),
});

const recordGoal = z.object({
  goalId: z.string().nullable(),
  domain: z.string(),
  ownWords: z.string(),
  previousScore: z.number().nullable(),
  clientScore: z.number().nullable(),
  otherScores: z.array(z.object({ label: z.string(), score: z.number() })),
  wentWell: z.string().nullable(),
  toChange: z.string().nullable(),
});

const recordAgreement = z.object({
  taskId: z.string().nullable(),
  title: z.string(),
  assigneeLabel: z.string().nullable(),
  decision: z.enum(AGREEMENT_DECISIONS),
  note: z.string().nullable(),
});

export const evaluationDetail = evaluationSummary.extend({
  canEdit: z.boolean(),
  people: z.array(z.object({ linkId: z.string(), label: z.string(), relation: z.string() })),
  /** While planned: what to score and decide. Empty once held. */
  openGoals: z.array(openGoal),
  openAgreements: z.array(openAgreement),
  /** Once held: the dated record. */
  record: z
    .object({
      goals: z.array(recordGoal),
      agreements: z.array(recordAgreement),
      wentWell: z.string().nullable(),
      toChange: z.string().nullable(),
    })
    .nullable(),
  plannedOnMin: z.string(),
  plannedOnMax: z.string(),
});
export type EvaluationDetail = z.infer<typeof evaluationDetail>;

export const evaluationOverview = z.object({
  held: z.number(),
  /** How often each yield was named across the held evaluations. */
  yields: z.record(z.enum(YIELDS), z.number()),
  /** Per goal the client's scores over time, oldest first; the plan's current score and target. */
  goals: z.array(
    z.object({
      goalId: z.string(),
      domain: z.string(),
      ownWords: z.string(),
      status: z.string(),
      scoreNow: z.number().nullable(),
      scoreTarget: z.number().nullable(),
      points: z.array(z.object({ on: z.string(), score: z.number() })),
    }),
  ),
});
export type EvaluationOverview = z.infer<typeof evaluationOverview>;
