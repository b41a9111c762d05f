import type { AppContext } from '../../platform/context.js';
import { listAccessibleClients, type Actor } from '../../platform/access/index.js';
import { listClientAccess } from '../../platform/audit/index.js';
import { forbidden, notFound } from '../../platform/errors.js';
import type { AccessLogQuery, AccessLogResponse } from './access-log-model.js';

/**
 * "Who looked at my data": a client sees the log of their own record, a representative that of
 * the people they represent. The viewer's own accesses (opening this page included) stay in the
 * log but are left out here: the question is who *else* looked.
 */
export async function clientAccessLog(ctx: Pick<AppContext, 'db' | 'audit'>, actor: Actor, query: AccessLogQuery, requestId: string | null): Promise<AccessLogResponse> {
  // Whose log may be read is itself a read of those clients' names: it goes through platform/access.
  const mine = await listAccessibleClients(ctx, actor, {
    purpose: 'wie bekeek mijn gegevens',
    requestId,
    relations: ['self', 'vertegenwoordiger'],
    limit: 500,
  });
  const clients = mine
    .map((c) => ({ id: c.id, name: `${c.firstName} ${c.lastName}`, own: c.relation === 'self' }))
    .sort((a, b) => Number(b.own) - Number(a.own));
  if (clients.length === 0) throw forbidden({ nl: 'Dit overzicht is er voor cliënten en hun vertegenwoordigers.', en: 'This overview is for clients and their representatives.' });
  const clientId = query.clientId ?? clients[0]!.id;
  if (!clients.some((c) => c.id === clientId)) throw notFound();

  const found = await listClientAccess(ctx.db, {
    regionId: actor.regionId,
    clientId,
    limit: query.limit,
    excludeActorUserId: actor.userId,
    ...(query.actor ? { actorUserId: query.actor } : {}),
    ...(query.category ? { category: query.category } : {}),
  });
  const entries = found.map((e) => ({
    occurredAt: e.occurredAt.toISOString(),
    actorUserId: e.actorUserId,
    actorLabel: e.actorLabel,
    category: e.category,
    action: e.action,
    purpose: e.purpose,
  }));
  // The filter lists everyone who ever accessed the record, not only those on this page.
  const actorRows = await ctx.db
    .selectFrom('access_log')
    .select(['actor_user_id', 'actor_label'])
    .distinct()
    .where('region_id', '=', actor.regionId)
    .where('client_id', '=', clientId)
    .where('actor_user_id', 'is not', null)
    .where('actor_user_id', '<>', actor.userId)
    .orderBy('actor_label')
    .execute();
  const actors = new Map<string, string>();
  for (const a of actorRows) if (a.actor_user_id && !actors.has(a.actor_user_id)) actors.set(a.actor_user_id, a.actor_label);
  return { clients, entries, actors: [...actors].map(([id, label]) => ({ id, label })) };
}
