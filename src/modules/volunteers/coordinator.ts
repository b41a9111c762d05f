import type { Actor } from '../../platform/access/index.js';
import { recordOrFail, type AccessContext } from '../../platform/access/with-client-access.js';
import type { Db } from '../../platform/db/database.js';
import { forbidden } from '../../platform/errors.js';

/** A coordinator: staff of a volunteer organisation (vrijwilligerscentrale) in the actor's region. */
export interface Coordinator extends Actor {
  organisationId: string;
}

const COORDINATOR_ROLES = ['professional', 'teamleider'] as const;
const notCoordinator = () =>
  forbidden({ nl: 'Dit is alleen voor coördinatoren van een vrijwilligersorganisatie.', en: 'This is only for coordinators of a volunteer organisation.' });

export async function asCoordinator(db: Db, actor: Actor): Promise<Coordinator> {
  if (!actor.roles.some((r) => (COORDINATOR_ROLES as readonly string[]).includes(r))) throw notCoordinator();
  const org = await db
    .selectFrom('users as u')
    .innerJoin('organisations as o', (j) => j.onRef('o.id', '=', 'u.organisation_id').onRef('o.region_id', '=', 'u.region_id'))
    .select(['o.id', 'o.kind', 'o.archived_at'])
    .where('u.region_id', '=', actor.regionId)
    .where('u.id', '=', actor.userId)
    .executeTakeFirst();
  if (!org || org.kind !== 'vrijwilligerscentrale' || org.archived_at !== null) throw notCoordinator();
  return { ...actor, organisationId: org.id };
}

/**
 * The coordinator and the volunteer are not (yet) in the circle: they read the request, which holds
 * only what was shared with them, never the client record. Each look still lands in the client's
 * access log, outside any transaction (the log has its own).
 */
export async function logRequestReads(ctx: AccessContext, actor: Actor, clientIds: readonly string[], purpose: string, requestId: string | null): Promise<void> {
  const unique = [...new Set(clientIds)];
  if (unique.length === 0) return;
  await recordOrFail(
    ctx,
    unique.map((clientId) => ({
      regionId: actor.regionId,
      actorUserId: actor.userId,
      actorLabel: actor.label,
      clientId,
      category: 'netwerk' as const,
      action: 'read' as const,
      purpose,
      requestId,
    })),
  );
}

export const REQUEST_READ_PURPOSE = 'vrijwilligersvraag bekijken';
