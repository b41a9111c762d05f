import { z } from 'zod';
import { CRISIS_PERSON_KINDS } from './continuity-schema.js';
import { circleMember } from './continuity-model.js';

/**
 * The crisis and signal plan (report 003 F5: kept up to date in calm times, "specifiek genoeg wie
 * wat doet"). Shapes only; the rules (the review date window, whose phone may be written) are in
 * crisis.ts with a plain message naming the field.
 */

const line = z.string().trim().max(300);
const PHONE = /^\+?[0-9 ()-]{6,20}$/;

export const crisisPersonInput = z.object({
  kind: z.enum(CRISIS_PERSON_KINDS),
  /** For a member of the circle. */
  linkId: z.string().uuid().nullable().default(null),
  /** For someone outside the app ("huisarts", "oma Truus"). */
  name: z.string().trim().max(200).nullable().default(null),
  task: z.string().trim().max(500),
  /** Empty means no number. A member's number only by that member; see crisis.ts. */
  phone: z
    .string()
    .trim()
    .max(30)
    .nullable()
    .default(null)
    .transform((v) => (v === '' ? null : v))
    .refine((v) => v === null || PHONE.test(v), 'Schrijf een telefoonnummer met cijfers, zoals 06 12345678.'),
});
export type CrisisPersonInput = z.infer<typeof crisisPersonInput>;

export const crisisPlanInput = z.object({
  /** The version the edit started from; 0 when there was no crisis plan yet. */
  version: z.number().int().min(0),
  earlySigns: z.array(line).max(30),
  whatHelps: z.array(line).max(30),
  people: z.array(crisisPersonInput).max(30),
  reviewOn: z.string().max(10),
});
export type CrisisPlanInput = z.infer<typeof crisisPlanInput>;

export const crisisReviewInput = z.object({
  version: z.number().int().min(1),
  reviewOn: z.string().max(10),
});
export type CrisisReviewInput = z.infer<typeof crisisReviewInput>;

export const crisisPersonView = z.object({
  id: z.string(),
  kind: z.enum(CRISIS_PERSON_KINDS),
  linkId: z.string().nullable(),
  name: z.string(),
  task: z.string(),
  /** Only as shared: by the member themselves, or written down for someone outside the app. */
  phone: z.string().nullable(),
  phoneSharedBy: z.string().nullable(),
  /** The member left the circle; their number is no longer shown. */
  left: z.boolean(),
});
export type CrisisPersonView = z.infer<typeof crisisPersonView>;

export const crisisPlanView = z.object({
  id: z.string(),
  earlySigns: z.array(z.string()),
  whatHelps: z.array(z.string()),
  people: z.array(crisisPersonView),
  reviewOn: z.string(),
  reviewedAt: z.string(),
  reviewedBy: z.string(),
  /** Not looked at for six months: it may no longer be right. */
  overdue: z.boolean(),
  /** The review date has come. */
  reviewDue: z.boolean(),
  version: z.number(),
});
export type CrisisPlanView = z.infer<typeof crisisPlanView>;

export const crisisPlanPage = z.object({
  crisisPlan: crisisPlanView.nullable(),
  canEdit: z.boolean(),
  /** The viewer's own link: they may share (or take back) their own phone number on their row. */
  myLinkId: z.string().nullable(),
  /** Members to pick from; only for people who may edit. */
  members: z.array(circleMember),
  reviewOnMin: z.string(),
  reviewOnMax: z.string(),
});
export type CrisisPlanPage = z.infer<typeof crisisPlanPage>;

export const crisisDueList = z.object({
  items: z.array(
    z.object({
      clientId: z.string(),
      clientName: z.string(),
      reviewOn: z.string(),
      reviewedAt: z.string(),
      overdue: z.boolean(),
      reviewDue: z.boolean(),
    }),
  ),
});
export type CrisisDueList = z.infer<typeof crisisDueList>;
