import type { AppContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { forgetUserSessions } from '../auth/sessions.js';
import { deleteClientRecord, lockClient } from './client-record.js';
import { ACTIVE_ERASURE, DAY_MS, ERASURE_JOB } from './erasure.js';
import { applyingHolds, storeHoldKeys } from './retention.js';

type Ctx = Pick<AppContext, 'db' | 'audit' | 'jobs'>;

export const ERASED_PURPOSE = 'gegevens gewist op verzoek (AVG)';
export const ERASED_NAME = 'Gewiste gebruiker';
const RECHECK_DAYS = 7;

export type ErasureOutcome = 'executed' | 'blocked' | 'not-yet' | 'nothing-to-do';

/** The account stays (ids in the access log point at it) but says nothing about the person any more. */
async function anonymiseAccount(trx: Db, regionId: string, userId: string): Promise<void> {
  await trx
    .updateTable('users')
    .set((eb) => ({
      status: 'disabled',
      email: `erased-${userId}@invalid.local`,
      display_name: ERASED_NAME,
      phone: null,
      job_title: null,
      password_hash: null,
      password_changed_at: null,
      totp_secret_enc: null,
      totp_enabled_at: null,
      totp_last_step: null,
      last_login_at: null,
      version: eb('version', '+', 1),
      updated_at: new Date(),
    }))
    .where('region_id', '=', regionId)
    .where('id', '=', userId)
    .execute();
  await trx.deleteFrom('sessions').where('region_id', '=', regionId).where('user_id', '=', userId).execute();
  await trx.deleteFrom('recovery_codes').where('region_id', '=', regionId).where('user_id', '=', userId).execute();
  await trx.deleteFrom('password_resets').where('region_id', '=', regionId).where('user_id', '=', userId).execute();
}

/** The log keeps that the erasure happened. Also run on a retry, in case the first write failed after the commit. */
async function logErasure(ctx: Ctx, regionId: string, clientId: string): Promise<void> {
  const logged = await ctx.db
    .selectFrom('access_log')
    .select('seq')
    .where('region_id', '=', regionId)
    .where('client_id', '=', clientId)
    .where('actor_user_id', 'is', null)
    .where('action', '=', 'delete')
    .where('purpose', '=', ERASED_PURPOSE)
    .executeTakeFirst();
  if (logged) return;
  await ctx.audit.record({ regionId, actorUserId: null, actorLabel: 'Samenspel', clientId, category: 'basis', action: 'delete', purpose: ERASED_PURPOSE, requestId: null });
}

/**
 * The erasure job. Before the waiting period ends it only schedules itself for then; while a
 * retention hold applies the request is 'blocked' and checked again in a week; otherwise the client
 * row goes (and with it, by cascade, everything about them), their own account is anonymised, and
 * the access log, which is never touched, gets one entry saying the erasure took place.
 */
export async function runErasure(ctx: Ctx, erasureId: string, jobId: number, now = new Date()): Promise<ErasureOutcome> {
  const outcome = await ctx.db.transaction().execute(async (trx) => {
    const req = await trx
      .selectFrom('erasure_requests')
      .select(['region_id', 'client_id', 'status', 'execute_after', 'requested_by'])
      .where('id', '=', erasureId)
      .forUpdate()
      .executeTakeFirst();
    if (!req) return { kind: 'nothing-to-do' as const };
    const scope = { regionId: req.region_id, clientId: req.client_id };
    if (req.status === 'executed') return { kind: 'nothing-to-do' as const, log: scope };
    if (!ACTIVE_ERASURE.some((s) => s === req.status)) return { kind: 'nothing-to-do' as const };
    if (req.execute_after > now) {
      // Run early (a moved job): the promised waiting period still holds, so come back at its end.
      await ctx.jobs.enqueue(ERASURE_JOB, { erasureId }, { runAt: req.execute_after, regionId: req.region_id, uniqueKey: `${ERASURE_JOB}:${erasureId}:after:${jobId}` }, trx);
      return { kind: 'not-yet' as const };
    }
    // Locked first, so nothing new gets linked to the client between the hold check and the delete.
    const exists = await lockClient(trx, scope);
    const holds = exists ? await applyingHolds(trx, req.region_id, req.client_id) : [];
    if (holds.length > 0) {
      await trx.updateTable('erasure_requests').set({ status: 'blocked', blocked_reason: storeHoldKeys(holds) }).where('id', '=', erasureId).execute();
      const recheck = new Date(now.getTime() + RECHECK_DAYS * DAY_MS);
      await ctx.jobs.enqueue(ERASURE_JOB, { erasureId }, { runAt: recheck, regionId: req.region_id, uniqueKey: `${ERASURE_JOB}:${erasureId}:recheck:${jobId}` }, trx);
      return { kind: 'blocked' as const };
    }
    const deleted = exists ? await deleteClientRecord(trx, scope) : null;
    const accountId = deleted?.userId ?? null;
    if (accountId !== null) await anonymiseAccount(trx, req.region_id, accountId);
    // The request outlives the client; it keeps who asked only as a role, not by name.
    const askedBy = !exists ? 'cliënt of vertegenwoordiger' : req.requested_by !== null && req.requested_by === accountId ? 'de cliënt' : 'vertegenwoordiger';
    await trx
      .updateTable('erasure_requests')
      .set({ status: 'executed', executed_at: now, blocked_reason: null, requested_by_label: askedBy })
      .where('id', '=', erasureId)
      .execute();
    return { kind: 'executed' as const, log: scope, accountId };
  });
  if (outcome.kind === 'executed' && outcome.accountId !== null) forgetUserSessions(outcome.accountId);
  if ('log' in outcome && outcome.log) await logErasure(ctx, outcome.log.regionId, outcome.log.clientId);
  return outcome.kind;
}
