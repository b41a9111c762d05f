import { z } from 'zod';
import { ORGANISATION_KINDS, ROLES } from '../accounts/schema.js';

export const emailSchema = z.string().trim().toLowerCase().email().max(254);

export const loginBody = z.object({
  email: emailSchema,
  password: z.string().min(1).max(1024),
});

export const codeBody = z.object({ code: z.string().trim().min(6).max(20) });

export const resetRequestBody = z.object({ email: emailSchema });
export const resetConfirmBody = z.object({ token: z.string().min(10).max(200), password: z.string().max(1024) });

export const sessionUserSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  email: z.string(),
  roles: z.array(z.enum(ROLES)),
  regionName: z.string(),
  /** Which organisation's entries (e.g. on the social map) this person may edit. */
  organisationId: z.string().nullable(),
  organisationName: z.string().nullable(),
  organisationKind: z.enum(ORGANISATION_KINDS).nullable(),
  locale: z.enum(['nl', 'en']),
  mfaEnabled: z.boolean(),
});

export const stageSchema = z.enum(['mfa_required', 'mfa_enrol', 'active']);

export const sessionResponse = z.object({
  authenticated: z.boolean(),
  stage: stageSchema.optional(),
  user: sessionUserSchema.optional(),
  csrfToken: z.string(),
});

export const loginResponse = z.object({
  stage: stageSchema,
  csrfToken: z.string(),
  user: sessionUserSchema.optional(),
});
