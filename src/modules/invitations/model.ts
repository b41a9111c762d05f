import { z } from 'zod';
import { CIRCLE_INVITE_ROLES } from '../accounts/schema.js';
import { PRESETS } from '../consent/schema.js';

/** Client-side people get an account through the invitation; professionals join with the account their administrator made. */
export const INVITABLE_ROLES = CIRCLE_INVITE_ROLES;

export const invitationInput = z.object({
  clientId: z.string().uuid(),
  email: z.string().trim().toLowerCase().email().max(254),
  displayName: z.string().trim().min(1).max(200),
  role: z.enum(INVITABLE_ROLES),
  relationLabel: z.string().trim().max(100).nullable().optional(),
  /** The access proposed for the new member; it applies once whoever decides for the client agrees. */
  preset: z.enum(PRESETS).nullable().optional(),
});
export type InvitationInput = z.infer<typeof invitationInput>;

export const invitationView = z.object({
  displayName: z.string(),
  email: z.string(),
  role: z.string(),
  regionName: z.string(),
  organisationName: z.string().nullable(),
  clientName: z.string().nullable(),
  expiresAt: z.string(),
  /** The address belongs to an account already: that person logs in and joins instead of choosing a password. */
  existingAccount: z.boolean(),
});

export const acceptBody = z.object({ password: z.string().max(1024) });

export const joinResponse = z.object({ clientId: z.string(), status: z.enum(['applied', 'pending', 'none']) });
