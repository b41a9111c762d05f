import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.js';
import { actorOf, requireUser } from '../../server/auth.js';
import './evaluation-export.js';
import {
  cancelInput,
  clientParams,
  evaluationDetail,
  evaluationList,
  evaluationOverview as overviewView,
  evaluationParams,
  holdInput,
  rescheduleInput,
  scheduleInput,
} from './evaluation-model.js';
import { cancelEvaluation, evaluationOverview, getEvaluation, holdEvaluation, listEvaluations, rescheduleEvaluation, scheduleEvaluation } from './evaluation-service.js';

/** Evaluation moments of a client's plan: list and plan, change or cancel, hold, and the overview of yields and scores. */
export function evaluationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['plan'];
  const base = '/clients/:clientId/evaluations';

  r.get(base, { schema: { tags, params: clientParams, response: { 200: evaluationList } } }, async (req) => listEvaluations(ctx, actorOf(requireUser(req)), req.params.clientId, req.id));
  r.post(base, { schema: { tags, params: clientParams, body: scheduleInput, response: { 201: evaluationDetail } } }, async (req, reply) =>
    reply.code(201).send(await scheduleEvaluation(ctx, actorOf(requireUser(req)), req.params.clientId, req.body, req.id)),
  );
  r.get(`${base}/overview`, { schema: { tags, params: clientParams, response: { 200: overviewView } } }, async (req) =>
    evaluationOverview(ctx, actorOf(requireUser(req)), req.params.clientId, req.id),
  );
  r.get(`${base}/:evaluationId`, { schema: { tags, params: evaluationParams, response: { 200: evaluationDetail } } }, async (req) =>
    getEvaluation(ctx, actorOf(requireUser(req)), req.params.clientId, req.params.evaluationId, req.id),
  );
  r.put(`${base}/:evaluationId`, { schema: { tags, params: evaluationParams, body: rescheduleInput, response: { 200: evaluationDetail } } }, async (req) =>
    rescheduleEvaluation(ctx, actorOf(requireUser(req)), req.params.clientId, req.params.evaluationId, req.body, req.id),
  );
  r.post(`${base}/:evaluationId/cancel`, { schema: { tags, params: evaluationParams, body: cancelInput, response: { 200: evaluationDetail } } }, async (req) =>
    cancelEvaluation(ctx, actorOf(requireUser(req)), req.params.clientId, req.params.evaluationId, req.body.version, req.id),
  );
  r.post(`${base}/:evaluationId/hold`, { schema: { tags, params: evaluationParams, body: holdInput, response: { 200: evaluationDetail } } }, async (req) =>
    holdEvaluation(ctx, actorOf(requireUser(req)), req.params.clientId, req.params.evaluationId, req.body, req.id),
  );
}
