import type { Db } from '../db/database.js';
import { forbidden, notFound } from '../errors.js';
import { isUuid } from '../audit/validate.js';
import { accessLogger, logDenied } from './denial-log.js';
import { lookupAccess } from './relation.js';
import { recordOrFail, type AccessContext } from './with-client-access.js';
import type { Actor, ClientAccess } from './types.js';

export interface SafetyReviewAccess {
  clientId: string;
  exceptionId: string;
  action: 'read' | 'update';
  purpose: string;
  requestId: string | null;
}

/**
 * Reviewing a safety exception means reading why someone opened a file without consent. That is
 * allowed to a second professional in the client's circle or to a team lead of the author's
 * organisation, never to the author, and it is logged like every other access.
 */
export async function withSafetyReviewAccess<T>(
  ctx: AccessContext,
  actor: Actor,
  access: SafetyReviewAccess,
  fn: (db: Db, scope: { regionId: string; clientId: string; exceptionId: string }) => Promise<T>,
): Promise<T> {
  const log = accessLogger(ctx.log);
  const asClientAccess: ClientAccess = { clientId: access.clientId, category: 'gevoelig', action: access.action, purpose: access.purpose, requestId: access.requestId };
  if (!isUuid(access.exceptionId) || !isUuid(access.clientId)) throw notFound();
  const exception = await ctx.db
    .selectFrom('safety_exceptions as s')
    .leftJoin('users as u', (join) => join.onRef('u.id', '=', 's.professional_user_id').onRef('u.region_id', '=', 's.region_id'))
    .select(['s.professional_user_id', 'u.organisation_id'])
    .where('s.region_id', '=', actor.regionId)
    .where('s.client_id', '=', access.clientId)
    .where('s.id', '=', access.exceptionId)
    .executeTakeFirst();
  if (!exception) {
    logDenied(log, actor, asClientAccess, 'not-found');
    throw notFound();
  }
  const lookup = await lookupAccess(ctx.db, actor, access.clientId, 'gevoelig');
  const secondProfessional = lookup.found && lookup.relation === 'professional';
  const teamLead = actor.roles.includes('teamleider') && exception.organisation_id !== null && (await organisationOf(ctx.db, actor)) === exception.organisation_id;
  if (exception.professional_user_id === actor.userId || !(secondProfessional || teamLead)) {
    logDenied(log, actor, asClientAccess, 'not-allowed');
    throw forbidden();
  }
  const scope = { regionId: actor.regionId, clientId: access.clientId.toLowerCase(), exceptionId: access.exceptionId.toLowerCase() };
  await recordOrFail(ctx, {
    regionId: actor.regionId,
    actorUserId: actor.userId,
    actorLabel: actor.label,
    clientId: scope.clientId,
    category: 'gevoelig',
    action: access.action,
    purpose: access.purpose,
    requestId: access.requestId,
    exceptionId: scope.exceptionId,
  });
  return fn(ctx.db, scope);
}

async function organisationOf(db: Db, actor: Actor): Promise<string | null> {
  const row = await db.selectFrom('users').select('organisation_id').where('region_id', '=', actor.regionId).where('id', '=', actor.userId).executeTakeFirst();
  return row?.organisation_id ?? null;
}
