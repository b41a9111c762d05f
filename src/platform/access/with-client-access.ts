import type { Logger } from 'pino';
import type { AccessLogInput, AppContext } from '../context.js';
import type { Db } from '../db/database.js';
import { AppError, forbidden, notFound } from '../errors.js';
import { accessLogger, logDenied } from './denial-log.js';
import { lookupAccess } from './relation.js';
import { decide } from './rules.js';
import { deciderParty } from './decision-rule.js';
import type { AccessScope, Actor, ClientAccess } from './types.js';

export type AccessContext = Pick<AppContext, 'db' | 'audit'> & { log?: Logger };

export const accessLogUnavailable = (cause: unknown) => {
  const err = new AppError(503, 'access-log-unavailable', {
    nl: 'Dit kan nu even niet. Probeer het zo opnieuw.',
    en: 'This is not possible right now. Please try again shortly.',
  });
  (err as Error).cause = cause;
  return err;
};

/** Writes the entries and turns a failure into an error the request must fail with. */
export async function recordOrFail(ctx: AccessContext, entries: AccessLogInput | AccessLogInput[]): Promise<void> {
  try {
    await ctx.audit.record(entries);
  } catch (err) {
    accessLogger(ctx.log).error({ error: err instanceof Error ? err.message : String(err) }, 'access log write failed; data withheld');
    throw accessLogUnavailable(err);
  }
}

/**
 * Runs fn with the client's data only when the actor may do `access.action` on `access.category`,
 * and never hands back data whose access is not durably in the access log.
 *
 * Reads run the query and the log write side by side (the log's group commit is the slower of the
 * two) and return only when both succeeded. Writes log first: an attempt that then fails still shows
 * in the log, which is safer than a change that is missing from it.
 */
export async function withClientAccess<T>(
  ctx: AccessContext,
  actor: Actor,
  access: ClientAccess,
  fn: (db: Db, scope: AccessScope) => Promise<T>,
): Promise<T> {
  if (access.purpose.trim() === '') throw new Error('withClientAccess needs a purpose');
  const log = accessLogger(ctx.log);
  const found = await lookupAccess(ctx.db, actor, access.clientId, access.category);
  if (!found.found) {
    logDenied(log, actor, access, 'not-found');
    throw notFound();
  }
  if (found.relation === null || found.facts === null) {
    logDenied(log, actor, access, 'no-relation');
    throw forbidden();
  }
  const verdict =
    access.check === 'membership'
      ? ({ allowed: true, exceptionId: null } as const)
      : access.check === 'answer' && access.action === 'update'
        ? decide(found.facts, 'read')
        : decide(found.facts, access.action);
  if (!verdict.allowed) {
    logDenied(log, actor, access, 'not-allowed');
    throw forbidden();
  }
  // Marking a line as part of a safety exception hides it from the client until they are told, so
  // only a professional's own exception steps may carry one (recording or ending it).
  if (access.exceptionId !== undefined && found.relation !== 'professional') {
    logDenied(log, actor, access, 'not-allowed');
    throw forbidden();
  }

  const scope: AccessScope = {
    regionId: actor.regionId,
    clientId: access.clientId.toLowerCase(),
    relation: found.relation,
    rule: found.rule,
    decidesAs: deciderParty(found.relation, found.rule),
    level: found.facts.level,
    exceptionId: verdict.exceptionId,
  };
  const entry: AccessLogInput = {
    regionId: actor.regionId,
    actorUserId: actor.userId,
    actorLabel: actor.label,
    clientId: scope.clientId,
    category: access.category,
    action: access.action,
    purpose: access.purpose,
    requestId: access.requestId,
    exceptionId: verdict.exceptionId ?? access.exceptionId ?? null,
  };

  if (access.action !== 'read') {
    await recordOrFail(ctx, entry);
    return fn(ctx.db, scope);
  }
  const [data, logged] = await Promise.allSettled([fn(ctx.db, scope), recordOrFail(ctx, entry)]);
  if (logged.status === 'rejected') throw logged.reason;
  if (data.status === 'rejected') throw data.reason;
  return data.value;
}
