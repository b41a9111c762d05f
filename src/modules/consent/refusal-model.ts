import { z } from 'zod';

/**
 * The refusal register ("niet mijn zus"): the API shapes. Lengths and formats are checked here;
 * the rules a person can get wrong (a review date in the past) are checked in refusals.ts, with a
 * plain message naming the field.
 */

export const refusalInput = z.object({
  personName: z.string().trim().max(200),
  /** Empty or left out means "not known". */
  personEmail: z.string().trim().toLowerCase().max(254).nullable().optional(),
  relationLabel: z.string().trim().max(100).nullable().optional(),
  reason: z.string().trim().max(2000),
  /** yyyy-mm-dd, after today and at most two years ahead. */
  reviewOn: z.iso.date(),
});
export type RefusalInput = z.infer<typeof refusalInput>;

export const refusalReviewInput = z.object({
  version: z.number().int().min(1),
  reviewOn: z.iso.date(),
});
export type RefusalReviewInput = z.infer<typeof refusalReviewInput>;

export const refusalEndInput = z.object({ version: z.number().int().min(1) });

export const refusalParams = z.object({ clientId: z.string().uuid(), id: z.string().uuid() });
export const clientParams = z.object({ clientId: z.string().uuid() });

export const refusalView = z.object({
  id: z.string(),
  personName: z.string(),
  personEmail: z.string().nullable(),
  relationLabel: z.string().nullable(),
  reason: z.string(),
  reviewOn: z.string(),
  recordedByLabel: z.string(),
  createdAt: z.string(),
  reviewedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  endedByLabel: z.string().nullable(),
  active: z.boolean(),
  /** The review date has come: time to talk about it again. */
  reviewDue: z.boolean(),
  version: z.number(),
});
export type RefusalView = z.infer<typeof refusalView>;

export const refusalList = z.object({
  refusals: z.array(refusalView),
  /** The viewer may record a refusal: the client, whoever decides for them, or a professional of the circle. */
  canRecord: z.boolean(),
  /** The viewer may note "discussed again, it stands" with a new date. */
  canReview: z.boolean(),
  /** The viewer may withdraw a refusal: only the client or whoever decides for them. */
  canEnd: z.boolean(),
  /** Earliest and latest review date the server accepts today (yyyy-mm-dd). */
  reviewOnMin: z.string(),
  reviewOnMax: z.string(),
});
export type RefusalList = z.infer<typeof refusalList>;

export const reviewsDue = z.object({
  items: z.array(
    z.object({
      kind: z.enum(['refusal', 'safety-exception']),
      id: z.string(),
      clientId: z.string(),
      /** yyyy-mm-dd for a refusal; an ISO moment for a safety exception. */
      dueOn: z.string(),
      overdue: z.boolean(),
    }),
  ),
});
export type ReviewsDue = z.infer<typeof reviewsDue>;
