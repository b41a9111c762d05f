import { z } from 'zod';
import { ACCESS_ACTIONS, INFORMATION_CATEGORIES } from '../../platform/audit/schema.js';
import { SAFETY_GROUNDS } from '../consent/schema.js';

export const accessLogQuery = z.object({
  clientId: z.string().uuid().optional(),
  actor: z.string().uuid().optional(),
  category: z.enum(INFORMATION_CATEGORIES).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type AccessLogQuery = z.infer<typeof accessLogQuery>;

const entryFields = {
  occurredAt: z.string(),
  actorUserId: z.string().nullable(),
  actorLabel: z.string(),
  category: z.enum(INFORMATION_CATEGORIES),
  action: z.enum(ACCESS_ACTIONS),
  purpose: z.string(),
};

const actors = z.array(z.object({ id: z.string(), label: z.string() }));

export const accessLogResponse = z.object({
  clients: z.array(z.object({ id: z.string(), name: z.string(), own: z.boolean() })),
  entries: z.array(
    z.object({
      ...entryFields,
      /** Set when this was done without consent, under a safety exception the client has been told about. */
      exception: z.object({ ground: z.enum(SAFETY_GROUNDS), informedAt: z.string() }).nullable(),
    }),
  ),
  actors,
});
export type AccessLogResponse = z.infer<typeof accessLogResponse>;

/** The professionals' audit view of one client's log: every entry, flagged ones with their exception. */
export const clientAuditLogQuery = accessLogQuery.omit({ clientId: true });
export type ClientAuditLogQuery = z.infer<typeof clientAuditLogQuery>;

export const clientAuditLogResponse = z.object({
  entries: z.array(
    z.object({
      ...entryFields,
      exception: z
        .object({
          id: z.string(),
          ground: z.enum(SAFETY_GROUNDS),
          /** When the client was told; null while not (yet). */
          informedAt: z.string().nullable(),
          /** False when the author recorded why the client must not be told. */
          informClient: z.boolean(),
        })
        .nullable(),
    }),
  ),
  actors,
});
export type ClientAuditLogResponse = z.infer<typeof clientAuditLogResponse>;
