import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { actorOf, requireUser } from '../../server/auth.js';
import { agendaInput, networkParams, networkSignalsView, raiseInput, signalInput, signalNetworksView, signalParams, signalView } from './signals-model.js';
import { createSignal, mySignalNetworks, networkSignals, putSignalOnAgenda, raiseSignal, raisedSignals } from './signals.js';

/** The signal log of care networks; registered from careMinutesRoutes. */
export function signalRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['care signals'];
  const actor = (req: Parameters<typeof requireUser>[0]) => actorOf(requireUser(req));

  r.get('/care-signals/networks', { schema: { tags, response: { 200: signalNetworksView } } }, async (req) => mySignalNetworks(ctx, actor(req)));
  r.get('/care-signals/raised', { schema: { tags, response: { 200: z.array(signalView) } } }, async (req) => raisedSignals(ctx, actor(req)));
  r.get('/care-signals/networks/:networkId', { schema: { tags, params: networkParams, response: { 200: networkSignalsView } } }, async (req) => networkSignals(ctx, actor(req), req.params.networkId));
  r.post('/care-signals/networks/:networkId', { schema: { tags, params: networkParams, body: signalInput, response: { 201: signalView } } }, async (req, reply) =>
    reply.code(201).send(await createSignal(ctx, actor(req), req.params.networkId, req.body)),
  );
  r.post('/care-signals/:signalId/raise', { schema: { tags, params: signalParams, body: raiseInput, response: { 200: signalView } } }, async (req) => raiseSignal(ctx, actor(req), req.params.signalId, req.body));
  r.post('/care-signals/:signalId/agenda', { schema: { tags, params: signalParams, body: agendaInput, response: { 200: signalView } } }, async (req) => putSignalOnAgenda(ctx, actor(req), req.params.signalId, req.body));
}
