import { z } from 'zod';
import { ageOnDay, todayInNl } from '../../platform/access/decision-rule.js';
import { CLIENT_RELATIONS } from './schema.js';

export const clientInput = z.object({
  firstName: z.string().trim().min(1).max(100),
  lastName: z.string().trim().min(1).max(100),
  birthDate: z.iso.date(),
  municipalityId: z.string().uuid().nullable().optional(),
  street: z.string().trim().max(200).nullable().optional(),
  postcode: z.string().trim().max(10).nullable().optional(),
  city: z.string().trim().max(100).nullable().optional(),
  phone: z.string().trim().max(40).nullable().optional(),
  email: z.string().trim().toLowerCase().email().nullable().optional(),
  story: z.string().trim().max(4000).nullable().optional(),
  decisionCapacity: z.enum(['able', 'unable']).optional(),
});
export type ClientInput = z.infer<typeof clientInput>;

export const relationSchema = z.enum(['self', ...CLIENT_RELATIONS]);

export const clientSummary = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  birthDate: z.string(),
  age: z.number(),
  municipalityName: z.string().nullable(),
  relation: relationSchema,
});

export const clientDetail = clientSummary.extend({
  street: z.string().nullable(),
  postcode: z.string().nullable(),
  city: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  story: z.string().nullable(),
});
export type ClientDetail = z.infer<typeof clientDetail>;

/** Age in whole years at a moment, on the Dutch calendar day, exactly as the consent rules count it. */
export function ageOn(birthDate: string, now = new Date()): number {
  return ageOnDay(birthDate, todayInNl(now));
}
