import type { Selectable } from 'kysely';
import { withClientAccess, type Actor } from '../../platform/access/index.js';
import type { AppContext } from '../../platform/context.js';
import { forbidden, invalid, notFound } from '../../platform/errors.js';
import { recordEvent } from '../consent/service.js';
import type { ErasureRequestsTable } from '../consent/schema.js';
import { lockClient } from './client-record.js';
import { ONLY_CLIENT_SIDE, speaksForClient } from './speaks-for-client.js';
import type { ErasureStatus, ErasureView } from './model.js';
import { holdReasons } from './retention.js';

type Ctx = Pick<AppContext, 'db' | 'audit' | 'log' | 'jobs' | 'config'>;

export const ERASURE_JOB = 'avg.erasure';
export const DAY_MS = 86_400_000;

/** A request still on its way: waiting for its date, or for a hold to end. */
export const ACTIVE_ERASURE = ['pending', 'blocked'] as const;

const PURPOSE = {
  request: 'verzoek om wissen (AVG)',
  cancel: 'verzoek om wissen intrekken',
  view: 'verzoek om wissen bekijken',
};

export function erasureView(r: Selectable<ErasureRequestsTable>): ErasureView {
  return {
    id: r.id,
    status: r.status,
    requestedByLabel: r.requested_by_label,
    requestedAt: r.requested_at.toISOString(),
    executeAfter: r.execute_after.toISOString(),
    executedAt: r.executed_at?.toISOString() ?? null,
    blockedReasons: holdReasons(r.blocked_reason),
  };
}

/**
 * The client (or their decider) asks to erase everything. It happens after the waiting period
 * (ERASURE_WAIT_DAYS), so they can still change their mind, and only when no retention hold applies.
 */
export async function requestErasure(ctx: Ctx, actor: Actor, clientId: string, requestId: string | null): Promise<ErasureView> {
  return withClientAccess(ctx, actor, { clientId, category: 'basis', action: 'delete', purpose: PURPOSE.request, requestId }, async (db, scope) => {
    if (!speaksForClient(scope)) throw forbidden(ONLY_CLIENT_SIDE);
    return db.transaction().execute(async (trx) => {
      if (!(await lockClient(trx, scope))) throw notFound();
      const active = await trx
        .selectFrom('erasure_requests')
        .select('id')
        .where('region_id', '=', scope.regionId)
        .where('client_id', '=', scope.clientId)
        .where('status', 'in', ACTIVE_ERASURE)
        .executeTakeFirst();
      if (active) throw invalid('confirm', 'Je hebt al gevraagd om deze gegevens te wissen.', 'You have already asked to erase this information.');
      const executeAfter = new Date(Date.now() + ctx.config.erasureWaitDays * DAY_MS);
      const row = await trx
        .insertInto('erasure_requests')
        .values({ region_id: scope.regionId, client_id: scope.clientId, requested_by: actor.userId, requested_by_label: actor.label, execute_after: executeAfter })
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordEvent(trx, {
        regionId: scope.regionId,
        clientId: scope.clientId,
        kind: 'erasure-requested',
        actorUserId: actor.userId,
        actorLabel: actor.label,
        details: { erasureId: row.id, executeAfter: executeAfter.toISOString() },
      });
      await ctx.jobs.enqueue(ERASURE_JOB, { erasureId: row.id }, { runAt: executeAfter, regionId: scope.regionId, uniqueKey: `${ERASURE_JOB}:${row.id}` }, trx);
      return erasureView(row);
    });
  });
}

/** Changing one's mind: possible until the erasure has run. */
export async function cancelErasure(ctx: Ctx, actor: Actor, clientId: string, id: string, requestId: string | null): Promise<ErasureView> {
  return withClientAccess(ctx, actor, { clientId, category: 'basis', action: 'update', purpose: PURPOSE.cancel, requestId }, async (db, scope) => {
    if (!speaksForClient(scope)) throw forbidden(ONLY_CLIENT_SIDE);
    const cancelled = await db
      .updateTable('erasure_requests')
      .set({ status: 'cancelled' })
      .where('region_id', '=', scope.regionId)
      .where('client_id', '=', scope.clientId)
      .where('id', '=', id)
      .where('status', 'in', ACTIVE_ERASURE)
      .returningAll()
      .executeTakeFirst();
    if (cancelled) {
      await recordEvent(db, { regionId: scope.regionId, clientId: scope.clientId, kind: 'erasure-cancelled', actorUserId: actor.userId, actorLabel: actor.label });
      return erasureView(cancelled);
    }
    const current = await db.selectFrom('erasure_requests').select('id').where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).where('id', '=', id).executeTakeFirst();
    if (!current) throw notFound();
    throw invalid('id', 'Dit verzoek loopt niet meer. Je kunt het niet meer intrekken.', 'This request is no longer running. It cannot be withdrawn.');
  });
}

/** The newest request of this client, for the client and their decider. */
export async function getErasureStatus(ctx: Ctx, actor: Actor, clientId: string, requestId: string | null): Promise<ErasureStatus> {
  return withClientAccess(ctx, actor, { clientId, category: 'basis', action: 'read', purpose: PURPOSE.view, requestId }, async (db, scope) => {
    if (!speaksForClient(scope)) throw forbidden(ONLY_CLIENT_SIDE);
    const newest = await db
      .selectFrom('erasure_requests')
      .selectAll()
      .where('region_id', '=', scope.regionId)
      .where('client_id', '=', scope.clientId)
      .orderBy('requested_at', 'desc')
      .orderBy('id')
      .executeTakeFirst();
    return { waitDays: ctx.config.erasureWaitDays, request: newest ? erasureView(newest) : null };
  });
}
