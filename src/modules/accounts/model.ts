import { z } from 'zod';
import { ORGANISATION_KINDS, ROLES, STAFF_ROLES } from './schema.js';

const name = z.string().trim().min(1).max(200);
export const emailField = z.string().trim().toLowerCase().email().max(254);

export const organisationInput = z.object({
  name,
  kind: z.enum(ORGANISATION_KINDS),
  municipalityId: z.string().uuid().nullable().optional(),
});
export type OrganisationInput = z.infer<typeof organisationInput>;

export const organisationPatch = organisationInput.partial().extend({ version: z.number().int().positive() });
export type OrganisationPatch = z.infer<typeof organisationPatch>;

export const organisationView = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  municipalityId: z.string().nullable(),
  municipalityName: z.string().nullable(),
  userCount: z.number(),
  version: z.number(),
});
export type OrganisationView = z.infer<typeof organisationView>;

export const userInput = z.object({
  displayName: name,
  email: emailField,
  roles: z.array(z.enum(STAFF_ROLES)).min(1).max(STAFF_ROLES.length),
  organisationId: z.string().uuid().nullable().optional(),
  teamId: z.string().uuid().nullable().optional(),
  jobTitle: z.string().trim().max(200).nullable().optional(),
  phone: z.string().trim().max(40).nullable().optional(),
});
export type UserInput = z.infer<typeof userInput>;

export const userPatch = z.object({
  displayName: name.optional(),
  roles: z.array(z.enum(STAFF_ROLES)).min(1).max(STAFF_ROLES.length).optional(),
  organisationId: z.string().uuid().nullable().optional(),
  teamId: z.string().uuid().nullable().optional(),
  status: z.enum(['active', 'disabled']).optional(),
  version: z.number().int().positive(),
});
export type UserPatch = z.infer<typeof userPatch>;

export const userView = z.object({
  id: z.string(),
  displayName: z.string(),
  email: z.string(),
  roles: z.array(z.enum(ROLES)),
  organisationId: z.string().nullable(),
  organisationName: z.string().nullable(),
  teamId: z.string().nullable(),
  teamName: z.string().nullable(),
  status: z.enum(['active', 'disabled']),
  mfaEnabled: z.boolean(),
  lastLoginAt: z.string().nullable(),
  version: z.number(),
});
export type UserView = z.infer<typeof userView>;

export const teamInput = z.object({ name });

export const teamView = z.object({ id: z.string(), name: z.string(), memberCount: z.number() });
export type TeamView = z.infer<typeof teamView>;
