import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { actorOf, requireRole, requireUser } from '../../server/auth.js';
import './continuity-export.js';
import { closePlan, endInvolvement, reopenPlan } from './continuity-closure.js';
import { clientParams, closeInput, continuityPage, endInvolvementInput, reopenInput, roleInput, roleParams, roleUpdate, roleView, versionQuery } from './continuity-model.js';
import { addRole, getContinuity, removeRole, updateRole } from './continuity.js';
import { crisisDueList, crisisPlanInput, crisisPlanPage, crisisPlanView, crisisReviewInput } from './crisis-model.js';
import { crisisPlansDue, getCrisisPlan, reviewCrisisPlan, saveCrisisPlan } from './crisis.js';
import { dialogueInput, dialogueParams, dialogueUpdate, dialogueView, futurePage, settingsInput, settingsView } from './future-model.js';
import { addDialogue, getFuture, getSettings, saveSettings, updateDialogue } from './future.js';

/** Crisis plan, continuity and closure, toekomstplan: all `plan` data of one client, through the services. */
export function continuityRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['plan'];
  const base = '/clients/:clientId';

  // Crisis and signal plan
  r.get(`${base}/crisis-plan`, { schema: { tags, params: clientParams, response: { 200: crisisPlanPage } } }, async (req) =>
    getCrisisPlan(ctx, actorOf(requireUser(req)), req.params.clientId, req.id),
  );
  r.put(`${base}/crisis-plan`, { schema: { tags, params: clientParams, body: crisisPlanInput, response: { 200: crisisPlanView } } }, async (req) =>
    saveCrisisPlan(ctx, actorOf(requireUser(req)), req.params.clientId, req.body, req.id),
  );
  r.post(`${base}/crisis-plan/reviewed`, { schema: { tags, params: clientParams, body: crisisReviewInput, response: { 200: crisisPlanView } } }, async (req) =>
    reviewCrisisPlan(ctx, actorOf(requireUser(req)), req.params.clientId, req.body, req.id),
  );
  r.get('/me/crisis-plans-due', { schema: { tags, response: { 200: crisisDueList } } }, async (req) =>
    crisisPlansDue(ctx, actorOf(requireRole(req, ['professional', 'teamleider', 'netwerkvoorzitter'])), req.id),
  );

  // Continuity: who takes over, closing and re-opening, ending a professional's involvement
  r.get(`${base}/continuity`, { schema: { tags, params: clientParams, response: { 200: continuityPage } } }, async (req) =>
    getContinuity(ctx, actorOf(requireUser(req)), req.params.clientId, req.id),
  );
  r.post(`${base}/continuity/roles`, { schema: { tags, params: clientParams, body: roleInput, response: { 201: roleView } } }, async (req, reply) =>
    reply.code(201).send(await addRole(ctx, actorOf(requireUser(req)), req.params.clientId, req.body, req.id)),
  );
  r.put(`${base}/continuity/roles/:roleId`, { schema: { tags, params: roleParams, body: roleUpdate, response: { 200: roleView } } }, async (req) =>
    updateRole(ctx, actorOf(requireUser(req)), req.params.clientId, req.params.roleId, req.body, req.id),
  );
  r.delete(`${base}/continuity/roles/:roleId`, { schema: { tags, params: roleParams, querystring: versionQuery, response: { 204: z.null() } } }, async (req, reply) => {
    await removeRole(ctx, actorOf(requireUser(req)), req.params.clientId, req.params.roleId, req.query.version, req.id);
    return reply.code(204).send(null);
  });
  r.post(`${base}/continuity/close`, { schema: { tags, params: clientParams, body: closeInput, response: { 200: continuityPage } } }, async (req) =>
    closePlan(ctx, actorOf(requireUser(req)), req.params.clientId, req.body, req.id),
  );
  r.post(`${base}/continuity/reopen`, { schema: { tags, params: clientParams, body: reopenInput, response: { 200: continuityPage } } }, async (req) =>
    reopenPlan(ctx, actorOf(requireUser(req)), req.params.clientId, req.body, req.id),
  );
  r.post(
    `${base}/continuity/end-involvement`,
    { schema: { tags, params: clientParams, body: endInvolvementInput, response: { 200: z.object({ handoverId: z.string(), tasksMoved: z.number(), left: z.boolean() }) } } },
    async (req) => endInvolvement(ctx, actorOf(requireUser(req)), req.params.clientId, req.body, req.id),
  );

  // Toekomstplan
  r.get(`${base}/future`, { schema: { tags, params: clientParams, response: { 200: futurePage } } }, async (req) =>
    getFuture(ctx, actorOf(requireUser(req)), req.params.clientId, req.id),
  );
  r.post(`${base}/future/dialogues`, { schema: { tags, params: clientParams, body: dialogueInput, response: { 201: dialogueView } } }, async (req, reply) =>
    reply.code(201).send(await addDialogue(ctx, actorOf(requireUser(req)), req.params.clientId, req.body, req.id)),
  );
  r.put(`${base}/future/dialogues/:dialogueId`, { schema: { tags, params: dialogueParams, body: dialogueUpdate, response: { 200: dialogueView } } }, async (req) =>
    updateDialogue(ctx, actorOf(requireUser(req)), req.params.clientId, req.params.dialogueId, req.body, req.id),
  );

  // Region setting: from which age a toekomstplan is offered (no client data)
  r.get('/continuity/settings', { schema: { tags, response: { 200: settingsView } } }, async (req) => getSettings(ctx.db, requireUser(req).regionId));
  r.put('/continuity/settings', { schema: { tags, body: settingsInput, response: { 200: settingsView } } }, async (req) => {
    const user = requireRole(req, ['beheerder']);
    return saveSettings(ctx.db, user.regionId, actorOf(user).label, req.body);
  });
}
