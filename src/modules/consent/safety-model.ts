import { z } from 'zod';
import { INFORMATION_CATEGORIES } from '../../platform/audit/schema.js';
import { SAFETY_GROUNDS } from './schema.js';
import { SAFETY_OUTCOMES } from './safety-rules.js';

/**
 * Safety exceptions: the API shapes. Minimum lengths (justification, reason not to inform) are
 * checked in safety.ts with a plain message naming the field.
 */

export { SAFETY_OUTCOMES, SAFETY_VALID_HOURS, SAFETY_REVIEW_DAYS, JUSTIFICATION_MIN, NO_INFORM_REASON_MIN, REVIEW_NOTE_MIN, type SafetyOutcome } from './safety-rules.js';

export const safetyExceptionInput = z.object({
  ground: z.enum(SAFETY_GROUNDS),
  categories: z.array(z.enum(INFORMATION_CATEGORIES)).min(1).max(INFORMATION_CATEGORIES.length),
  justification: z.string().trim().max(4000),
  informClient: z.boolean(),
  /** Required when informClient is false: why telling the client would endanger someone. */
  noInformReason: z.string().trim().max(2000).nullable().optional(),
});
export type SafetyExceptionInput = z.infer<typeof safetyExceptionInput>;

export const safetyReviewInput = z.object({
  outcome: z.enum(SAFETY_OUTCOMES),
  note: z.string().trim().max(2000),
  version: z.number().int().min(1),
});
export type SafetyReviewInput = z.infer<typeof safetyReviewInput>;

export const safetyParams = z.object({ clientId: z.string().uuid(), id: z.string().uuid() });

const ground = z.enum(SAFETY_GROUNDS);
const category = z.enum(INFORMATION_CATEGORIES);

export const safetyExceptionView = z.object({
  id: z.string(),
  clientId: z.string(),
  professionalLabel: z.string(),
  ground,
  categories: z.array(category),
  justification: z.string(),
  informClient: z.boolean(),
  noInformReason: z.string().nullable(),
  createdAt: z.string(),
  validUntil: z.string(),
  /** The categories are open under this exception right now. */
  active: z.boolean(),
  reviewDueAt: z.string(),
  overdue: z.boolean(),
  reviewedAt: z.string().nullable(),
  reviewedByLabel: z.string().nullable(),
  reviewOutcome: z.enum(SAFETY_OUTCOMES).nullable(),
  reviewNote: z.string().nullable(),
  clientInformedAt: z.string().nullable(),
  version: z.number(),
  /** The viewer wrote it. */
  mine: z.boolean(),
  /** The viewer may end it early (the author, while it is open). */
  canEnd: z.boolean(),
  /** The viewer may review it (someone other than the author, while unreviewed). */
  canReview: z.boolean(),
});
export type SafetyExceptionView = z.infer<typeof safetyExceptionView>;

export const safetyExceptionList = z.object({ exceptions: z.array(safetyExceptionView) });

/** For the review list: no client names, the reviewer opens the exception (logged) to read more. */
export const safetyToReview = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      clientId: z.string(),
      professionalLabel: z.string(),
      ground,
      createdAt: z.string(),
      reviewDueAt: z.string(),
      overdue: z.boolean(),
    }),
  ),
});
export type SafetyToReview = z.infer<typeof safetyToReview>;
