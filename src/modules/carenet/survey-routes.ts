import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { actorOf, requireUser } from '../../server/auth.js';
import { answersInput, mySurveyView, openRoundInput, roundParams, surveyNetworkParams, surveyOverview, surveyResults } from './survey-model.js';
import { answerRound, closeRound, mySurveys, openRound, roundResults, surveyOverview as overview } from './survey.js';

/** The anonymous partner survey of care networks; registered from careMinutesRoutes. */
export function surveyRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['care survey'];
  const actor = (req: Parameters<typeof requireUser>[0]) => actorOf(requireUser(req));

  r.get('/care-survey/mine', { schema: { tags, response: { 200: z.array(mySurveyView) } } }, async (req) => mySurveys(ctx, actor(req)));
  r.get('/care-survey/networks/:networkId', { schema: { tags, params: surveyNetworkParams, response: { 200: surveyOverview } } }, async (req) => overview(ctx, actor(req), req.params.networkId));
  r.post('/care-survey/networks/:networkId/rounds', { schema: { tags, params: surveyNetworkParams, body: openRoundInput, response: { 201: surveyOverview } } }, async (req, reply) =>
    reply.code(201).send(await openRound(ctx, actor(req), req.params.networkId, req.body.closesOn)),
  );
  r.post('/care-survey/rounds/:roundId/close', { schema: { tags, params: roundParams, response: { 200: surveyOverview } } }, async (req) => closeRound(ctx, actor(req), req.params.roundId));
  r.post('/care-survey/rounds/:roundId/answers', { schema: { tags, params: roundParams, body: answersInput, response: { 201: surveyOverview } } }, async (req, reply) =>
    reply.code(201).send(await answerRound(ctx, actor(req), req.params.roundId, req.body)),
  );
  r.get('/care-survey/rounds/:roundId/results', { schema: { tags, params: roundParams, response: { 200: surveyResults } } }, async (req) => roundResults(ctx, actor(req), req.params.roundId));
}
