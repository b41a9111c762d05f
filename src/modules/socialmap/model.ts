import { z } from 'zod';
import { ACCESS_ROUTES, OFFER_COSTS, OFFER_KINDS, OFFER_NEEDS } from './schema.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().default(null).transform((v) => (v === '' ? null : v));
const age = z.number().int().min(0).max(120).nullable().default(null);
const HOURS = /^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d(, ?([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d)*$/;

export const offerInput = z
  .object({
    organisationId: z.string().uuid(),
    contactId: z.string().uuid().nullable().default(null),
    title: text(200),
    description: text(4000),
    kind: z.enum(OFFER_KINDS),
    needs: z.array(z.enum(OFFER_NEEDS)).max(OFFER_NEEDS.length).default([]),
    targetGroup: optionalText(300),
    ageMin: age,
    ageMax: age,
    municipalityId: z.string().uuid().nullable().default(null),
    cost: z.enum(OFFER_COSTS),
    costNote: optionalText(300),
    accessRoute: z.enum(ACCESS_ROUTES),
    /** Weekday 1 (Monday) … 7 (Sunday) → "09:00-12:00" or "09:00-12:00, 13:00-16:00". */
    openingTimes: z.partialRecord(z.enum(['1', '2', '3', '4', '5', '6', '7']), z.string().regex(HOURS, 'Schrijf de tijden als 09:00-12:00.')).default({}),
  })
  .refine((o) => o.ageMin === null || o.ageMax === null || o.ageMin <= o.ageMax, { path: ['ageMax'], message: 'De hoogste leeftijd moet gelijk zijn aan of hoger dan de laagste.' });
export type OfferInput = z.infer<typeof offerInput>;

export const offerUpdate = z.intersection(offerInput, z.object({ version: z.number().int().min(1) }));

export const offerView = z.object({
  id: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  contactId: z.string().nullable(),
  title: z.string(),
  description: z.string(),
  kind: z.enum(OFFER_KINDS),
  needs: z.array(z.enum(OFFER_NEEDS)),
  targetGroup: z.string().nullable(),
  ageMin: z.number().nullable(),
  ageMax: z.number().nullable(),
  municipalityId: z.string().nullable(),
  municipalityName: z.string().nullable(),
  cost: z.enum(OFFER_COSTS),
  costNote: z.string().nullable(),
  accessRoute: z.enum(ACCESS_ROUTES),
  openingTimes: z.record(z.string(), z.string()),
  upToDateOn: z.string(),
  /** Older than six months: the owner is asked to check it. */
  stale: z.boolean(),
  version: z.number(),
});
export type OfferView = z.infer<typeof offerView>;

export const offerSearch = z.object({
  q: z.string().trim().max(200).optional(),
  need: z.enum(OFFER_NEEDS).optional(),
  kind: z.enum(OFFER_KINDS).optional(),
  /** Offers open to someone of this age. */
  age: z.coerce.number().int().min(0).max(120).optional(),
  /** Offers of one organisation (the owner's own list). */
  organisationId: z.string().uuid().optional(),
  /** Offers in this municipality or for the whole region. */
  municipalityId: z.string().uuid().optional(),
  cost: z.enum(OFFER_COSTS).optional(),
  /** Open today (Dutch weekday). */
  openToday: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
});
export type OfferSearch = z.infer<typeof offerSearch>;

export const offerResults = z.object({ total: z.number(), offers: z.array(offerView) });
export type OfferResults = z.infer<typeof offerResults>;
