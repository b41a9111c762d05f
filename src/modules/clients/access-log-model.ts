import { z } from 'zod';
import { ACCESS_ACTIONS, INFORMATION_CATEGORIES } from '../../platform/audit/schema.js';

export const accessLogQuery = z.object({
  clientId: z.string().uuid().optional(),
  actor: z.string().uuid().optional(),
  category: z.enum(INFORMATION_CATEGORIES).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type AccessLogQuery = z.infer<typeof accessLogQuery>;

export const accessLogResponse = z.object({
  clients: z.array(z.object({ id: z.string(), name: z.string(), own: z.boolean() })),
  entries: z.array(
    z.object({
      occurredAt: z.string(),
      actorUserId: z.string().nullable(),
      actorLabel: z.string(),
      category: z.enum(INFORMATION_CATEGORIES),
      action: z.enum(ACCESS_ACTIONS),
      purpose: z.string(),
    }),
  ),
  actors: z.array(z.object({ id: z.string(), label: z.string() })),
});
export type AccessLogResponse = z.infer<typeof accessLogResponse>;
