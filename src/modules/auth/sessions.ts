import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { Config } from '../../platform/config/config.js';
import { rolesFromDb, type OrganisationKind, type Role, type SessionStage } from '../accounts/schema.js';
import { hashToken, newToken } from './tokens.js';
import { sessionCache } from './session-cache.js';

export interface SessionUser {
  id: string;
  regionId: string;
  regionName: string;
  organisationId: string | null;
  organisationName: string | null;
  /** What kind of organisation: a volunteer centre's professionals coordinate volunteers. */
  organisationKind: OrganisationKind | null;
  email: string;
  displayName: string;
  locale: 'nl' | 'en';
  roles: Role[];
  mfaEnabled: boolean;
}

export interface ResolvedSession {
  id: string;
  stage: SessionStage;
  createdAt: Date;
  user: SessionUser;
}

// Touching last_seen_at on every request would turn each read into a write; a minute of slack on
// a 30-minute idle timeout is harmless.
const TOUCH_AFTER_MS = 60_000;

export async function createSession(
  db: Db,
  config: Pick<Config, 'sessionAbsoluteMs'>,
  input: { userId: string; regionId: string; stage: SessionStage; userAgent?: string | undefined },
): Promise<string> {
  const token = newToken();
  await db
    .insertInto('sessions')
    .values({
      id: hashToken(token),
      region_id: input.regionId,
      user_id: input.userId,
      stage: input.stage,
      expires_at: new Date(Date.now() + config.sessionAbsoluteMs),
      user_agent: input.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return token;
}

interface SessionRow {
  id: string;
  stage: SessionStage;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  user_id: string;
  region_id: string;
  region_name: string;
  organisation_id: string | null;
  organisation_name: string | null;
  organisation_kind: OrganisationKind | null;
  email: string;
  display_name: string;
  locale: 'nl' | 'en';
  totp_enabled_at: Date | null;
  roles: Role[] | string;
}

/**
 * One query on the hot path (session, user, roles, region and organisation together), and none at
 * all while the session sits in the short-lived process cache.
 */
export async function resolveSession(db: Db, config: Pick<Config, 'sessionIdleMs' | 'sessionCacheMs'>, token: string): Promise<ResolvedSession | null> {
  if (!token || token.length > 100) return null;
  const id = hashToken(token);
  if (config.sessionCacheMs > 0) {
    const cached = sessionCache.get(id, config.sessionCacheMs);
    if (cached) return cached;
  }
  const idleCutoff = new Date(Date.now() - config.sessionIdleMs);
  const result = await sql<SessionRow>`
    SELECT s.id, s.stage, s.created_at, s.last_seen_at, s.expires_at, u.id AS user_id, u.region_id, r.name AS region_name,
           u.organisation_id, o.name AS organisation_name, o.kind AS organisation_kind, u.email, u.display_name, u.locale, u.totp_enabled_at,
           COALESCE((SELECT array_agg(ur.role ORDER BY ur.role) FROM user_roles ur WHERE ur.user_id = u.id), '{}') AS roles
      FROM sessions s
      JOIN users u ON u.id = s.user_id AND u.region_id = s.region_id
      JOIN regions r ON r.id = u.region_id
      LEFT JOIN organisations o ON o.id = u.organisation_id
     WHERE s.id = ${id} AND s.revoked_at IS NULL AND s.expires_at > now()
       AND s.last_seen_at > ${idleCutoff} AND u.status = 'active'`.execute(db);
  const row = result.rows[0];
  if (!row) return null;
  if (Date.now() - row.last_seen_at.getTime() > TOUCH_AFTER_MS) {
    await db.updateTable('sessions').set({ last_seen_at: new Date() }).where('id', '=', id).execute();
  }
  const session: ResolvedSession = {
    id: row.id,
    stage: row.stage,
    createdAt: row.created_at,
    user: {
      id: row.user_id,
      regionId: row.region_id,
      regionName: row.region_name,
      organisationId: row.organisation_id,
      organisationName: row.organisation_name,
      organisationKind: row.organisation_kind,
      email: row.email,
      displayName: row.display_name,
      locale: row.locale,
      roles: rolesFromDb(row.roles),
      mfaEnabled: row.totp_enabled_at !== null,
    },
  };
  // Never cache past the idle deadline either: a cached session must not outlive its timeouts.
  const idleDeadline = new Date(Math.max(row.last_seen_at.getTime(), Date.now() - TOUCH_AFTER_MS) + config.sessionIdleMs);
  if (config.sessionCacheMs > 0) sessionCache.set(session, row.expires_at < idleDeadline ? row.expires_at : idleDeadline);
  return session;
}

/** For changes that alter what a cached session says about its user (roles, locale, status). */
export function forgetUserSessions(userId: string): void {
  sessionCache.forgetUser(userId);
}

export async function revokeSession(db: Db, sessionId: string): Promise<void> {
  sessionCache.forgetSession(sessionId);
  await db.updateTable('sessions').set({ revoked_at: new Date() }).where('id', '=', sessionId).where('revoked_at', 'is', null).execute();
}

export async function revokeAllSessions(db: Db, userId: string): Promise<void> {
  sessionCache.forgetUser(userId);
  await db.updateTable('sessions').set({ revoked_at: new Date() }).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
}
