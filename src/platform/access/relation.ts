import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { notFound } from '../errors.js';
import { isUuid } from '../audit/validate.js';
import type { InformationCategory } from '../audit/schema.js';
import type { AccessLevel, DecisionRule } from '../../modules/consent/schema.js';
import { decisionRule, deciderParty, todayInNl } from './decision-rule.js';
import { effectiveRelation, type AccessFacts } from './rules.js';
import type { Actor, Relation } from './types.js';

export type Lookup = { found: false } | { found: true; relation: Relation | null; rule: DecisionRule; facts: AccessFacts | null };

/**
 * One query for the hot path, read fresh on every request so a withdrawn grant, a removed member or
 * a birthday takes effect at once: the client (only in the actor's region), the actor's link, the
 * actor's unexpired grant for the category, and an open safety exception of the actor covering it.
 */
export async function lookupAccess(db: Db, actor: Actor, clientId: string, category: InformationCategory, now: Date = new Date()): Promise<Lookup> {
  if (!isUuid(clientId)) return { found: false };
  const row = await db
    .selectFrom('clients as c')
    .leftJoin('client_links as l', (join) => join.onRef('l.client_id', '=', 'c.id').onRef('l.region_id', '=', 'c.region_id').on('l.user_id', '=', actor.userId))
    .leftJoin('consent_grants as g', (join) =>
      join
        .onRef('g.link_id', '=', 'l.id')
        .on('g.category', '=', category)
        .on((eb) => eb.or([eb('g.expires_at', 'is', null), eb('g.expires_at', '>', now)])),
    )
    .select([
      'c.user_id',
      'c.birth_date',
      'c.decision_capacity',
      'l.relation',
      'g.level',
      sql<string | null>`(SELECT s.id FROM safety_exceptions s
        WHERE s.region_id = c.region_id AND s.client_id = c.id AND s.professional_user_id = ${actor.userId}
          AND s.valid_until > ${now} AND s.categories ? ${category}
        ORDER BY s.created_at DESC LIMIT 1)`.as('exception_id'),
    ])
    .where('c.region_id', '=', actor.regionId)
    .where('c.id', '=', clientId)
    .executeTakeFirst();
  if (!row) return { found: false };
  const relation = effectiveRelation(actor, { userId: row.user_id, link: row.relation });
  const rule = decisionRule(row.birth_date, row.decision_capacity, todayInNl(now));
  if (relation === null) return { found: true, relation, rule, facts: null };
  const level: AccessLevel = row.level ?? 'none';
  return {
    found: true,
    relation,
    rule,
    facts: { relation, decides: deciderParty(relation, rule) !== null, level, exceptionId: row.exception_id },
  };
}

/**
 * The actor's effective relation to a client, or null when there is none. A client outside the
 * actor's region is notFound, exactly as if it did not exist. Reads no client data, so logs nothing.
 */
export async function relationTo(db: Db, actor: Actor, clientId: string): Promise<Relation | null> {
  const r = await lookupAccess(db, actor, clientId, 'basis');
  if (!r.found) throw notFound();
  return r.relation;
}
