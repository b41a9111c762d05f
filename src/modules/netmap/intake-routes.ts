import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { actorOf, requireUser } from '../../server/auth.js';
import './intake-export.js';
import { finishIntakeInput, intakePage, intakeParams, intakePersonInput, intakeView, startIntakeInput, updateIntakeInput } from './intake-model.js';
import { analysisView, networkSignals } from './analysis-model.js';
import { addIntakePerson, finishIntake, getIntakePage, startIntake, updateIntake } from './intake-sessions.js';
import { getAnalysis } from './analysis.js';
import { listMySignals } from './analysis-signals.js';

const clientParams = z.object({ clientId: z.string().uuid() });

/**
 * The network intake ("wie neem je mee?"), the network analysis and the worklist signals. Everything
 * about a client goes through the services, which open the client's data with platform/access.
 */
export function netIntakeRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['network intake'];
  const actor = (req: Parameters<typeof requireUser>[0]) => actorOf(requireUser(req));

  r.get('/clients/:clientId/network/intake', { schema: { tags, params: clientParams, response: { 200: intakePage } } }, async (req) =>
    getIntakePage(ctx, actor(req), req.params.clientId, req.id),
  );
  r.post('/clients/:clientId/network/intake', { schema: { tags, params: clientParams, body: startIntakeInput, response: { 201: intakeView } } }, async (req, reply) =>
    reply.code(201).send(await startIntake(ctx, actor(req), req.params.clientId, req.body, req.id)),
  );
  r.put('/clients/:clientId/network/intake/:intakeId', { schema: { tags, params: intakeParams, body: updateIntakeInput, response: { 200: intakeView } } }, async (req) =>
    updateIntake(ctx, actor(req), req.params.clientId, req.params.intakeId, req.body, req.id),
  );
  r.post('/clients/:clientId/network/intake/:intakeId/persons', { schema: { tags, params: intakeParams, body: intakePersonInput, response: { 201: intakeView } } }, async (req, reply) =>
    reply.code(201).send(await addIntakePerson(ctx, actor(req), req.params.clientId, req.params.intakeId, req.body, req.id)),
  );
  r.post('/clients/:clientId/network/intake/:intakeId/finish', { schema: { tags, params: intakeParams, body: finishIntakeInput, response: { 200: intakeView } } }, async (req) =>
    finishIntake(ctx, actor(req), req.params.clientId, req.params.intakeId, req.body, req.id),
  );

  r.get('/clients/:clientId/network/analysis', { schema: { tags, params: clientParams, response: { 200: analysisView } } }, async (req) =>
    getAnalysis(ctx, actor(req), req.params.clientId, req.id),
  );
  r.get('/me/network-signals', { schema: { tags, response: { 200: networkSignals } } }, async (req) => ({ items: await listMySignals(ctx, actor(req), req.id) }));
}
