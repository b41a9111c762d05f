import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { requireUser } from '../../server/auth.js';
import type { SessionUser } from '../auth/sessions.js';
import { offerInput, offerResults, offerSearch, offerUpdate, offerView } from './model.js';
import { archiveOffer, createOffer, getOffer, searchOffers, updateOffer, type Editor } from './service.js';
import { contactInput, contactUpdate, contactView } from './contact-model.js';
import { createContact, getContact, listContacts, updateContact } from './contacts.js';

const editorOf = (u: SessionUser): Editor => ({ userId: u.id, regionId: u.regionId, roles: u.roles, organisationId: u.organisationId });
const idParams = z.object({ id: z.string().uuid() });

/** The social map is the region's shared knowledge, open to everyone logged in there; editing is for the owners. */
export function socialMapRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['social-map'];
  r.get('/social-map/offers', { schema: { tags, querystring: offerSearch, response: { 200: offerResults } } }, async (req) =>
    searchOffers(ctx.db, requireUser(req).regionId, req.query),
  );
  r.get('/social-map/offers/:id', { schema: { tags, params: idParams, response: { 200: offerView } } }, async (req) => getOffer(ctx.db, requireUser(req).regionId, req.params.id));
  r.post('/social-map/offers', { schema: { tags, body: offerInput, response: { 201: offerView } } }, async (req, reply) =>
    reply.code(201).send(await createOffer(ctx.db, editorOf(requireUser(req)), req.body)),
  );
  r.put('/social-map/offers/:id', { schema: { tags, params: idParams, body: offerUpdate, response: { 200: offerView } } }, async (req) =>
    updateOffer(ctx.db, editorOf(requireUser(req)), req.params.id, req.body),
  );
  r.get('/social-map/contacts', { schema: { tags, querystring: z.object({ organisationId: z.string().uuid().optional() }), response: { 200: z.array(contactView) } } }, async (req) =>
    listContacts(ctx.db, requireUser(req).regionId, req.query.organisationId),
  );
  r.get('/social-map/contacts/:id', { schema: { tags, params: idParams, response: { 200: contactView } } }, async (req) => getContact(ctx.db, requireUser(req).regionId, req.params.id));
  r.post('/social-map/contacts', { schema: { tags, body: contactInput, response: { 201: contactView } } }, async (req, reply) =>
    reply.code(201).send(await createContact(ctx.db, editorOf(requireUser(req)), req.body)),
  );
  r.put('/social-map/contacts/:id', { schema: { tags, params: idParams, body: contactUpdate, response: { 200: contactView } } }, async (req) =>
    updateContact(ctx.db, editorOf(requireUser(req)), req.params.id, req.body),
  );
  r.post('/social-map/offers/:id/archive', { schema: { tags, params: idParams, body: z.object({ version: z.number().int().min(1) }), response: { 204: z.null() } } }, async (req, reply) => {
    await archiveOffer(ctx.db, editorOf(requireUser(req)), req.params.id, req.body.version);
    return reply.code(204).send(null);
  });
}
