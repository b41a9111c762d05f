import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { actorOf, requireUser } from '../../server/auth.js';
import { clientInput } from '../clients/model.js';
import { accessChangeInput, confirmInput, myCircles, changeOutcome, circleView, historyView, myAccessView, regisseurInput, versionQuery } from './model.js';
import { changeAccess, confirm, createClientWithCircle, getCircle, getHistory, getMyAccess, leaveCircle, listMyCircles, reject, removeFromCircle, setRegisseur, startCircle } from './service.js';

const clientParams = z.object({ clientId: z.string().uuid() });
const memberParams = clientParams.extend({ linkId: z.string().uuid() });
const decisionParams = clientParams.extend({ decisionId: z.string().uuid() });

export function circleRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['circle'];

  r.post('/circles', { schema: { tags, body: clientInput, response: { 201: z.object({ clientId: z.string() }) } } }, async (req, reply) => {
    const created = await createClientWithCircle(ctx, actorOf(requireUser(req)), req.body, req.id);
    return reply.code(201).send(created);
  });

  r.get('/me/circles', { schema: { tags, response: { 200: myCircles } } }, async (req) => listMyCircles(ctx, actorOf(requireUser(req)), req.id));

  r.get('/circles/:clientId', { schema: { tags, params: clientParams, response: { 200: circleView } } }, async (req) =>
    getCircle(ctx, actorOf(requireUser(req)), req.params.clientId, req.id),
  );

  r.post('/circles/:clientId', { schema: { tags, params: clientParams, response: { 201: circleView } } }, async (req, reply) => {
    const actor = actorOf(requireUser(req));
    await startCircle(ctx, actor, req.params.clientId, req.id);
    return reply.code(201).send(await getCircle(ctx, actor, req.params.clientId, req.id));
  });

  r.get('/circles/:clientId/me', { schema: { tags, params: clientParams, response: { 200: myAccessView } } }, async (req) =>
    getMyAccess(ctx, actorOf(requireUser(req)), req.params.clientId, req.id),
  );

  r.get('/circles/:clientId/history', { schema: { tags, params: clientParams, response: { 200: historyView } } }, async (req) =>
    getHistory(ctx, actorOf(requireUser(req)), req.params.clientId, req.id),
  );

  r.put('/circles/:clientId/members/:linkId/access', { schema: { tags, params: memberParams, body: accessChangeInput, response: { 200: changeOutcome } } }, async (req) => {
    const actor = actorOf(requireUser(req));
    const outcome = await changeAccess(ctx, actor, req.params.clientId, req.params.linkId, req.body, req.id);
    return { ...outcome, circle: await getCircle(ctx, actor, req.params.clientId, req.id) };
  });

  r.delete('/circles/:clientId/members/:linkId', { schema: { tags, params: memberParams, querystring: versionQuery, response: { 204: z.null() } } }, async (req, reply) => {
    await removeFromCircle(ctx, actorOf(requireUser(req)), req.params.clientId, req.params.linkId, req.query.version, req.id);
    return reply.code(204).send(null);
  });

  r.delete('/circles/:clientId/me', { schema: { tags, params: clientParams, querystring: versionQuery, response: { 204: z.null() } } }, async (req, reply) => {
    await leaveCircle(ctx, actorOf(requireUser(req)), req.params.clientId, req.query.version, req.id);
    return reply.code(204).send(null);
  });

  r.post('/circles/:clientId/decisions/:decisionId/confirm', { schema: { tags, params: decisionParams, body: confirmInput, response: { 200: changeOutcome } } }, async (req) => {
    const actor = actorOf(requireUser(req));
    const status = await confirm(ctx, actor, req.params.clientId, req.params.decisionId, req.body, req.id);
    return { decisionId: req.params.decisionId, status, circle: await getCircle(ctx, actor, req.params.clientId, req.id) };
  });

  r.post('/circles/:clientId/decisions/:decisionId/reject', { schema: { tags, params: decisionParams, response: { 204: z.null() } } }, async (req, reply) => {
    await reject(ctx, actorOf(requireUser(req)), req.params.clientId, req.params.decisionId, req.id);
    return reply.code(204).send(null);
  });

  r.put('/circles/:clientId/regisseur', { schema: { tags, params: clientParams, body: regisseurInput, response: { 204: z.null() } } }, async (req, reply) => {
    await setRegisseur(ctx, actorOf(requireUser(req)), req.params.clientId, req.body.userId, req.id);
    return reply.code(204).send(null);
  });
}
