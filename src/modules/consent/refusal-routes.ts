import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.js';
import { actorOf, requireRole, requireUser } from '../../server/auth.js';
import { clientParams, refusalEndInput, refusalInput, refusalList, refusalParams, refusalReviewInput, refusalView, reviewsDue } from './refusal-model.js';
import { endRefusal, listRefusals, recordRefusal, reviewRefusal, reviewsDueFor } from './refusals.js';

/** The refusal register of a client, and what a professional has to talk about again. */
export function refusalRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['consent'];

  r.get('/clients/:clientId/refusals', { schema: { tags, params: clientParams, response: { 200: refusalList } } }, async (req) => {
    const user = requireUser(req);
    return listRefusals(ctx, actorOf(user), req.params.clientId, req.id);
  });

  r.post('/clients/:clientId/refusals', { schema: { tags, params: clientParams, body: refusalInput, response: { 201: refusalView } } }, async (req, reply) => {
    const user = requireUser(req);
    return reply.code(201).send(await recordRefusal(ctx, actorOf(user), req.params.clientId, req.body, req.id));
  });

  r.post('/clients/:clientId/refusals/:id/reviewed', { schema: { tags, params: refusalParams, body: refusalReviewInput, response: { 200: refusalView } } }, async (req) => {
    const user = requireUser(req);
    return reviewRefusal(ctx, actorOf(user), req.params.clientId, req.params.id, req.body, req.id);
  });

  r.post('/clients/:clientId/refusals/:id/end', { schema: { tags, params: refusalParams, body: refusalEndInput, response: { 200: refusalView } } }, async (req) => {
    const user = requireUser(req);
    return endRefusal(ctx, actorOf(user), req.params.clientId, req.params.id, req.body.version, req.id);
  });

  r.get('/me/reviews-due', { schema: { tags, response: { 200: reviewsDue } } }, async (req) => {
    const user = requireRole(req, ['professional', 'teamleider', 'netwerkvoorzitter']);
    return reviewsDueFor(ctx.db, actorOf(user));
  });
}
