import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { actorOf, requireRole, requireUser } from '../../server/auth.js';
import './case-export-section.js';
import {
  answerInput,
  caseListItem,
  caseParams,
  caseQuery,
  caseView,
  closeInput,
  consentInput,
  consentParams,
  coordinatorInput,
  doneInput,
  escalationInput,
  handoverInput,
  handoverParams,
  informedInput,
  involvementView,
  myCareWork,
  networkParams,
  peopleQuery,
  personItem,
  registerInput,
  reviewInput,
  safetyReviewItem,
  taskParams,
  textCheckInput,
  textWarnings,
  upgradeInput,
  withdrawInput,
} from './case-model.js';
import { recordConsent, registerCase, upgradeCase, withdrawConsent } from './case-registration.js';
import { getCase, listNetworkCases, textCheck } from './case-view.js';
import { checkInvolvement } from './involvement.js';
import { addEscalation, answerHandover, setCoordinator, startHandover } from './handover.js';
import { closeCase, finishFeedback, myCareWork as loadMyCareWork } from './feedback.js';
import { listSafetyReviews, markClientInformed, reviewSafety } from './case-safety.js';
import { findProfessionals } from './case-people.js';

/** Cases in care networks: registration per consent mode, the case page, involvement, hand-over, feedback. */
export function careCaseRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['care-cases'];
  const staff = (req: Parameters<typeof requireUser>[0]) => actorOf(requireRole(req, ['professional', 'netwerkvoorzitter', 'teamleider']));

  r.get('/care-networks/:networkId/cases', { schema: { tags, params: networkParams, response: { 200: z.array(caseListItem) } } }, async (req) => listNetworkCases(ctx, staff(req), req.params.networkId));
  r.post('/care-networks/:networkId/cases', { schema: { tags, params: networkParams, body: registerInput, response: { 201: caseView } } }, async (req, reply) => {
    const view = await registerCase(ctx, staff(req), req.params.networkId, req.body, req.id);
    return reply.code(201).send(view);
  });
  r.post('/care-cases/text-check', { schema: { tags, body: textCheckInput, response: { 200: textWarnings } } }, async (req) => {
    staff(req);
    return textCheck(req.body.text);
  });
  r.get('/care-cases/people', { schema: { tags, querystring: peopleQuery, response: { 200: z.array(personItem) } } }, async (req) => findProfessionals(ctx.db, staff(req), req.query.q));
  r.get('/care-cases/safety-reviews', { schema: { tags, response: { 200: z.array(safetyReviewItem) } } }, async (req) => listSafetyReviews(ctx, staff(req)));
  r.get('/care-cases/:caseId', { schema: { tags, params: caseParams, querystring: caseQuery, response: { 200: caseView } } }, async (req) =>
    getCase(ctx, staff(req), req.params.caseId, req.query.meetingId ?? null, req.id),
  );
  r.get('/care-cases/:caseId/involvement', { schema: { tags, params: caseParams, querystring: caseQuery, response: { 200: involvementView } } }, async (req) =>
    checkInvolvement(ctx, staff(req), req.params.caseId, req.query.meetingId ?? null, req.id),
  );
  r.post('/care-cases/:caseId/consents', { schema: { tags, params: caseParams, body: consentInput, response: { 201: caseView } } }, async (req, reply) =>
    reply.code(201).send(await recordConsent(ctx, staff(req), req.params.caseId, req.body, req.id)),
  );
  r.post('/care-cases/:caseId/consents/:consentId/withdraw', { schema: { tags, params: consentParams, body: withdrawInput, response: { 200: caseView } } }, async (req) =>
    withdrawConsent(ctx, staff(req), req.params.caseId, req.params.consentId, req.body.choice, req.id),
  );
  r.post('/care-cases/:caseId/upgrade', { schema: { tags, params: caseParams, body: upgradeInput, response: { 200: caseView } } }, async (req) =>
    upgradeCase(ctx, staff(req), req.params.caseId, req.body, req.id),
  );
  r.put('/care-cases/:caseId/coordinator', { schema: { tags, params: caseParams, body: coordinatorInput, response: { 200: caseView } } }, async (req) =>
    setCoordinator(ctx, staff(req), req.params.caseId, req.body, req.id),
  );
  r.post('/care-cases/:caseId/handovers', { schema: { tags, params: caseParams, body: handoverInput, response: { 201: caseView } } }, async (req, reply) =>
    reply.code(201).send(await startHandover(ctx, staff(req), req.params.caseId, req.body, req.id)),
  );
  r.post('/care-handovers/:handoverId/answer', { schema: { tags, params: handoverParams, body: answerInput, response: { 200: caseView } } }, async (req) =>
    answerHandover(ctx, staff(req), req.params.handoverId, req.body, req.id),
  );
  r.post('/care-cases/:caseId/escalations', { schema: { tags, params: caseParams, body: escalationInput, response: { 201: caseView } } }, async (req, reply) =>
    reply.code(201).send(await addEscalation(ctx, staff(req), req.params.caseId, req.body, req.id)),
  );
  r.post('/care-cases/:caseId/close', { schema: { tags, params: caseParams, body: closeInput, response: { 200: caseView } } }, async (req) =>
    closeCase(ctx, staff(req), req.params.caseId, req.body, req.id),
  );
  r.post('/care-cases/:caseId/safety-review', { schema: { tags, params: caseParams, body: reviewInput, response: { 200: caseView } } }, async (req) =>
    reviewSafety(ctx, staff(req), req.params.caseId, req.body, req.id),
  );
  r.post('/care-cases/:caseId/client-informed', { schema: { tags, params: caseParams, body: informedInput, response: { 200: caseView } } }, async (req) =>
    markClientInformed(ctx, staff(req), req.params.caseId, req.body, req.id),
  );
  r.get('/me/care-work', { schema: { tags, response: { 200: myCareWork } } }, async (req) => loadMyCareWork(ctx, staff(req)));
  r.post('/care-feedback/:taskId/done', { schema: { tags, params: taskParams, body: doneInput, response: { 200: myCareWork } } }, async (req) =>
    finishFeedback(ctx, staff(req), req.params.taskId, req.body),
  );
}
