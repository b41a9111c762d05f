import { z } from 'zod';
import { INFORMATION_CATEGORIES } from '../../platform/audit/schema.js';

export const CORRECTION_STATUSES = ['open', 'done', 'declined'] as const;
export const ERASURE_STATUSES = ['pending', 'executed', 'blocked', 'cancelled'] as const;

export const clientParams = z.object({ clientId: z.string().uuid() });
export const itemParams = z.object({ clientId: z.string().uuid(), id: z.string().uuid() });

export const correctionInput = z.object({
  category: z.enum(INFORMATION_CATEGORIES),
  text: z.string().trim().min(10).max(2000),
});
export type CorrectionInput = z.infer<typeof correctionInput>;

export const resolveInput = z.object({
  status: z.enum(['done', 'declined']),
  resolution: z.string().trim().min(5).max(2000),
  version: z.number().int().min(1),
});
export type ResolveInput = z.infer<typeof resolveInput>;

export const correctionView = z.object({
  id: z.string(),
  category: z.enum(INFORMATION_CATEGORIES),
  text: z.string(),
  status: z.enum(CORRECTION_STATUSES),
  requestedByLabel: z.string(),
  /** Null when the circle has no regisseur: then every professional in it may take it up. */
  assignedToLabel: z.string().nullable(),
  resolution: z.string().nullable(),
  resolvedByLabel: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number(),
});
export type CorrectionView = z.infer<typeof correctionView>;

export const correctionTaskView = correctionView.extend({
  clientId: z.string(),
  clientName: z.string(),
  assignedToMe: z.boolean(),
});
export type CorrectionTaskView = z.infer<typeof correctionTaskView>;

export const erasureInput = z.object({
  confirm: z.literal(true),
});

export const blockedReason = z.object({ key: z.string(), nl: z.string(), en: z.string() });

export const erasureView = z.object({
  id: z.string(),
  status: z.enum(ERASURE_STATUSES),
  requestedByLabel: z.string(),
  requestedAt: z.string(),
  executeAfter: z.string(),
  executedAt: z.string().nullable(),
  /** Why the erasure waits: something that must be kept a while longer (see retention.ts). */
  blockedReasons: z.array(blockedReason),
});
export type ErasureView = z.infer<typeof erasureView>;

export const erasureStatus = z.object({
  /** The waiting period a new request gets, in days. */
  waitDays: z.number(),
  /** The newest request, whatever its status; null when none was ever made. */
  request: erasureView.nullable(),
});
export type ErasureStatus = z.infer<typeof erasureStatus>;

const messages = z.object({ nl: z.string(), en: z.string() });

/** The downloaded JSON: one entry per section, in the order of sections.ts. */
export const exportDocument = z.object({
  format: z.literal('samenspel-gegevens/1'),
  generatedAt: z.string(),
  clientId: z.string(),
  sections: z.array(z.object({ key: z.string(), title: messages, data: z.unknown() })),
});
export type ExportDocument = z.infer<typeof exportDocument>;
