import type { AppContext } from '../../platform/context.js';
import { type Actor } from '../../platform/access/index.js';
import { listClientAccess } from '../../platform/audit/index.js';
import { forbidden, notFound } from '../../platform/errors.js';
import type { AccessLogQuery, AccessLogResponse } from './access-log-model.js';

/**
 * "Who looked at my data": a client sees the log of their own record, a representative that of
 * the people they represent. Only the log itself is read here; looking at it is not a new entry.
 * The viewer's own accesses stay in the log but are left out here: the question is who *else* looked.
 */
export async function clientAccessLog(ctx: Pick<AppContext, 'db'>, actor: Actor, query: AccessLogQuery): Promise<AccessLogResponse> {
  const own = actor.roles.includes('client')
    ? await ctx.db.selectFrom('clients').select(['id', 'first_name', 'last_name']).where('region_id', '=', actor.regionId).where('user_id', '=', actor.userId).execute()
    : [];
  const represented = actor.roles.includes('vertegenwoordiger')
    ? await ctx.db
        .selectFrom('client_links as l')
        .innerJoin('clients as c', 'c.id', 'l.client_id')
        .select(['c.id', 'c.first_name', 'c.last_name'])
        .where('l.region_id', '=', actor.regionId)
        .where('l.user_id', '=', actor.userId)
        .where('l.relation', '=', 'vertegenwoordiger')
        .orderBy('c.first_name')
        .execute()
    : [];
  const clients = [...own.map((c) => ({ ...c, own: true })), ...represented.map((c) => ({ ...c, own: false }))].map((c) => ({
    id: c.id,
    name: `${c.first_name} ${c.last_name}`,
    own: c.own,
  }));
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
