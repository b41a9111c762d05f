import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.js';
import { actorOf, requireUser } from '../../server/auth.js';
import { clientAuditLog } from '../clients/access-log.js';
import { clientAuditLogQuery, clientAuditLogResponse } from '../clients/access-log-model.js';
import { clientParams } from './refusal-model.js';
import { safetyExceptionInput, safetyExceptionList, safetyExceptionView, safetyParams, safetyReviewInput, safetyToReview } from './safety-model.js';
import { createSafetyException, endSafetyException, exceptionsToReview, getSafetyException, listSafetyExceptions, reviewSafetyException } from './safety.js';

/**
 * Safety exceptions: writing one, the circle's list, reviewing, ending early; and the professionals'
 * audit view of a client's access log, where access under an exception shows flagged.
 */
export function safetyRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['consent'];

  r.post('/clients/:clientId/safety-exceptions', { schema: { tags, params: clientParams, body: safetyExceptionInput, response: { 201: safetyExceptionView } } }, async (req, reply) => {
    const user = requireUser(req);
    return reply.code(201).send(await createSafetyException(ctx, actorOf(user), req.params.clientId, req.body, req.id));
  });

  r.get('/clients/:clientId/safety-exceptions', { schema: { tags, params: clientParams, response: { 200: safetyExceptionList } } }, async (req) => {
    const user = requireUser(req);
    return listSafetyExceptions(ctx, actorOf(user), req.params.clientId, req.id);
  });

  r.get('/clients/:clientId/safety-exceptions/:id', { schema: { tags, params: safetyParams, response: { 200: safetyExceptionView } } }, async (req) => {
    const user = requireUser(req);
    return getSafetyException(ctx, actorOf(user), req.params.clientId, req.params.id, req.id);
  });

  r.post(
    '/clients/:clientId/safety-exceptions/:id/review',
    { schema: { tags, params: safetyParams, body: safetyReviewInput, response: { 200: safetyExceptionView } } },
    async (req) => {
      const user = requireUser(req);
      return reviewSafetyException(ctx, actorOf(user), req.params.clientId, req.params.id, req.body, req.id);
    },
  );

  r.post('/clients/:clientId/safety-exceptions/:id/end', { schema: { tags, params: safetyParams, response: { 200: safetyExceptionView } } }, async (req) => {
    const user = requireUser(req);
    return endSafetyException(ctx, actorOf(user), req.params.clientId, req.params.id, req.id);
  });

  r.get('/safety-exceptions/to-review', { schema: { tags, response: { 200: safetyToReview } } }, async (req) => {
    const user = requireUser(req);
    return { items: await exceptionsToReview(ctx.db, actorOf(user)) };
  });

  r.get('/clients/:clientId/access-log', { schema: { tags: ['clients'], params: clientParams, querystring: clientAuditLogQuery, response: { 200: clientAuditLogResponse } } }, async (req) => {
    const user = requireUser(req);
    return clientAuditLog(ctx, actorOf(user), req.params.clientId, req.query, req.id);
  });
}
