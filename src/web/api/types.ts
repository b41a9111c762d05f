/** Types of the Samenspel HTTP API, as the web app uses them. */

export type Locale = 'nl' | 'en';

export type Stage = 'mfa_required' | 'mfa_enrol' | 'active';

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

export const INVITABLE_ROLES = ['client', 'vertegenwoordiger', 'naaste', 'vrijwilliger'] as const;
export type InvitableRole = (typeof INVITABLE_ROLES)[number];

export interface SessionUser {
  id: string;
  displayName: string;
  email: string;
  roles: string[];
  regionName: string;
  organisationName: string | null;
  locale: Locale;
  mfaEnabled: boolean;
}

export interface Session {
  authenticated: boolean;
  stage?: Stage;
  user?: SessionUser;
  csrfToken: string;
}

export interface LoginResult {
  stage: Stage;
  csrfToken: string;
  user?: SessionUser;
}

export interface MfaEnrolment {
  otpauthUrl: string;
  qrSvg: string;
  secret: string;
}

export interface MfaEnrolmentResult {
  recoveryCodes: string[];
  csrfToken: string;
}

export interface Invitation {
  displayName: string;
  email: string;
  role: string;
  regionName: string;
  organisationName: string | null;
  clientName: string | null;
  expiresAt: string;
}

export interface ClientSummary {
  id: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  age: number;
  municipalityName: string | null;
  relation: string;
}

export interface ClientDetail extends ClientSummary {
  street: string | null;
  postcode: string | null;
  city: string | null;
  phone: string | null;
  email: string | null;
  story: string | null;
}

export interface AccessLogEntry {
  occurredAt: string;
  actorUserId: string | null;
  actorLabel: string;
  category: string;
  action: string;
  purpose: string | null;
}

export interface AccessLog {
  clients: { id: string; name: string; own: boolean }[];
  entries: AccessLogEntry[];
  actors: { id: string; label: string }[];
}

export interface Organisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  municipalityId: string | null;
  municipalityName: string | null;
  userCount: number;
  version: number;
}

export interface Municipality {
  id: string;
  name: string;
}

export type UserStatus = 'active' | 'disabled';

export interface AdminUser {
  id: string;
  displayName: string;
  email: string;
  roles: string[];
  organisationId: string | null;
  organisationName: string | null;
  status: UserStatus;
  mfaEnabled: boolean;
  lastLoginAt: string | null;
  version: number;
}

export interface OutboxMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  status: string;
  transport: string;
  createdAt: string;
  sentAt: string | null;
}

export interface CreatedInvitation {
  id: string;
  expiresAt: string;
}

/** RFC 9457 problem details, with the Samenspel extensions. */
export interface ProblemFieldError {
  field: string;
  nl: string;
  en: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  requestId?: string;
  messages?: { nl: string; en: string };
  errors?: ProblemFieldError[];
  /** On 409: the record as it is now on the server. */
  current?: unknown;
}
