import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { clearSessionCookie, requireSession, requireUser, setSessionCookie } from '../../server/auth.js';
import { codeBody, loginBody, loginResponse, resetConfirmBody, resetRequestBody, sessionResponse } from './model.js';
import {
  confirmEnrolment,
  confirmPasswordReset,
  login,
  requestPasswordReset,
  resolveSession,
  revokeAllSessions,
  revokeSession,
  startEnrolment,
  verifySecondFactor,
  type SessionUser,
} from './service.js';
import { forgetUserSessions } from './sessions.js';

export const publicUser = (u: SessionUser) => ({
  id: u.id,
  displayName: u.displayName,
  email: u.email,
  roles: u.roles,
  regionName: u.regionName,
  organisationId: u.organisationId,
  organisationName: u.organisationName,
  organisationKind: u.organisationKind,
  locale: u.locale,
  mfaEnabled: u.mfaEnabled,
});

const ua = (req: FastifyRequest) => {
  const v = req.headers['user-agent'];
  return typeof v === 'string' ? v : undefined;
};

/** Sets the new session cookie and answers with what the web app needs for the next step. */
export async function answerWithSession(ctx: AppContext, reply: FastifyReply, token: string) {
  setSessionCookie(ctx, reply, token);
  const session = await resolveSession(ctx.db, ctx.config, token);
  if (!session) throw new Error('fresh session did not resolve');
  return { stage: session.stage, csrfToken: reply.generateCsrf(), user: publicUser(session.user) };
}

export function authRoutes(app: FastifyInstance, ctx: AppContext, limits: { authRateLimit: number }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const strict = { rateLimit: { max: limits.authRateLimit, timeWindow: '1 minute' } };

  r.get('/auth/session', { schema: { tags: ['auth'], response: { 200: sessionResponse } } }, async (req, reply) => {
    const s = req.auth;
    return {
      authenticated: Boolean(s && s.stage === 'active'),
      ...(s ? { stage: s.stage, user: publicUser(s.user) } : {}),
      csrfToken: reply.generateCsrf(),
    };
  });

  r.post('/auth/login', { config: strict, schema: { tags: ['auth'], body: loginBody, response: { 200: loginResponse } } }, async (req, reply) => {
    // A session id that existed before log-in is dropped, never upgraded (session fixation).
    if (req.auth) await revokeSession(ctx.db, req.auth.id);
    const { token } = await login(ctx, { ...req.body, userAgent: ua(req) });
    return answerWithSession(ctx, reply, token);
  });

  r.post('/auth/mfa/verify', { config: strict, schema: { tags: ['auth'], body: codeBody, response: { 200: loginResponse } } }, async (req, reply) => {
    const token = await verifySecondFactor(ctx, requireSession(req), req.body.code, ua(req));
    return answerWithSession(ctx, reply, token);
  });

  r.get(
    '/auth/mfa/enrolment',
    { schema: { tags: ['auth'], response: { 200: z.object({ otpauthUrl: z.string(), qrSvg: z.string(), secret: z.string() }) } } },
    async (req) => startEnrolment(ctx, requireSession(req)),
  );

  r.post(
    '/auth/mfa/enrolment',
    {
      config: strict,
      schema: { tags: ['auth'], body: codeBody, response: { 200: z.object({ recoveryCodes: z.array(z.string()), csrfToken: z.string(), stage: z.string() }) } },
    },
    async (req, reply) => {
      const result = await confirmEnrolment(ctx, requireSession(req), req.body.code, ua(req));
      if (result.token) setSessionCookie(ctx, reply, result.token);
      return { recoveryCodes: result.recoveryCodes, csrfToken: reply.generateCsrf(), stage: 'active' };
    },
  );

  r.post('/auth/logout', { schema: { tags: ['auth'] } }, async (req, reply) => {
    if (req.auth) await revokeSession(ctx.db, req.auth.id);
    clearSessionCookie(ctx, reply);
    return reply.code(204).send();
  });

  r.post('/auth/logout-everywhere', { schema: { tags: ['auth'] } }, async (req, reply) => {
    const user = requireUser(req);
    await revokeAllSessions(ctx.db, user.id);
    clearSessionCookie(ctx, reply);
    return reply.code(204).send();
  });

  r.post('/auth/password-reset', { config: strict, schema: { tags: ['auth'], body: resetRequestBody } }, async (req, reply) => {
    await requestPasswordReset(ctx, req.body.email);
    return reply.code(202).send({ status: 'accepted' });
  });

  r.post('/auth/password-reset/confirm', { config: strict, schema: { tags: ['auth'], body: resetConfirmBody } }, async (req, reply) => {
    await confirmPasswordReset(ctx, req.body.token, req.body.password);
    return reply.code(204).send();
  });

  r.put('/me/locale', { schema: { tags: ['auth'], body: z.object({ locale: z.enum(['nl', 'en']) }) } }, async (req, reply) => {
    const user = requireUser(req);
    await ctx.db.updateTable('users').set({ locale: req.body.locale }).where('id', '=', user.id).execute();
    forgetUserSessions(user.id);
    return reply.code(204).send();
  });
}
