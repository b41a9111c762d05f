import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { SafetyGround } from '../../modules/consent/schema.js';
import type { SafetyGround as CareSafetyGround } from '../../modules/carenet/case-schema.js';
import type { AccessAction, InformationCategory } from './schema.js';
import { isUuid } from './validate.js';

/** The safety exception an entry was made under (access without consent), as far as the reader may know it. */
export interface EntryException {
  id: string;
  ground: SafetyGround;
  /** When the client was told; null while not (yet) told. */
  informedAt: Date | null;
  /** False when the author recorded why the client must not be told. */
  informClient: boolean;
}

export interface ClientAccessEntry {
  /** With occurredAt the cursor for the next page: pass both as `before`. */
  seq: number;
  occurredAt: Date;
  actorUserId: string | null;
  actorLabel: string;
  category: InformationCategory;
  action: AccessAction;
  purpose: string;
  exception: EntryException | null;
}

/**
 * Which entries made under a safety exception to include. 'informed' is the client's view: such an
 * entry appears only once the client has been told (never when the author recorded why not).
 * 'all' is the professionals' audit view.
 */
export type ExceptionVisibility = 'informed' | 'all';

export interface ListClientAccessOptions {
  regionId: string;
  clientId: string;
  actorUserId?: string;
  /** Leave out the viewer's own accesses. */
  excludeActorUserId?: string;
  category?: InformationCategory;
  limit: number;
  /** Keyset cursor: entries strictly older than this one. occurred_at alone is not unique. */
  before?: { occurredAt: Date; seq: number };
  /** Default 'informed', so a caller that forgets cannot show the client what must stay hidden. */
  exceptions?: ExceptionVisibility;
}

type Scope = Pick<ListClientAccessOptions, 'regionId' | 'clientId' | 'excludeActorUserId' | 'exceptions'>;

/** The entries of one client as the reader may see them, joined with their safety exception. */
function scoped(db: Db, o: Scope) {
  return db
    .selectFrom('access_log as a')
    .leftJoin('safety_exceptions as s', (join) => join.onRef('s.id', '=', 'a.exception_id').onRef('s.region_id', '=', 'a.region_id'))
    // Reads of a care-network safety case carry that case's safety row as their exception.
    .leftJoin('care_case_safety as cs', (join) => join.onRef('cs.id', '=', 'a.exception_id').onRef('cs.region_id', '=', 'a.region_id'))
    .where('a.region_id', '=', o.regionId)
    .where('a.client_id', '=', o.clientId)
    .$if(o.excludeActorUserId !== undefined, (qb) => qb.where((eb) => eb.or([eb('a.actor_user_id', 'is', null), eb('a.actor_user_id', '<>', o.excludeActorUserId!)])))
    .$if((o.exceptions ?? 'informed') === 'informed', (qb) =>
      qb.where((eb) =>
        eb.or([
          eb('a.exception_id', 'is', null),
          eb.and([eb('s.inform_client', '=', true), eb('s.client_informed_at', 'is not', null)]),
          eb.and([eb('cs.inform_client', '=', true), eb('cs.client_informed_on', 'is not', null)]),
        ]),
      ),
    );
}

const valid = (o: Pick<ListClientAccessOptions, 'regionId' | 'clientId' | 'actorUserId' | 'excludeActorUserId'>) =>
  isUuid(o.regionId) && isUuid(o.clientId) && (o.actorUserId === undefined || isUuid(o.actorUserId)) && (o.excludeActorUserId === undefined || isUuid(o.excludeActorUserId));

/**
 * "Who looked at my data": newest first, for one client in one region. Deliberately leaves out
 * request ids and hashes; they mean nothing to the client.
 */
export async function listClientAccess(db: Db, o: ListClientAccessOptions): Promise<ClientAccessEntry[]> {
  if (!valid(o)) return [];
  let q = scoped(db, o).select([
    'a.seq',
    'a.occurred_at',
    'a.actor_user_id',
    'a.actor_label',
    'a.category',
    'a.action',
    'a.purpose',
    'a.exception_id',
    's.ground',
    's.client_informed_at',
    's.inform_client',
    'cs.ground as care_ground',
    'cs.client_informed_on as care_informed_on',
    'cs.inform_client as care_inform_client',
  ]);
  if (o.actorUserId !== undefined) q = q.where('a.actor_user_id', '=', o.actorUserId);
  if (o.category !== undefined) q = q.where('a.category', '=', o.category);
  if (o.before) q = q.where(sql<boolean>`(a.occurred_at, a.seq) < (${o.before.occurredAt}, ${o.before.seq})`);
  const rows = await q
    .orderBy('a.occurred_at', 'desc')
    .orderBy('a.seq', 'desc')
    .limit(Math.max(0, Math.min(o.limit, 1000)))
    .execute();
  return rows.map((r) => ({
    seq: r.seq,
    occurredAt: r.occurred_at,
    actorUserId: r.actor_user_id,
    actorLabel: r.actor_label,
    category: r.category,
    action: r.action,
    purpose: r.purpose,
    exception:
      r.exception_id !== null && r.ground !== null
        ? { id: r.exception_id, ground: r.ground, informedAt: r.client_informed_at, informClient: r.inform_client ?? false }
        : r.exception_id !== null && r.care_ground !== null
          ? { id: r.exception_id, ground: CARE_GROUND[r.care_ground], informedAt: r.care_informed_on ? new Date(`${r.care_informed_on}T00:00:00Z`) : null, informClient: r.care_inform_client ?? false }
          : null,
  }));
}

/** A care case's safety ground in the words of the circle's exceptions: danger to someone is a conflict of duties. */
const CARE_GROUND: Record<CareSafetyGround, SafetyGround> = { 'child-safety': 'kindveiligheid', danger: 'conflict-van-plichten' };

/**
 * Everyone who accessed the client's record, for the "who" filter, under the same visibility as the
 * entries: someone whose only accesses are hidden is not named either.
 */
export async function listClientAccessActors(db: Db, o: Scope): Promise<{ id: string; label: string }[]> {
  if (!valid(o)) return [];
  const rows = await scoped(db, o)
    .select(['a.actor_user_id', 'a.actor_label'])
    .distinct()
    .where('a.actor_user_id', 'is not', null)
    .orderBy('a.actor_label')
    .execute();
  const actors = new Map<string, string>();
  for (const a of rows) if (a.actor_user_id && !actors.has(a.actor_user_id)) actors.set(a.actor_user_id, a.actor_label);
  return [...actors].map(([id, label]) => ({ id, label }));
}
