import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { actorOf, requireUser } from '../../server/auth.js';
import {
  calendarView,
  cancelInput,
  clientParams,
  feedCreated,
  feedParams,
  feedStatus,
  itemInput,
  itemParams,
  itemUpdate,
  itemView,
  markReadInput,
  myAgendaView,
  noticeView,
  reminderPrefsUpdate,
  reminderPrefsView,
  skipInput,
  windowQuery,
} from './model.js';
import {
  cancelItem,
  circleCalendar,
  createFeed,
  createItem,
  getFeedStatus,
  getPrefs,
  markNoticesRead,
  myAgenda,
  myNotices,
  registerAgendaExport,
  renderFeed,
  revokeFeed,
  savePrefs,
  skipOccurrence,
  updateItem,
} from './service.js';

export function agendaRoutes(app: FastifyInstance, ctx: AppContext): void {
  registerAgendaExport();
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['agenda'];

  r.get('/clients/:id/agenda', { schema: { tags, params: clientParams, querystring: windowQuery, response: { 200: calendarView } } }, async (req) =>
    circleCalendar(ctx, actorOf(requireUser(req)), req.params.id, req.query, req.id),
  );
  r.post('/clients/:id/agenda/items', { schema: { tags, params: clientParams, body: itemInput, response: { 201: itemView } } }, async (req, reply) =>
    reply.code(201).send(await createItem(ctx, actorOf(requireUser(req)), req.params.id, req.body, req.id)),
  );
  r.put('/clients/:id/agenda/items/:itemId', { schema: { tags, params: itemParams, body: itemUpdate, response: { 200: itemView } } }, async (req) =>
    updateItem(ctx, actorOf(requireUser(req)), req.params.id, req.params.itemId, req.body, req.id),
  );
  r.post('/clients/:id/agenda/items/:itemId/cancel', { schema: { tags, params: itemParams, body: cancelInput, response: { 200: itemView } } }, async (req) =>
    cancelItem(ctx, actorOf(requireUser(req)), req.params.id, req.params.itemId, req.body, req.id),
  );
  r.post('/clients/:id/agenda/items/:itemId/skip', { schema: { tags, params: itemParams, body: skipInput, response: { 200: itemView } } }, async (req) =>
    skipOccurrence(ctx, actorOf(requireUser(req)), req.params.id, req.params.itemId, req.body, req.id),
  );

  r.get('/me/agenda', { schema: { tags, querystring: windowQuery, response: { 200: myAgendaView } } }, async (req) => myAgenda(ctx, actorOf(requireUser(req)), req.query, req.id));
  r.get('/me/agenda/notices', { schema: { tags, response: { 200: z.array(noticeView) } } }, async (req) => myNotices(ctx, actorOf(requireUser(req)), req.id));
  r.post('/me/agenda/notices/read', { schema: { tags, body: markReadInput, response: { 204: z.null() } } }, async (req, reply) => {
    await markNoticesRead(ctx.db, actorOf(requireUser(req)), req.body.ids);
    return reply.code(204).send(null);
  });
  r.get('/me/agenda/reminders', { schema: { tags, response: { 200: reminderPrefsView } } }, async (req) => getPrefs(ctx.db, requireUser(req).id));
  r.put('/me/agenda/reminders', { schema: { tags, body: reminderPrefsUpdate, response: { 200: reminderPrefsView } } }, async (req) =>
    savePrefs(ctx.db, actorOf(requireUser(req)), req.body),
  );

  r.get('/me/calendar-feed', { schema: { tags, response: { 200: feedStatus } } }, async (req) => getFeedStatus(ctx.db, actorOf(requireUser(req))));
  r.post('/me/calendar-feed', { schema: { tags, response: { 201: feedCreated } } }, async (req, reply) =>
    reply.code(201).send(await createFeed(ctx.db, actorOf(requireUser(req)), ctx.config.publicUrl)),
  );
  r.delete('/me/calendar-feed', { schema: { tags, response: { 204: z.null() } } }, async (req, reply) => {
    await revokeFeed(ctx.db, actorOf(requireUser(req)));
    return reply.code(204).send(null);
  });

  // The subscription address of a calendar app: no session, the secret in the path is the key.
  r.get('/calendar/:file', { schema: { tags, params: feedParams } }, async (req, reply) => {
    const body = await renderFeed(ctx, req.params.file);
    if (body === null) throw notFound();
    return reply.header('content-type', 'text/calendar; charset=utf-8').header('cache-control', 'private, no-store').send(body);
  });
}
