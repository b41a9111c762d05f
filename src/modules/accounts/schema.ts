// Only type imports from libraries here: the web app imports the vocabulary lists from this file.
import type { ColumnType, Generated } from 'kysely';
import type { Preset } from '../consent/schema.js';

export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export const ROLES = [
  'beheerder',
  'professional',
  'teamleider',
  'netwerkvoorzitter',
  'beleidsadviseur',
  'client',
  'vertegenwoordiger',
  'naaste',
  'vrijwilliger',
] as const;
export type Role = (typeof ROLES)[number];

/** array_agg of roles: node-postgres returns text[] as an array, PGlite may hand back its literal form. */
export function rolesFromDb(value: readonly Role[] | string): Role[] {
  if (Array.isArray(value)) return [...value];
  return (value as string).replace(/^\{|\}$/g, '').split(',').filter(Boolean) as Role[];
}

/**
 * Staff roles: they see client data of others or administer accounts, so a second factor is required.
 * Administrators manage these accounts; client-side accounts come in by invitation.
 */
export const STAFF_ROLES = ['beheerder', 'professional', 'teamleider', 'netwerkvoorzitter', 'beleidsadviseur'] as const satisfies readonly Role[];
export type StaffRole = (typeof STAFF_ROLES)[number];
export const MFA_REQUIRED_ROLES: readonly Role[] = STAFF_ROLES;
/** The people around a client; they join by invitation and are offered, not forced, a second factor. */
export const CLIENT_SIDE_ROLES = ['client', 'vertegenwoordiger', 'naaste', 'vrijwilliger'] as const satisfies readonly Role[];
/** Who can be invited into a circle: client-side people, and professionals who already have an account here. */
export const CIRCLE_INVITE_ROLES = [...CLIENT_SIDE_ROLES, 'professional'] as const satisfies readonly Role[];

export const ORGANISATION_KINDS = [
  'wijkteam',
  'ggz',
  'jeugdzorg',
  'welzijn',
  'school',
  'huisarts',
  'vrijwilligerscentrale',
  'woningcorporatie',
  'gemeente',
  'overig',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export interface RegionsTable {
  id: Generated<string>;
  slug: string;
  name: string;
  created_at: Generated<Date>;
}

export interface MunicipalitiesTable {
  id: Generated<string>;
  region_id: string;
  name: string;
}

export interface OrganisationsTable {
  id: Generated<string>;
  region_id: string;
  name: string;
  kind: OrganisationKind;
  municipality_id: string | null;
  version: Generated<number>;
  archived_at: NullableTimestamp;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface TeamsTable {
  id: Generated<string>;
  region_id: string;
  organisation_id: string;
  name: string;
  version: Generated<number>;
  created_at: Generated<Date>;
}

export interface UsersTable {
  id: Generated<string>;
  region_id: string;
  organisation_id: string | null;
  team_id: string | null;
  email: string;
  display_name: string;
  phone: string | null;
  job_title: string | null;
  locale: Generated<'nl' | 'en'>;
  status: Generated<'active' | 'disabled'>;
  password_hash: string | null;
  password_changed_at: NullableTimestamp;
  totp_secret_enc: string | null;
  totp_enabled_at: NullableTimestamp;
  totp_last_step: number | null;
  last_login_at: NullableTimestamp;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface UserRolesTable {
  user_id: string;
  region_id: string;
  role: Role;
}

export interface LoginThrottleTable {
  key: string;
  failures: Generated<number>;
  window_started_at: Generated<Date>;
  locked_until: NullableTimestamp;
}

export type SessionStage = 'mfa_required' | 'mfa_enrol' | 'active';

export interface SessionsTable {
  id: string;
  region_id: string;
  user_id: string;
  stage: SessionStage;
  created_at: Generated<Date>;
  last_seen_at: Generated<Date>;
  expires_at: Timestamp;
  revoked_at: NullableTimestamp;
  user_agent: string | null;
}

export interface RecoveryCodesTable {
  id: Generated<string>;
  region_id: string;
  user_id: string;
  code_hash: string;
  used_at: NullableTimestamp;
  created_at: Generated<Date>;
}

export interface PasswordResetsTable {
  id: Generated<string>;
  region_id: string;
  user_id: string;
  token_hash: string;
  expires_at: Timestamp;
  used_at: NullableTimestamp;
  created_at: Generated<Date>;
}

export interface InvitationsTable {
  id: Generated<string>;
  region_id: string;
  token_hash: string;
  email: string;
  display_name: string;
  role: Role;
  organisation_id: string | null;
  client_id: string | null;
  relation_label: string | null;
  preset: ColumnType<Preset | null, Preset | null | undefined, Preset | null>;
  invited_by: string;
  expires_at: Timestamp;
  accepted_at: NullableTimestamp;
  accepted_user_id: string | null;
  revoked_at: NullableTimestamp;
  created_at: Generated<Date>;
}

export interface AccountsTables {
  regions: RegionsTable;
  municipalities: MunicipalitiesTable;
  organisations: OrganisationsTable;
  teams: TeamsTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  login_throttle: LoginThrottleTable;
  sessions: SessionsTable;
  recovery_codes: RecoveryCodesTable;
  password_resets: PasswordResetsTable;
  invitations: InvitationsTable;
}
