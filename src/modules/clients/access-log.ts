import type { AppContext } from '../../platform/context.js';
import { listAccessibleClients, relationTo, withClientAccess, type Actor } from '../../platform/access/index.js';
import { listClientAccess, listClientAccessActors, type ClientAccessEntry } from '../../platform/audit/client-access-list.js';
import { forbidden, notFound } from '../../platform/errors.js';
import type { AccessLogQuery, AccessLogResponse, ClientAuditLogQuery, ClientAuditLogResponse } from './access-log-model.js';

/** The fields of an entry both views show alike. */
const plainEntry = (e: ClientAccessEntry) => ({
  occurredAt: e.occurredAt.toISOString(),
  actorUserId: e.actorUserId,
  actorLabel: e.actorLabel,
  category: e.category,
  action: e.action,
  purpose: e.purpose,
});

/**
 * "Who looked at my data": a client sees the log of their own record, a representative that of
 * the people they decide for. The viewer's own accesses (opening this page included) stay in the
 * log but are left out here: the question is who *else* looked. Access under a safety exception
 * shows, flagged, once the client has been told; until then (or never, when the author recorded
 * why telling would endanger someone) it is left out, and so is the name of whoever did it.
 */
export async function clientAccessLog(ctx: Pick<AppContext, 'db' | 'audit'>, actor: Actor, query: AccessLogQuery, requestId: string | null): Promise<AccessLogResponse> {
  // Whose log may be read is itself a read of those clients' names: it goes through platform/access.
  const mine = await listAccessibleClients(ctx, actor, {
    purpose: 'wie bekeek mijn gegevens',
    requestId,
    relations: ['self', 'vertegenwoordiger'],
    decidersOnly: true,
    limit: 500,
  });
  const clients = mine
    .map((c) => ({ id: c.id, name: `${c.firstName} ${c.lastName}`, own: c.relation === 'self' }))
    .sort((a, b) => Number(b.own) - Number(a.own));
  if (clients.length === 0) throw forbidden({ nl: 'Dit overzicht is er voor cliënten en hun vertegenwoordigers.', en: 'This overview is for clients and their representatives.' });
  const clientId = query.clientId ?? clients[0]!.id;
  if (!clients.some((c) => c.id === clientId)) throw notFound();

  const scope = { regionId: actor.regionId, clientId, excludeActorUserId: actor.userId, exceptions: 'informed' as const };
  const found = await listClientAccess(ctx.db, {
    ...scope,
    limit: query.limit,
    ...(query.actor ? { actorUserId: query.actor } : {}),
    ...(query.category ? { category: query.category } : {}),
  });
  const entries = found.map((e) => ({
    ...plainEntry(e),
    // The 'informed' scope only returns exceptions the client was told about.
    exception: e.exception && e.exception.informedAt ? { ground: e.exception.ground, informedAt: e.exception.informedAt.toISOString() } : null,
  }));
  // The filter lists everyone who ever accessed the record, not only those on this page.
  return { clients, entries, actors: await listClientAccessActors(ctx.db, scope) };
}

/**
 * The audit view for the professionals of the circle: every entry of the client's log, the viewer's
 * own included, with the safety exception behind flagged ones and whether the client was told.
 * Reading it is itself logged (basis, read) through platform/access.
 */
export async function clientAuditLog(
  ctx: Pick<AppContext, 'db' | 'audit' | 'log'>,
  actor: Actor,
  clientId: string,
  query: ClientAuditLogQuery,
  requestId: string | null,
): Promise<ClientAuditLogResponse> {
  // Other members of the circle are refused before anything is opened, so nothing is logged for them.
  if ((await relationTo(ctx.db, actor, clientId)) !== 'professional') throw forbidden();
  return withClientAccess(ctx, actor, { clientId, category: 'basis', action: 'read', purpose: 'toegangslog controleren', requestId, check: 'membership' }, async (db, s) => {
    if (s.relation !== 'professional') throw forbidden();
    const scope = { regionId: s.regionId, clientId: s.clientId, exceptions: 'all' as const };
    const found = await listClientAccess(db, {
      ...scope,
      limit: query.limit,
      ...(query.actor ? { actorUserId: query.actor } : {}),
      ...(query.category ? { category: query.category } : {}),
    });
    const entries = found.map((e) => ({
      ...plainEntry(e),
      exception: e.exception
        ? { id: e.exception.id, ground: e.exception.ground, informedAt: e.exception.informedAt?.toISOString() ?? null, informClient: e.exception.informClient }
        : null,
    }));
    return { entries, actors: await listClientAccessActors(db, scope) };
  });
}
