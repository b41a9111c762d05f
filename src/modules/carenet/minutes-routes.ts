import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { actorOf, requireUser } from '../../server/auth.js';
import { addAction, closeAction, myActions } from './actions.js';
import './minutes-export-section.js';
import {
  actionInput,
  actionParams,
  closeActionInput,
  itemMinutesInput,
  itemMinutesView,
  itemParams,
  meetingParams,
  minutesNoticeView,
  minutesView,
  myActionView,
  noticeReadInput,
  overdueMinutesView,
  publishInput,
} from './minutes-model.js';
import { markMinutesNoticesRead, minutesToWrite, myMinutesNotices, overdueMinutes } from './minutes-overdue.js';
import { getMinutes, publishMinutes, saveItemMinutes } from './minutes.js';
import { signalRoutes } from './signals-routes.js';
import { surveyRoutes } from './survey-routes.js';

/**
 * Minutes and action points of care-network meetings (/care-minutes…, /care-actions…), the signal
 * log (/care-signals…) and the partner survey (/care-survey…).
 */
export function careMinutesRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['care minutes'];
  const actor = (req: Parameters<typeof requireUser>[0]) => actorOf(requireUser(req));

  r.get('/care-minutes/meetings/:meetingId', { schema: { tags, params: meetingParams, response: { 200: minutesView } } }, async (req) => getMinutes(ctx, actor(req), req.params.meetingId, req.id));
  r.put('/care-minutes/meetings/:meetingId/items/:itemId', { schema: { tags, params: itemParams, body: itemMinutesInput, response: { 200: itemMinutesView } } }, async (req) =>
    saveItemMinutes(ctx, actor(req), req.params.meetingId, req.params.itemId, req.body, req.id),
  );
  r.post('/care-minutes/meetings/:meetingId/items/:itemId/actions', { schema: { tags, params: itemParams, body: actionInput, response: { 201: itemMinutesView } } }, async (req, reply) =>
    reply.code(201).send(await addAction(ctx, actor(req), req.params.meetingId, req.params.itemId, req.body, req.id)),
  );
  r.post('/care-minutes/meetings/:meetingId/publish', { schema: { tags, params: meetingParams, body: publishInput, response: { 200: minutesView } } }, async (req) =>
    publishMinutes(ctx, actor(req), req.params.meetingId, req.body.version, req.id),
  );
  r.get('/care-minutes/overdue', { schema: { tags, response: { 200: z.array(overdueMinutesView) } } }, async (req) => overdueMinutes(ctx, actor(req)));
  r.get('/care-minutes/to-write', { schema: { tags, response: { 200: z.array(overdueMinutesView) } } }, async (req) => minutesToWrite(ctx, actor(req)));
  r.get('/care-minutes/notices', { schema: { tags, response: { 200: z.array(minutesNoticeView) } } }, async (req) => myMinutesNotices(ctx, actor(req)));
  r.post('/care-minutes/notices/read', { schema: { tags, body: noticeReadInput, response: { 204: z.null() } } }, async (req, reply) => {
    await markMinutesNoticesRead(ctx, actor(req), req.body.ids);
    return reply.code(204).send(null);
  });

  r.get('/care-actions/mine', { schema: { tags, response: { 200: z.array(myActionView) } } }, async (req) => myActions(ctx, actor(req)));
  r.post('/care-actions/:actionId/close', { schema: { tags, params: actionParams, body: closeActionInput, response: { 200: myActionView } } }, async (req) =>
    closeAction(ctx, actor(req), req.params.actionId, req.body.version),
  );

  signalRoutes(app, ctx);
  surveyRoutes(app, ctx);
}
