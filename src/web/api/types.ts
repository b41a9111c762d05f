/**
 * Types of the Samenspel HTTP API, as the web app uses them.
 * Where the server has a zod model, the type is derived from it (type-only imports: no server code
 * ends up in the web bundle). The vocabulary lists (roles, organisation kinds) come from the server's
 * accounts/schema.ts, which has no runtime dependencies.
 */
import type { z } from 'zod';
import type { organisationView, teamView, userView } from '../../modules/accounts/model';
import type { loginResponse, sessionResponse, sessionUserSchema, stageSchema } from '../../modules/auth/model';
import type { accessLogResponse } from '../../modules/clients/access-log-model';
import type { clientDetail, clientSummary } from '../../modules/clients/model';
import type { invitationView, joinResponse } from '../../modules/invitations/model';
import type { outboxMessageView } from '../../modules/admin/model';
import type { CIRCLE_INVITE_ROLES } from '../../modules/accounts/schema';

export type Stage = z.infer<typeof stageSchema>;

export { ROLES, STAFF_ROLES, ORGANISATION_KINDS, CLIENT_SIDE_ROLES, CIRCLE_INVITE_ROLES as INVITABLE_ROLES } from '../../modules/accounts/schema';
export type { Role, OrganisationKind } from '../../modules/accounts/schema';
export type InvitableRole = (typeof CIRCLE_INVITE_ROLES)[number];



export type SessionUser = z.infer<typeof sessionUserSchema>;

export type Locale = SessionUser['locale'];

export type Session = z.infer<typeof sessionResponse>;

export type LoginResult = z.infer<typeof loginResponse>;

/** No shared zod model: the server declares these answers inline in its routes. */
export interface MfaEnrolment {
  otpauthUrl: string;
  qrSvg: string;
  secret: string;
}

export interface MfaEnrolmentResult {
  recoveryCodes: string[];
  csrfToken: string;
}

export type Invitation = z.infer<typeof invitationView>;
export type JoinResult = z.infer<typeof joinResponse>;

export type ClientSummary = z.infer<typeof clientSummary>;

export type ClientDetail = z.infer<typeof clientDetail>;

type ServerAccessLog = z.infer<typeof accessLogResponse>;

/**
 * Looser than the server on purpose: the page shows categories and actions it does not know yet
 * (from a newer server) as "other", and copes with a missing purpose.
 */
export interface AccessLogEntry extends Omit<ServerAccessLog['entries'][number], 'category' | 'action' | 'purpose'> {
  category: string;
  action: string;
  purpose: string | null;
}

export type AccessLog = Omit<ServerAccessLog, 'entries'> & { entries: AccessLogEntry[] };

export type Organisation = z.infer<typeof organisationView>;

/** No shared zod model: the server declares this answer inline in its routes. */
export interface Municipality {
  id: string;
  name: string;
}

export type Team = z.infer<typeof teamView>;

export type AdminUser = z.infer<typeof userView>;

export type UserStatus = AdminUser['status'];

export type OutboxMessage = z.infer<typeof outboxMessageView>;

/** No shared zod model: the server declares this answer inline in its routes. */
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
