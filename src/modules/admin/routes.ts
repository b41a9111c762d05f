import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { getOutboxMessage, listOutbox } from '../../platform/mail/index.js';
import { notFound } from '../../platform/errors.js';
import { requireRole } from '../../server/auth.js';
import { organisationInput, organisationPatch, organisationView, teamInput, teamView, userInput, userPatch, userView } from '../accounts/model.js';
import {
  createOrganisation,
  createTeam,
  createUser,
  ensureNotSelf,
  getUser,
  listMunicipalities,
  listOrganisations,
  listTeams,
  listUsers,
  updateOrganisation,
  updateUser,
} from '../accounts/service.js';
import { requestPasswordReset, resetSecondFactor } from '../auth/service.js';
import { outboxMessageView } from './model.js';

/** Region administration. Administrators manage accounts; they never see client data here. */
export function adminRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const admin = ['beheerder'] as const;
  const id = z.object({ id: z.string().uuid() });

  r.get('/admin/municipalities', { schema: { tags: ['admin'], response: { 200: z.array(z.object({ id: z.string(), name: z.string() })) } } }, async (req) => {
    const user = requireRole(req, admin);
    return listMunicipalities(ctx.db, user.regionId);
  });

  r.get('/admin/organisations', { schema: { tags: ['admin'], response: { 200: z.array(organisationView) } } }, async (req) => {
    const user = requireRole(req, admin);
    return listOrganisations(ctx.db, user.regionId);
  });

  r.post('/admin/organisations', { schema: { tags: ['admin'], body: organisationInput, response: { 201: organisationView } } }, async (req, reply) => {
    const user = requireRole(req, admin);
    return reply.code(201).send(await createOrganisation(ctx.db, user.regionId, req.body));
  });

  r.patch('/admin/organisations/:id', { schema: { tags: ['admin'], params: id, body: organisationPatch, response: { 200: organisationView } } }, async (req) => {
    const user = requireRole(req, admin);
    return updateOrganisation(ctx.db, user.regionId, req.params.id, req.body);
  });

  r.get('/admin/organisations/:id/teams', { schema: { tags: ['admin'], params: id, response: { 200: z.array(teamView) } } }, async (req) => {
    const user = requireRole(req, admin);
    return listTeams(ctx.db, user.regionId, req.params.id);
  });

  r.post('/admin/organisations/:id/teams', { schema: { tags: ['admin'], params: id, body: teamInput, response: { 201: teamView } } }, async (req, reply) => {
    const user = requireRole(req, admin);
    return reply.code(201).send(await createTeam(ctx.db, user.regionId, req.params.id, req.body.name));
  });

  r.get(
    '/admin/users',
    { schema: { tags: ['admin'], querystring: z.object({ q: z.string().trim().max(100).optional() }), response: { 200: z.array(userView) } } },
    async (req) => {
      const user = requireRole(req, admin);
      return listUsers(ctx.db, user.regionId, req.query.q ? { q: req.query.q } : {});
    },
  );

  r.post('/admin/users', { schema: { tags: ['admin'], body: userInput, response: { 201: userView } } }, async (req, reply) => {
    const user = requireRole(req, admin);
    const created = await createUser(ctx.db, user.regionId, req.body);
    // The new user chooses a password through a single-use link; the administrator never knows it.
    await requestPasswordReset(ctx, req.body.email, 'welcome');
    return reply.code(201).send(await getUser(ctx.db, user.regionId, created.id));
  });

  r.patch('/admin/users/:id', { schema: { tags: ['admin'], params: id, body: userPatch, response: { 200: userView } } }, async (req) => {
    const user = requireRole(req, admin);
    return updateUser(ctx.db, user.regionId, req.params.id, req.body, user.id);
  });

  r.post('/admin/users/:id/reset-mfa', { schema: { tags: ['admin'], params: id } }, async (req, reply) => {
    const user = requireRole(req, admin);
    ensureNotSelf(user.id, req.params.id);
    await getUser(ctx.db, user.regionId, req.params.id);
    await resetSecondFactor(ctx, req.params.id);
    return reply.code(204).send();
  });

  r.get(
    '/admin/outbox',
    {
      schema: {
        tags: ['admin'],
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100), offset: z.coerce.number().int().min(0).default(0) }),
        response: { 200: z.array(outboxMessageView) },
      },
    },
    async (req) => {
      const user = requireRole(req, admin);
      const rows = await listOutbox(ctx.db, { regionId: user.regionId, limit: req.query.limit, offset: req.query.offset });
      return rows.map(toView);
    },
  );

  r.get('/admin/outbox/:id', { schema: { tags: ['admin'], params: id, response: { 200: outboxMessageView } } }, async (req) => {
    const user = requireRole(req, admin);
    const row = await getOutboxMessage(ctx.db, user.regionId, req.params.id);
    if (!row) throw notFound();
    return toView(row);
  });
}

interface OutboxRow {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  status: string;
  transport: string | null;
  created_at: Date;
  sent_at: Date | null;
}

const toView = (m: OutboxRow) => ({
  id: m.id,
  to: m.to_address,
  subject: m.subject,
  text: m.text_body,
  status: m.status,
  transport: m.transport,
  createdAt: m.created_at.toISOString(),
  sentAt: m.sent_at ? m.sent_at.toISOString() : null,
});
