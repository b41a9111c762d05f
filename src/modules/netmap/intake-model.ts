import { z } from 'zod';
import { personInput } from './model.js';
import { CLOSENESS, PERSON_STATUSES, SECTORS } from './schema.js';
import { INTAKE_ANSWERS, INTAKE_STATUSES, INTAKE_STEPS, LAST_STEP } from './intake-schema.js';

const version = z.number().int().min(1);
const participants = z
  .array(z.string().trim().min(1).max(120))
  .min(1)
  .max(12)
  .transform((list) => [...new Set(list)]);
const notes = z.partialRecord(z.enum(INTAKE_STEPS), z.string().trim().max(2000));

export const intakeParams = z.object({ clientId: z.string().uuid(), intakeId: z.string().uuid() });

/** Starting: who sits at the table. */
export const startIntakeInput = z.object({ participants });
export type StartIntakeInput = z.infer<typeof startIntakeInput>;

/**
 * Saving progress: the step to continue at, what was said per step (only the steps sent change),
 * who took part, and whether the conversation is paused or goes on.
 */
export const updateIntakeInput = z.object({
  version,
  step: z.number().int().min(0).max(LAST_STEP),
  notes: notes.default({}),
  participants: participants.optional(),
  status: z.enum(['running', 'paused']),
});
export type UpdateIntakeInput = z.infer<typeof updateIntakeInput>;

/** One person named in a step; the sector follows from the step unless the person belongs elsewhere. */
export const intakePersonInput = z.object({
  step: z.number().int().min(1).max(LAST_STEP - 1),
  answer: z.enum(INTAKE_ANSWERS),
  person: personInput,
});
export type IntakePersonInput = z.infer<typeof intakePersonInput>;

export const finishIntakeInput = z.object({ version, notes: notes.default({}) });
export type FinishIntakeInput = z.infer<typeof finishIntakeInput>;

export const intakeAddedPerson = z.object({
  personId: z.string(),
  displayName: z.string(),
  relation: z.string(),
  sector: z.enum(SECTORS),
  closeness: z.enum(CLOSENESS),
  status: z.enum(PERSON_STATUSES),
  step: z.number(),
  answer: z.enum(INTAKE_ANSWERS),
});
export type IntakeAddedPerson = z.infer<typeof intakeAddedPerson>;

const counts = z.object({ people: z.number(), sectors: z.number(), restore: z.number(), added: z.number() });

export const intakeView = z.object({
  id: z.string(),
  status: z.enum(INTAKE_STATUSES),
  step: z.number(),
  notes: z.record(z.string(), z.string()),
  participants: z.array(z.string()),
  startedByLabel: z.string(),
  startedAt: z.string(),
  pausedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  finishedByLabel: z.string().nullable(),
  summary: counts.nullable(),
  version: z.number(),
  added: z.array(intakeAddedPerson),
});
export type IntakeView = z.infer<typeof intakeView>;

export const intakePage = z.object({
  clientId: z.string(),
  clientName: z.string(),
  canWrite: z.boolean(),
  current: intakeView.nullable(),
  finished: z.array(intakeView),
  /** The map as it is now, for the summary step: people, life domains, people to restore contact with. */
  map: counts.omit({ added: true }),
});
export type IntakePage = z.infer<typeof intakePage>;
