import { z } from 'zod';

/**
 * Continuity and closure (report 004 K 60–62): "wie neemt welke rol over en wanneer", closing the
 * plan with a summary for the network and re-opening it later, and ending one professional's
 * involvement with a hand-over. Shapes only; the rules are in continuity.ts and continuity-closure.ts.
 */

export const clientParams = z.object({ clientId: z.string().uuid() });
export const roleParams = z.object({ clientId: z.string().uuid(), roleId: z.string().uuid() });
export const versionQuery = z.object({ version: z.coerce.number().int().min(1) });

export const circleMember = z.object({
  linkId: z.string(),
  userId: z.string(),
  name: z.string(),
  relation: z.enum(['vertegenwoordiger', 'naaste', 'vrijwilliger', 'professional']),
  label: z.string().nullable(),
  mayReadPlan: z.boolean(),
});
export type CircleMember = z.infer<typeof circleMember>;

const successorInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('member'), linkId: z.string().uuid() }),
  z.object({ kind: z.literal('named'), name: z.string().trim().max(200) }),
]);

export const roleInput = z.object({
  holderLinkId: z.string().uuid(),
  role: z.string().trim().max(300),
  successor: successorInput,
  whenText: z
    .string()
    .trim()
    .max(300)
    .nullable()
    .default(null)
    .transform((v) => (v === '' ? null : v)),
  whenOn: z
    .string()
    .max(10)
    .nullable()
    .default(null)
    .transform((v) => (v === '' ? null : v)),
});
export type RoleInput = z.infer<typeof roleInput>;
export const roleUpdate = roleInput.extend({ version: z.number().int().min(1) });
export type RoleUpdate = z.infer<typeof roleUpdate>;

export const roleView = z.object({
  id: z.string(),
  holderLinkId: z.string().nullable(),
  holder: z.string(),
  role: z.string(),
  successorLinkId: z.string().nullable(),
  successor: z.string(),
  whenText: z.string().nullable(),
  whenOn: z.string().nullable(),
  createdBy: z.string(),
  version: z.number(),
});
export type RoleView = z.infer<typeof roleView>;

export const closeInput = z.object({
  /** The plan's version the summary was written against; 0 when there is no plan yet. */
  version: z.number().int().min(0),
  summary: z.string().trim().max(4000),
});
export type CloseInput = z.infer<typeof closeInput>;

export const reopenInput = z.object({
  version: z.number().int().min(1),
  note: z.string().trim().max(2000),
});
export type ReopenInput = z.infer<typeof reopenInput>;

export const endInvolvementInput = z.object({
  /** The professional's link in the circle and its version. */
  linkId: z.string().uuid(),
  version: z.number().int().min(1),
  summary: z.string().trim().max(4000),
  /** Who takes over their open agreements; null: nobody yet, the agreements become open. */
  successorLinkId: z.string().uuid().nullable().default(null),
});
export type EndInvolvementInput = z.infer<typeof endInvolvementInput>;

export const closureView = z.object({
  id: z.string(),
  kind: z.enum(['closed', 'reopened']),
  summary: z.string(),
  tasksStopped: z.number(),
  by: z.string(),
  at: z.string(),
});

export const involvementView = z.object({
  id: z.string(),
  professional: z.string(),
  summary: z.string(),
  successor: z.string().nullable(),
  tasksMoved: z.number(),
  recordedBy: z.string(),
  at: z.string(),
});

export const continuityPage = z.object({
  plan: z.object({
    status: z.enum(['none', 'open', 'closed']),
    closedAt: z.string().nullable(),
    closingSummary: z.string().nullable(),
    version: z.number(),
  }),
  roles: z.array(roleView),
  closures: z.array(closureView),
  handovers: z.array(involvementView),
  /** May add and change continuity rows (contribute on plan). */
  canEdit: z.boolean(),
  /** May close and re-open the plan: the client, whoever decides, or a professional of the circle. */
  canClose: z.boolean(),
  /** May end a professional's involvement: the professional themselves, or whoever decides. */
  canEndOthers: z.boolean(),
  myLinkId: z.string().nullable(),
  myLinkVersion: z.number().nullable(),
  /** Members to pick from (holders, successors, professionals); only for people who may edit. */
  members: z.array(circleMember.extend({ version: z.number() })),
});
export type ContinuityPage = z.infer<typeof continuityPage>;
