import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { actorOf, requireUser } from '../../server/auth.js';
import { handOverRegisseur } from '../consent/service.js';
import { familyInput, referralOutcomeInput, goalInput, goalUpdate, goalView, handoverInput, myTaskView, planView, suggestionView, taskInput, taskResponse, taskStatusChange, taskUpdate, taskView } from './model.js';
import './plan-export.js';
import { addGoal, addTask, changeTaskStatus, getPlan, joinFamily, listMyTasks, recordReferralOutcome, respondToTask, suggestAssignees, updateGoal, updateTask } from './service.js';

const clientParams = z.object({ clientId: z.string().uuid() });
const goalParams = clientParams.extend({ goalId: z.string().uuid() });
const taskParams = clientParams.extend({ taskId: z.string().uuid() });

export function planRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['plan'];

  r.get('/clients/:clientId/plan', { schema: { tags, params: clientParams, response: { 200: planView } } }, async (req) =>
    getPlan(ctx, actorOf(requireUser(req)), req.params.clientId, req.id),
  );
  r.post('/clients/:clientId/plan/goals', { schema: { tags, params: clientParams, body: goalInput, response: { 201: goalView } } }, async (req, reply) =>
    reply.code(201).send(await addGoal(ctx, actorOf(requireUser(req)), req.params.clientId, req.body, req.id)),
  );
  r.put('/clients/:clientId/plan/goals/:goalId', { schema: { tags, params: goalParams, body: goalUpdate, response: { 200: goalView } } }, async (req) =>
    updateGoal(ctx, actorOf(requireUser(req)), req.params.clientId, req.params.goalId, req.body, req.id),
  );
  r.post('/clients/:clientId/plan/tasks', { schema: { tags, params: clientParams, body: taskInput, response: { 201: taskView } } }, async (req, reply) =>
    reply.code(201).send(await addTask(ctx, actorOf(requireUser(req)), req.params.clientId, req.body, req.id)),
  );
  r.put('/clients/:clientId/plan/tasks/:taskId', { schema: { tags, params: taskParams, body: taskUpdate, response: { 200: taskView } } }, async (req) =>
    updateTask(ctx, actorOf(requireUser(req)), req.params.clientId, req.params.taskId, req.body, req.id),
  );
  r.post('/clients/:clientId/plan/tasks/:taskId/response', { schema: { tags, params: taskParams, body: taskResponse, response: { 200: taskView } } }, async (req) =>
    respondToTask(ctx, actorOf(requireUser(req)), req.params.clientId, req.params.taskId, req.body, req.id),
  );
  r.post('/clients/:clientId/plan/tasks/:taskId/status', { schema: { tags, params: taskParams, body: taskStatusChange, response: { 200: taskView } } }, async (req) =>
    changeTaskStatus(ctx, actorOf(requireUser(req)), req.params.clientId, req.params.taskId, req.body, req.id),
  );
  r.post('/clients/:clientId/plan/tasks/:taskId/referral-outcome', { schema: { tags, params: taskParams, body: referralOutcomeInput, response: { 200: taskView } } }, async (req) =>
    recordReferralOutcome(ctx, actorOf(requireUser(req)), req.params.clientId, req.params.taskId, req.body, req.id),
  );
  r.get('/clients/:clientId/plan/suggestions', { schema: { tags, params: clientParams, response: { 200: z.array(suggestionView) } } }, async (req) =>
    suggestAssignees(ctx, actorOf(requireUser(req)), req.params.clientId, req.id),
  );
  r.post('/clients/:clientId/plan/regisseur', { schema: { tags, params: clientParams, body: handoverInput, response: { 200: planView } } }, async (req) => {
    const actor = actorOf(requireUser(req));
    await handOverRegisseur(ctx, actor, req.params.clientId, req.body, req.id);
    return getPlan(ctx, actor, req.params.clientId, req.id);
  });
  r.post('/clients/:clientId/plan/family', { schema: { tags, params: clientParams, body: familyInput, response: { 200: planView } } }, async (req) => {
    const actor = actorOf(requireUser(req));
    await joinFamily(ctx, actor, req.params.clientId, req.body, req.id);
    return getPlan(ctx, actor, req.params.clientId, req.id);
  });
  r.get('/me/tasks', { schema: { tags, response: { 200: z.array(myTaskView) } } }, async (req) => listMyTasks(ctx, actorOf(requireUser(req)), req.id));
}
