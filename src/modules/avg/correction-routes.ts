import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { actorOf, requireUser } from '../../server/auth.js';
import { listCorrections, listCorrectionTasks, requestCorrection, resolveCorrection } from './corrections.js';
import { clientParams, correctionInput, correctionTaskView, correctionView, itemParams, resolveInput } from './model.js';

export function correctionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['avg'];

  r.post(
    '/clients/:clientId/corrections',
    { schema: { tags, summary: 'Ask to correct information (client or decider)', params: clientParams, body: correctionInput, response: { 201: correctionView } } },
    async (req, reply) => {
      const view = await requestCorrection(ctx, actorOf(requireUser(req)), req.params.clientId, req.body, req.id);
      return reply.code(201).send(view);
    },
  );

  r.get(
    '/clients/:clientId/corrections',
    { schema: { tags, summary: "The client's requests for correction", params: clientParams, response: { 200: z.array(correctionView) } } },
    async (req) => listCorrections(ctx, actorOf(requireUser(req)), req.params.clientId, req.id),
  );

  r.post(
    '/clients/:clientId/corrections/:id/resolve',
    { schema: { tags, summary: 'Answer a request for correction (professional in the circle)', params: itemParams, body: resolveInput, response: { 200: correctionView } } },
    async (req) => resolveCorrection(ctx, actorOf(requireUser(req)), req.params.clientId, req.params.id, req.body, req.id),
  );

  r.get(
    '/me/correction-tasks',
    { schema: { tags, summary: 'Open requests for correction this professional can take up', response: { 200: z.array(correctionTaskView) } } },
    async (req) => listCorrectionTasks(ctx, actorOf(requireUser(req)), req.id),
  );
}
