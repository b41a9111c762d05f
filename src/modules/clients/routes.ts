import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { listAccessibleClients, withClientAccess } from '../../platform/access/index.js';
import { actorOf, requireUser } from '../../server/auth.js';
import { ageOn, clientDetail, clientSummary } from './model.js';
import { readClientDetail } from './service.js';
import { accessLogQuery, accessLogResponse } from './access-log-model.js';
import { clientAccessLog } from './access-log.js';

export function clientRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/clients',
    {
      schema: {
        tags: ['clients'],
        querystring: z.object({ q: z.string().trim().max(100).optional(), limit: z.coerce.number().int().min(1).max(200).default(100), offset: z.coerce.number().int().min(0).default(0) }),
        response: { 200: z.array(clientSummary) },
      },
    },
    async (req) => {
      const user = requireUser(req);
      const rows = await listAccessibleClients(ctx, actorOf(user), {
        purpose: 'overzicht van mijn cliënten',
        requestId: req.id,
        limit: req.query.limit,
        offset: req.query.offset,
        ...(req.query.q ? { q: req.query.q } : {}),
      });
      return rows.map((c) => ({ ...c, age: ageOn(c.birthDate) }));
    },
  );

  r.get(
    '/clients/:id',
    { schema: { tags: ['clients'], params: z.object({ id: z.string().uuid() }), response: { 200: clientDetail } } },
    async (req) => {
      const user = requireUser(req);
      return withClientAccess(
        ctx,
        actorOf(user),
        { clientId: req.params.id, category: 'basis', action: 'read', purpose: 'basisgegevens bekijken', requestId: req.id },
        (db, scope) => readClientDetail(db, scope),
      );
    },
  );

  r.get('/me/access-log', { schema: { tags: ['clients'], querystring: accessLogQuery, response: { 200: accessLogResponse } } }, async (req) => {
    const user = requireUser(req);
    return clientAccessLog(ctx, actorOf(user), req.query, req.id);
  });
}
