import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { actorOf, requireUser } from '../../server/auth.js';
import { answerWithSession } from '../auth/routes.js';
import { loginResponse } from '../auth/model.js';
import { acceptBody, invitationInput, invitationView, joinResponse } from './model.js';
import { acceptInvitation, describeInvitation, invite, joinWithAccount } from './service.js';

export function invitationRoutes(app: FastifyInstance, ctx: AppContext, limits: { authRateLimit: number }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const token = z.object({ token: z.string().min(10).max(200) });

  r.post(
    '/invitations',
    { schema: { tags: ['invitations'], body: invitationInput, response: { 201: z.object({ id: z.string(), expiresAt: z.string() }) } } },
    async (req, reply) => {
      const user = requireUser(req);
      const created = await invite(ctx, actorOf(user), req.body, req.id);
      return reply.code(201).send(created);
    },
  );

  r.get(
    '/invitations/:token',
    { config: { rateLimit: { max: limits.authRateLimit, timeWindow: '1 minute' } }, schema: { tags: ['invitations'], params: token, response: { 200: invitationView } } },
    async (req) => describeInvitation(ctx.db, req.params.token),
  );

  r.post('/invitations/:token/join', { schema: { tags: ['invitations'], params: token, response: { 200: joinResponse } } }, async (req) => {
    const user = requireUser(req);
    return joinWithAccount(ctx, user, req.params.token);
  });

  r.post(
    '/invitations/:token/accept',
    {
      config: { rateLimit: { max: limits.authRateLimit, timeWindow: '1 minute' } },
      schema: { tags: ['invitations'], params: token, body: acceptBody, response: { 200: loginResponse } },
    },
    async (req, reply) => {
      const ua = typeof req.headers['user-agent'] === 'string' ? req.headers['user-agent'] : undefined;
      const sessionToken = await acceptInvitation(ctx, req.params.token, req.body.password, ua);
      return answerWithSession(ctx, reply, sessionToken);
    },
  );
}
