import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.js';
import { actorOf, requireUser } from '../../server/auth.js';
import './export-section.js';
import { clientParams, entryParams, entryView, listQuery, reactionInput, reportEdit, reportInput, reportList, updateEdit, updateInput, updateList } from './model.js';
import { editReport, editUpdate, listReports, listUpdates, reactToReport, writeReport, writeUpdate } from './service.js';

/**
 * The logbook: updates under 'logboek' and professional reports under 'rapportage', on separate
 * paths so each route opens exactly one information category.
 */
export function logbookRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['logbook'];

  r.get('/clients/:clientId/logbook', { schema: { tags, params: clientParams, querystring: listQuery, response: { 200: updateList } } }, async (req) =>
    listUpdates(ctx, actorOf(requireUser(req)), req.params.clientId, req.query.kind, req.id),
  );
  r.post('/clients/:clientId/logbook', { schema: { tags, params: clientParams, body: updateInput, response: { 201: entryView } } }, async (req, reply) =>
    reply.code(201).send(await writeUpdate(ctx, actorOf(requireUser(req)), req.params.clientId, req.body, req.id)),
  );
  r.put('/clients/:clientId/logbook/:entryId', { schema: { tags, params: entryParams, body: updateEdit, response: { 200: entryView } } }, async (req) =>
    editUpdate(ctx, actorOf(requireUser(req)), req.params.clientId, req.params.entryId, req.body, req.id),
  );

  r.get('/clients/:clientId/reports', { schema: { tags, params: clientParams, response: { 200: reportList } } }, async (req) =>
    listReports(ctx, actorOf(requireUser(req)), req.params.clientId, req.id),
  );
  r.post('/clients/:clientId/reports', { schema: { tags, params: clientParams, body: reportInput, response: { 201: entryView } } }, async (req, reply) =>
    reply.code(201).send(await writeReport(ctx, actorOf(requireUser(req)), req.params.clientId, req.body, req.id)),
  );
  r.put('/clients/:clientId/reports/:entryId', { schema: { tags, params: entryParams, body: reportEdit, response: { 200: entryView } } }, async (req) =>
    editReport(ctx, actorOf(requireUser(req)), req.params.clientId, req.params.entryId, req.body, req.id),
  );
  r.put('/clients/:clientId/reports/:entryId/reaction', { schema: { tags, params: entryParams, body: reactionInput, response: { 200: entryView } } }, async (req) =>
    reactToReport(ctx, actorOf(requireUser(req)), req.params.clientId, req.params.entryId, req.body, req.id),
  );
}
