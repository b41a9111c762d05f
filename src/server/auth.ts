import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { AppContext } from '../platform/context.js';
import { forbidden, unauthorized } from '../platform/errors.js';
import type { Actor } from '../platform/access/index.js';
import type { Role } from '../modules/accounts/schema.js';
import { resolveSession, type ResolvedSession, type SessionUser } from '../modules/auth/service.js';

declare module 'fastify' {
  interface FastifyRequest {
    auth: ResolvedSession | null;
  }
}

/** The __Host- prefix pins the cookie to this host and path when it is Secure (outside development). */
export const sessionCookieName = (secure: boolean) => (secure ? '__Host-samenspel' : 'samenspel');

export function setSessionCookie(ctx: AppContext, reply: FastifyReply, token: string): void {
  reply.setCookie(sessionCookieName(ctx.config.secureCookies), token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.config.secureCookies,
    maxAge: Math.floor(ctx.config.sessionAbsoluteMs / 1000),
  });
}

export function clearSessionCookie(ctx: AppContext, reply: FastifyReply): void {
  reply.clearCookie(sessionCookieName(ctx.config.secureCookies), { path: '/', secure: ctx.config.secureCookies, httpOnly: true, sameSite: 'lax' });
}

export const authPlugin = fp(async (app: FastifyInstance, opts: { ctx: AppContext }) => {
  const { ctx } = opts;
  const cookie = sessionCookieName(ctx.config.secureCookies);
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    const token = req.cookies[cookie];
    req.auth = token ? await resolveSession(ctx.db, ctx.config, token) : null;
  });
});

/** A fully logged-in user (second factor done where required). */
export function requireUser(req: FastifyRequest): SessionUser {
  const s = req.auth;
  if (!s || s.stage !== 'active') throw unauthorized();
  return s.user;
}

export function requireRole(req: FastifyRequest, roles: readonly Role[]): SessionUser {
  const user = requireUser(req);
  if (!user.roles.some((r) => roles.includes(r))) throw forbidden({ nl: 'Dit mag je niet doen met jouw rol.', en: 'Your role does not allow this.' });
  return user;
}

/** A session that may be half-way through log-in (waiting for the second factor). */
export function requireSession(req: FastifyRequest): ResolvedSession {
  if (!req.auth) throw unauthorized();
  return req.auth;
}

export function actorOf(user: SessionUser): Actor {
  return {
    userId: user.id,
    regionId: user.regionId,
    roles: user.roles,
    label: user.organisationName ? `${user.displayName} (${user.organisationName})` : user.displayName,
  };
}
