import { z } from 'zod';
import { CLOSENESS, CONTACT_FREQUENCIES, PERSON_GENDERS, PERSON_STATUSES, QUALITIES, SECTORS, SUPPORT_FUNCTIONS } from './schema.js';

const isDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T12:00:00Z`)) && new Date(`${v}T12:00:00Z`).toISOString().startsWith(v);
const pastDay = z
  .string()
  .refine(isDay, { message: 'Use a date as yyyy-mm-dd.' })
  .refine((v) => v <= new Date().toISOString().slice(0, 10), { message: 'A birth date cannot be in the future.' });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));
const functions = z.array(z.enum(SUPPORT_FUNCTIONS)).max(SUPPORT_FUNCTIONS.length).transform((list) => [...new Set(list)]);

/** A person on the network map, as the client tells it. */
export const personInput = z.object({
  displayName: z.string().trim().min(1).max(120),
  relation: z.string().trim().min(1).max(80),
  sector: z.enum(SECTORS),
  closeness: z.enum(CLOSENESS),
  quality: z.enum(QUALITIES).default('steunend'),
  supportGiven: functions.default([]),
  supportReceived: functions.default([]),
  contactFrequency: z.enum(CONTACT_FREQUENCIES).nullish().transform((v) => v ?? null),
  paid: z.boolean().default(false),
  status: z.enum(PERSON_STATUSES).default('actief'),
  note: optionalText(1000),
  birthDate: pastDay.nullish().transform((v) => v ?? null),
  gender: z.enum(PERSON_GENDERS).nullish().transform((v) => v ?? null),
  deceased: z.boolean().default(false),
});
export type PersonInput = z.infer<typeof personInput>;
