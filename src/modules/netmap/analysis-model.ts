import { z } from 'zod';
import { CLIENT_RELATIONS } from '../clients/schema.js';
import { QUALITIES, SECTORS, SUPPORT_FUNCTIONS } from './schema.js';
import { SIGNAL_KINDS } from './intake-schema.js';

const sentence = z.object({ nl: z.string(), en: z.string(), warn: z.boolean() });

export const analysisView = z.object({
  clientId: z.string(),
  clientName: z.string(),
  onMap: z.number(),
  size: z.number(),
  lostContact: z.number(),
  sectors: z.array(z.object({ sector: z.enum(SECTORS), count: z.number() })),
  sectorsCovered: z.number(),
  missingSectors: z.array(z.enum(SECTORS)),
  paid: z.object({ paid: z.number(), unpaid: z.number(), mostlyPaid: z.boolean() }),
  reciprocity: z.object({ given: z.number(), received: z.number(), balance: z.enum(['geen', 'ontvangt-vooral', 'in-evenwicht', 'geeft-vooral']) }),
  functions: z.array(z.object({ fn: z.enum(SUPPORT_FUNCTIONS), givers: z.number() })),
  qualities: z.array(z.object({ quality: z.enum(QUALITIES), count: z.number() })),
  supportLoad: z.object({
    total: z.number(),
    top: z.object({ personId: z.string(), name: z.string(), gives: z.number(), overloaded: z.boolean() }).nullable(),
  }),
  /** Null when the viewer may not see the plan: then no task is counted. */
  tasks: z
    .object({
      total: z.number(),
      clientCarries: z.number(),
      carriers: z.array(
        z.object({ linkId: z.string(), personId: z.string().nullable(), name: z.string(), relation: z.enum(CLIENT_RELATIONS), carries: z.number(), overloaded: z.boolean() }),
      ),
    })
    .nullable(),
  restore: z.array(z.object({ personId: z.string(), name: z.string(), relation: z.string(), sector: z.enum(SECTORS) })),
  flags: z.array(
    z.object({
      kind: z.enum(['overbelast-taken', 'overbelast-steun', 'wil-herstellen', 'vooral-betaald', 'klein-netwerk']),
      personId: z.string().nullable(),
      linkId: z.string().nullable(),
      name: z.string().nullable(),
    }),
  ),
  sentences: z.array(sentence),
});
export type AnalysisView = z.infer<typeof analysisView>;

/** One line of the professional's worklist. */
export const networkSignal = z.object({
  clientId: z.string(),
  clientName: z.string(),
  kind: z.enum(SIGNAL_KINDS),
  /** Whom the signal is about (a person on the map or a circle member), when it is about someone. */
  name: z.string().nullable(),
  since: z.string(),
  /** For a paused intake: the step it waits at. */
  step: z.number().nullable(),
});
export type NetworkSignal = z.infer<typeof networkSignal>;
export const networkSignals = z.object({ items: z.array(networkSignal) });
