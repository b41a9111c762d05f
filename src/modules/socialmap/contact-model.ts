import { z } from 'zod';

export const contactInput = z.object({
  organisationId: z.string().uuid(),
  name: z.string().trim().min(1).max(200),
  role: z.string().trim().min(1).max(200),
  whatTheyDo: z.string().trim().max(2000).nullable().default(null),
  /** Weekdays 1 (Monday) … 7 (Sunday) this person works. */
  workingDays: z.array(z.number().int().min(1).max(7)).max(7).default([]),
  absentUntil: z.iso.date().nullable().default(null),
  phone: z.string().trim().max(40).nullable().default(null),
  email: z.string().trim().toLowerCase().email().max(254).nullable().default(null),
});
export type ContactInput = z.infer<typeof contactInput>;
export const contactUpdate = contactInput.extend({ version: z.number().int().min(1) });

export const contactView = z.object({
  id: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  name: z.string(),
  role: z.string(),
  whatTheyDo: z.string().nullable(),
  workingDays: z.array(z.number()),
  absentUntil: z.string().nullable(),
  /** Absent today: the page points to a colleague or the organisation instead. */
  absentToday: z.boolean(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  upToDateOn: z.string(),
  stale: z.boolean(),
  version: z.number(),
});
export type ContactView = z.infer<typeof contactView>;
