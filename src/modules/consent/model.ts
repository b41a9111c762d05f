import { z } from 'zod';
import { INFORMATION_CATEGORIES } from '../../platform/audit/schema.js';
import { CLIENT_RELATIONS } from '../clients/schema.js';
import { ACCESS_LEVELS, DECISION_RULES, DECISION_STATUSES, PRESETS } from './schema.js';

const level = z.enum(ACCESS_LEVELS);
export const cellsSchema = z.object(Object.fromEntries(INFORMATION_CATEGORIES.map((c) => [c, level])) as Record<(typeof INFORMATION_CATEGORIES)[number], typeof level>).strict();
const party = z.enum(['client', 'vertegenwoordiger']);
const relation = z.enum(['self', ...CLIENT_RELATIONS]);

export const memberView = z.object({
  linkId: z.string(),
  userId: z.string(),
  name: z.string(),
  relation: z.enum(CLIENT_RELATIONS),
  label: z.string().nullable(),
  organisationName: z.string().nullable(),
  version: z.number(),
  since: z.string(),
  cells: cellsSchema,
  expiresAt: z.string().nullable(),
  preset: z.enum(PRESETS).nullable(),
  /** This member decides about consent today (a representative with authority). */
  decides: z.boolean(),
  isRegisseur: z.boolean(),
});
export type MemberView = z.infer<typeof memberView>;

export const decisionView = z.object({
  id: z.string(),
  linkId: z.string().nullable(),
  memberLabel: z.string(),
  cells: cellsSchema,
  expiresAt: z.string().nullable(),
  preset: z.enum(PRESETS).nullable(),
  rule: z.enum(DECISION_RULES),
  status: z.enum(DECISION_STATUSES),
  needs: z.array(party),
  confirmations: z.array(z.object({ label: z.string(), as: party, at: z.string() })),
  waitingFor: z.array(party),
  proposedByLabel: z.string(),
  proposedAt: z.string(),
  decidedAt: z.string().nullable(),
  note: z.string().nullable(),
  canConfirm: z.boolean(),
  canReject: z.boolean(),
  /** The viewer is a professional who may record the answer of a client without an account. */
  canRecordForClient: z.boolean(),
});
export type DecisionView = z.infer<typeof decisionView>;

export const circleView = z.object({
  client: z.object({ id: z.string(), firstName: z.string(), lastName: z.string(), age: z.number(), hasAccount: z.boolean() }),
  circle: z.object({ createdAt: z.string(), regisseur: z.object({ userId: z.string(), name: z.string() }).nullable() }).nullable(),
  /** Who decides today, by age and capacity: 'representative' (<12 or unable), 'both' (12-15), 'client' (16+). */
  rule: z.enum(DECISION_RULES),
  deciders: z.array(z.object({ userId: z.string(), name: z.string(), as: party })),
  me: z.object({
    relation,
    decidesAs: party.nullable(),
    linkId: z.string().nullable(),
    /** A professional in the circle may propose changes; deciders make them. */
    canPropose: z.boolean(),
  }),
  members: z.array(memberView),
  pending: z.array(decisionView),
});
export type CircleView = z.infer<typeof circleView>;

export const myAccessView = z.object({
  clientId: z.string(),
  /** Null when the member may not see the client's basis data, not even the name. */
  clientName: z.string().nullable(),
  relation,
  decidesAs: party.nullable(),
  /** The member's own place in the circle (null for the client); leaving needs its version. */
  linkId: z.string().nullable(),
  version: z.number().nullable(),
  cells: cellsSchema,
  expiresAt: z.string().nullable(),
});
export type MyAccessView = z.infer<typeof myAccessView>;

export const historyEntry = z.object({
  id: z.string(),
  occurredAt: z.string(),
  kind: z.string(),
  actorLabel: z.string(),
  subjectLabel: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export const historyView = z.object({ entries: z.array(historyEntry), decisions: z.array(decisionView) });
export type HistoryView = z.infer<typeof historyView>;

const futureDateTime = z.iso
  .datetime({ offset: true })
  .or(z.iso.date())
  .transform((v) => new Date(v.length === 10 ? `${v}T23:59:59+01:00` : v))
  .refine((d) => d.getTime() > Date.now(), { message: 'Kies een datum in de toekomst.' });

export const accessChangeInput = z.object({
  version: z.number().int().min(1),
  cells: cellsSchema,
  /** The access lapses by itself after this moment; a date means the end of that day. */
  expiresAt: futureDateTime.nullable().default(null),
  preset: z.enum(PRESETS).nullable().default(null),
  note: z.string().trim().max(500).nullable().default(null),
});
export type AccessChangeInput = z.infer<typeof accessChangeInput>;

export const changeOutcome = z.object({ decisionId: z.string(), status: z.enum(['applied', 'pending']), circle: circleView });

export const versionQuery = z.object({ version: z.coerce.number().int().min(1) });
export const regisseurInput = z.object({ userId: z.string().uuid() });

/** recordedInPerson: a professional records the answer of a client who has no account (see service.confirm). */
export const confirmInput = z.object({ recordedInPerson: z.boolean().default(false) }).default({ recordedInPerson: false });

export const myCircles = z.object({
  circles: z.array(z.object({ clientId: z.string(), name: z.string().nullable(), relation: z.enum(CLIENT_RELATIONS) })),
});
export type MyCircles = z.infer<typeof myCircles>;
