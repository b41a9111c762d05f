import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { actorOf, requireUser } from '../../server/auth.js';
import './export-section.js';
import {
  answerInput,
  checkInAnswerInput,
  checkInParams,
  clientMatchParams,
  clientParams,
  clientVolunteerView,
  closeInput,
  endInput,
  introductionInput,
  matchParams,
  messageInput,
  messageView,
  myVolunteerView,
  ownProfileInput,
  profileFields,
  profileInput,
  proposalInput,
  requestDetail,
  requestInput,
  requestListItem,
  requestParams,
  thinkingInput,
  trainingInput,
  userParams,
  volunteerDetail,
  volunteerListItem,
} from './model.js';
import {
  addTraining,
  answerAsClient,
  answerAsVolunteer,
  answerCheckIn,
  closeRequest,
  createRequest,
  endMatch,
  getClientVolunteer,
  getMine,
  getRequest,
  getVolunteer,
  handleCheckIn,
  listRequests,
  listVolunteers,
  messageFromClient,
  messageFromVolunteer,
  planIntroduction,
  propose,
  saveOwnProfile,
  saveProfile,
  startThinking,
} from './service.js';

/**
 * Three sides of volunteer help: the coordinator of the volunteer organisation (/volunteers…), the
 * client's circle (/clients/:clientId/volunteer…) and the volunteer (/me/volunteer…).
 */
export function volunteerRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['volunteers'];
  const actor = (req: Parameters<typeof requireUser>[0]) => actorOf(requireUser(req));

  // The coordinator: volunteers, intake, training, check-ins.
  r.get('/volunteers', { schema: { tags, response: { 200: z.array(volunteerListItem) } } }, async (req) => listVolunteers(ctx, actor(req)));
  r.get('/volunteers/requests', { schema: { tags, response: { 200: z.array(requestListItem) } } }, async (req) => listRequests(ctx, actor(req), req.id));
  r.get('/volunteers/requests/:requestId', { schema: { tags, params: requestParams, response: { 200: requestDetail } } }, async (req) => getRequest(ctx, actor(req), req.params.requestId, req.id));
  r.post('/volunteers/requests/:requestId/proposals', { schema: { tags, params: requestParams, body: proposalInput, response: { 200: requestDetail } } }, async (req) =>
    propose(ctx, actor(req), req.params.requestId, req.body, req.id),
  );
  r.post('/volunteers/requests/:requestId/close', { schema: { tags, params: requestParams, body: closeInput, response: { 200: requestDetail } } }, async (req) =>
    closeRequest(ctx, actor(req), req.params.requestId, req.body, req.id),
  );
  r.post('/volunteers/matches/:matchId/introduction', { schema: { tags, params: matchParams, body: introductionInput, response: { 200: requestDetail } } }, async (req) =>
    planIntroduction(ctx, actor(req), req.params.matchId, req.body, req.id),
  );
  r.post('/volunteers/matches/:matchId/thinking', { schema: { tags, params: matchParams, body: thinkingInput, response: { 200: requestDetail } } }, async (req) =>
    startThinking(ctx, actor(req), req.params.matchId, req.body, req.id),
  );
  r.post('/volunteers/matches/:matchId/end', { schema: { tags, params: matchParams, body: endInput, response: { 200: requestDetail } } }, async (req) =>
    endMatch(ctx, actor(req), req.params.matchId, req.body, req.id),
  );
  r.post('/volunteers/check-ins/:checkInId/handled', { schema: { tags, params: checkInParams, response: { 204: z.null() } } }, async (req, reply) => {
    await handleCheckIn(ctx, actor(req), req.params.checkInId);
    return reply.code(204).send(null);
  });
  r.get('/volunteers/:userId', { schema: { tags, params: userParams, response: { 200: volunteerDetail } } }, async (req) => getVolunteer(ctx, actor(req), req.params.userId, req.id));
  r.put('/volunteers/:userId', { schema: { tags, params: userParams, body: profileInput, response: { 200: volunteerDetail } } }, async (req) =>
    saveProfile(ctx, actor(req), req.params.userId, req.body, req.id),
  );
  r.post('/volunteers/:userId/trainings', { schema: { tags, params: userParams, body: trainingInput, response: { 201: volunteerDetail } } }, async (req, reply) =>
    reply.code(201).send(await addTraining(ctx, actor(req), req.params.userId, req.body, req.id)),
  );

  // The client's circle: ask, answer, write.
  r.get('/clients/:clientId/volunteer', { schema: { tags, params: clientParams, response: { 200: clientVolunteerView } } }, async (req) =>
    getClientVolunteer(ctx, actor(req), req.params.clientId, req.id),
  );
  r.post('/clients/:clientId/volunteer/requests', { schema: { tags, params: clientParams, body: requestInput, response: { 201: clientVolunteerView } } }, async (req, reply) =>
    reply.code(201).send(await createRequest(ctx, actor(req), req.params.clientId, req.body, req.id)),
  );
  r.post('/clients/:clientId/volunteer/matches/:matchId/answer', { schema: { tags, params: clientMatchParams, body: answerInput, response: { 200: clientVolunteerView } } }, async (req) =>
    answerAsClient(ctx, actor(req), req.params.clientId, req.params.matchId, req.body, req.id),
  );
  r.post('/clients/:clientId/volunteer/matches/:matchId/messages', { schema: { tags, params: clientMatchParams, body: messageInput, response: { 201: clientVolunteerView } } }, async (req, reply) =>
    reply.code(201).send(await messageFromClient(ctx, actor(req), req.params.clientId, req.params.matchId, req.body, req.id)),
  );

  // The volunteer: own profile parts, check-ins, answers and messages.
  r.get('/me/volunteer', { schema: { tags, response: { 200: myVolunteerView } } }, async (req) => getMine(ctx, actor(req), req.id));
  r.put('/me/volunteer/profile', { schema: { tags, body: ownProfileInput, response: { 200: profileFields } } }, async (req) => saveOwnProfile(ctx, actor(req), req.body));
  r.post('/me/volunteer/check-ins/:checkInId', { schema: { tags, params: checkInParams, body: checkInAnswerInput, response: { 204: z.null() } } }, async (req, reply) => {
    await answerCheckIn(ctx, actor(req), req.params.checkInId, req.body);
    return reply.code(204).send(null);
  });
  r.post('/me/volunteer/matches/:matchId/answer', { schema: { tags, params: matchParams, body: answerInput, response: { 200: myVolunteerView } } }, async (req) =>
    answerAsVolunteer(ctx, actor(req), req.params.matchId, req.body, req.id),
  );
  r.post('/me/volunteer/matches/:matchId/messages', { schema: { tags, params: matchParams, body: messageInput, response: { 201: z.array(messageView) } } }, async (req, reply) =>
    reply.code(201).send(await messageFromVolunteer(ctx, actor(req), req.params.matchId, req.body, req.id)),
  );
}
