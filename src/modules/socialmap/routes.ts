import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { requireUser } from '../../server/auth.js';
import type { SessionUser } from '../auth/sessions.js';
import { referralOutcomeCounts } from '../plan/service.js';

const outcomeCounts = z.object({
  counts: z.object({ went: z.number(), 'did-not-go': z.number(), 'did-not-fit': z.number() }).nullable(),
  minimum: z.number(),
});
import { offerInput, offerResults, offerSearch, offerUpdate, offerView } from './model.js';
import { archiveOffer, confirmOffer, createOffer, getOffer, searchOffers, staleOffers, updateOffer, type Editor } from './service.js';
import { contactInput, contactUpdate, contactView } from './contact-model.js';
import { confirmContact, createContact, getContact, listContacts, staleContacts, updateContact } from './contacts.js';
import { listMunicipalities } from '../accounts/service.js';
import { exportOffersCsv, templateCsv } from './csv-export.js';
import { importRunView, importUpload } from './import-model.js';
import { getImport, importGoodRows, startImport } from './imports.js';

const editorOf = (u: SessionUser): Editor => ({ userId: u.id, regionId: u.regionId, roles: u.roles, organisationId: u.organisationId });
const idParams = z.object({ id: z.string().uuid() });
const versionBody = z.object({ version: z.number().int().min(1) });
const csvDownload = (name: string) => `attachment; filename="${name}"`;

/** The social map is the region's shared knowledge, open to everyone logged in there; editing is for the owners. */
export function socialMapRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['social-map'];
  r.get('/social-map/offers', { schema: { tags, querystring: offerSearch, response: { 200: offerResults } } }, async (req) =>
    searchOffers(ctx.db, requireUser(req).regionId, req.query),
  );
  r.get('/social-map/offers/:id', { schema: { tags, params: idParams, response: { 200: offerView } } }, async (req) => getOffer(ctx.db, requireUser(req).regionId, req.params.id));
  // Outcome figures come from plans, counted without any client; the plan module does the counting.
  r.get('/social-map/offers/:id/outcomes', { schema: { tags, params: idParams, response: { 200: outcomeCounts } } }, async (req) => {
    const regionId = requireUser(req).regionId;
    await getOffer(ctx.db, regionId, req.params.id);
    return referralOutcomeCounts(ctx.db, regionId, req.params.id);
  });
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
  r.post('/social-map/offers/:id/archive', { schema: { tags, params: idParams, body: versionBody, response: { 204: z.null() } } }, async (req, reply) => {
    await archiveOffer(ctx.db, editorOf(requireUser(req)), req.params.id, req.body.version);
    return reply.code(204).send(null);
  });

  // Keeping entries current: the owner's list of what was not checked for six months, and "nog steeds juist".
  r.get('/social-map/stale', { schema: { tags, response: { 200: z.object({ offers: z.array(offerView), contacts: z.array(contactView) }) } } }, async (req) => {
    const editor = editorOf(requireUser(req));
    return { offers: await staleOffers(ctx.db, editor), contacts: await staleContacts(ctx.db, editor) };
  });
  r.post('/social-map/offers/:id/confirm', { schema: { tags, params: idParams, body: versionBody, response: { 200: offerView } } }, async (req) =>
    confirmOffer(ctx.db, editorOf(requireUser(req)), req.params.id, req.body.version),
  );
  r.post('/social-map/contacts/:id/confirm', { schema: { tags, params: idParams, body: versionBody, response: { 200: contactView } } }, async (req) =>
    confirmContact(ctx.db, editorOf(requireUser(req)), req.params.id, req.body.version),
  );

  // The region's municipalities, for the area filter and the offer form.
  r.get('/social-map/municipalities', { schema: { tags, response: { 200: z.array(z.object({ id: z.string(), name: z.string() })) } } }, async (req) =>
    listMunicipalities(ctx.db, requireUser(req).regionId),
  );

  // CSV: export, an empty template, and imports that run as a job with a report.
  r.get(
    '/social-map/export.csv',
    { schema: { tags, querystring: z.object({ organisationId: z.string().uuid().optional() }), response: { 200: z.string().describe('text/csv') } } },
    async (req, reply) => {
      const csv = await exportOffersCsv(ctx.db, editorOf(requireUser(req)), req.query.organisationId);
      return reply.header('content-disposition', csvDownload('sociale-kaart.csv')).type('text/csv; charset=utf-8').send(csv);
    },
  );
  r.get('/social-map/import-template.csv', { schema: { tags, response: { 200: z.string().describe('text/csv') } } }, async (req, reply) => {
    requireUser(req);
    return reply.header('content-disposition', csvDownload('sociale-kaart-voorbeeld.csv')).type('text/csv; charset=utf-8').send(templateCsv());
  });
  r.post('/social-map/imports', { bodyLimit: 8 * 1024 * 1024, schema: { tags, body: importUpload, response: { 202: importRunView } } }, async (req, reply) =>
    reply.code(202).send(await startImport(ctx, editorOf(requireUser(req)), req.body)),
  );
  r.get('/social-map/imports/:id', { schema: { tags, params: idParams, response: { 200: importRunView } } }, async (req) => getImport(ctx.db, editorOf(requireUser(req)), req.params.id));
  r.post('/social-map/imports/:id/import-good', { schema: { tags, params: idParams, response: { 202: importRunView } } }, async (req, reply) =>
    reply.code(202).send(await importGoodRows(ctx, editorOf(requireUser(req)), req.params.id)),
  );
}
