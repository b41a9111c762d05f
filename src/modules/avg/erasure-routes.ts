import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.js';
import { actorOf, requireUser } from '../../server/auth.js';
import { cancelErasure, getErasureStatus, requestErasure } from './erasure.js';
import { clientParams, erasureInput, erasureStatus, erasureView, itemParams } from './model.js';

export function erasureRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['avg'];

  r.get(
    '/clients/:clientId/erasure',
    { schema: { tags, summary: 'The newest request to erase the client, and the waiting period', params: clientParams, response: { 200: erasureStatus } } },
    async (req) => getErasureStatus(ctx, actorOf(requireUser(req)), req.params.clientId, req.id),
  );

  r.post(
    '/clients/:clientId/erasure',
    { schema: { tags, summary: 'Ask to erase everything about the client (client or decider)', params: clientParams, body: erasureInput, response: { 201: erasureView } } },
    async (req, reply) => {
      const view = await requestErasure(ctx, actorOf(requireUser(req)), req.params.clientId, req.id);
      return reply.code(201).send(view);
    },
  );

  r.post(
    '/clients/:clientId/erasure/:id/cancel',
    { schema: { tags, summary: 'Withdraw a request to erase, while it has not run', params: itemParams, response: { 200: erasureView } } },
    async (req) => cancelErasure(ctx, actorOf(requireUser(req)), req.params.clientId, req.params.id, req.id),
  );
}
