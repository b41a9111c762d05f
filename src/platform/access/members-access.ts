import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { InformationCategory } from '../audit/schema.js';
import { rolesFromDb, type Role } from '../../modules/accounts/schema.js';
import type { ClientRelation } from '../../modules/clients/schema.js';
import { decisionRule, deciderParty, todayInNl } from './decision-rule.js';
import { decide, effectiveRelation, type AccessFacts } from './rules.js';

export interface MemberAccess {
  linkId: string;
  userId: string;
  relation: ClientRelation;
  /** The role as the client says it ("zus", "wijkcoach"). */
  label: string | null;
  displayName: string;
  mayRead: boolean;
  mayContribute: boolean;
}

/**
 * What each member of a client's circle may do with one category today, by the same rules as
 * withClientAccess: for asking someone to take on a task (only people who can see it), for sending a
 * task back when someone lost access, and for who is told about a change. Returns names and link ids
 * only; callers run inside their own withClientAccess, which logged the access.
 */
export async function circleMembersAccess(db: Db, regionId: string, clientId: string, category: InformationCategory, now: Date = new Date()): Promise<MemberAccess[]> {
  const client = await db.selectFrom('clients').select(['birth_date', 'decision_capacity']).where('region_id', '=', regionId).where('id', '=', clientId).executeTakeFirst();
  if (!client) return [];
  const rule = decisionRule(client.birth_date, client.decision_capacity, todayInNl(now));
  const rows = await db
    .selectFrom('client_links as l')
    .innerJoin('users as u', (j) => j.onRef('u.id', '=', 'l.user_id').onRef('u.region_id', '=', 'l.region_id'))
    .leftJoin('consent_grants as g', (j) =>
      j
        .onRef('g.link_id', '=', 'l.id')
        .on('g.category', '=', category)
        .on((eb) => eb.or([eb('g.expires_at', 'is', null), eb('g.expires_at', '>', now)])),
    )
    .select([
      'l.id',
      'l.user_id',
      'l.relation',
      'l.label',
      'u.display_name',
      'u.status',
      'g.level',
      sql<Role[] | string>`coalesce((SELECT array_agg(r.role) FROM user_roles r WHERE r.user_id = u.id), '{}')`.as('roles'),
    ])
    .where('l.region_id', '=', regionId)
    .where('l.client_id', '=', clientId)
    .orderBy('l.created_at')
    .execute();
  return rows.map((r) => {
    const relation = r.status === 'active' ? effectiveRelation({ userId: r.user_id, roles: rolesFromDb(r.roles) }, { userId: null, link: r.relation }) : null;
    const facts: AccessFacts | null = relation === null ? null : { relation, decides: deciderParty(relation, rule) !== null, level: r.level ?? 'none', exceptionId: null };
    return {
      linkId: r.id,
      userId: r.user_id,
      relation: r.relation,
      label: r.label,
      displayName: r.display_name,
      mayRead: facts !== null && decide(facts, 'read').allowed,
      mayContribute: facts !== null && decide(facts, 'update').allowed,
    };
  });
}
