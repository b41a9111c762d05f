import { sql } from 'kysely';
import type { AccessLogInput } from '../context.js';
import { linkRelationsFor } from './rules.js';
import { todayInNl } from './decision-rule.js';
import { recordOrFail, type AccessContext } from './with-client-access.js';
import type { Actor, ClientSummary, Relation } from './types.js';

export interface ListClientsOptions {
  purpose: string;
  requestId: string | null;
  limit?: number;
  offset?: number;
  /** Part of the first or last name. */
  q?: string;
  /** Only clients the actor stands in one of these relations to (default: any). */
  relations?: readonly Relation[];
  /** Only the actor's own record and the clients they decide for as representative. */
  decidersOnly?: boolean;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The clients whose basis the actor may see, by name. Starts from the actor's own links (indexed by
 * user) instead of scanning the region, so it stays fast in a region with many clients. Every client
 * returned is a read of their basis data, so each gets an access-log entry.
 */
export async function listAccessibleClients(ctx: AccessContext, actor: Actor, o: ListClientsOptions): Promise<ClientSummary[]> {
  const relations = linkRelationsFor(actor.roles).filter((r) => !o.relations || o.relations.includes(r));
  const isClient = actor.roles.includes('client') && (!o.relations || o.relations.includes('self'));
  if (relations.length === 0 && !isClient) return [];

  const now = new Date();
  // A representative has authority while the client is under 16 or unable to decide (decision-rule.ts).
  const authority = sql<boolean>`(l.relation = 'vertegenwoordiger' AND (lc.birth_date > (${todayInNl(now)}::date - interval '16 years') OR lc.decision_capacity = 'unable'))`;
  const linked = ctx.db
    .selectFrom('client_links as l')
    .innerJoin('clients as lc', (join) => join.onRef('lc.id', '=', 'l.client_id').onRef('lc.region_id', '=', 'l.region_id'))
    .select(['l.client_id as id', sql<Relation>`l.relation`.as('relation')])
    .where('l.user_id', '=', actor.userId)
    .where('l.region_id', '=', actor.regionId)
    // Listing shows names: only where the client granted basis, or the representative decides.
    .where((eb) =>
      o.decidersOnly
        ? authority
        : eb.or([
            authority,
            eb.exists(
              eb
                .selectFrom('consent_grants as g')
                .select('g.link_id')
                .whereRef('g.link_id', '=', 'l.id')
                .where('g.category', '=', 'basis')
                .where((w) => w.or([w('g.expires_at', 'is', null), w('g.expires_at', '>', now)])),
            ),
          ]),
    )
    // A branch that cannot match is written as `false`, which the planner drops.
    .$if(relations.length > 0, (qb) => qb.where('l.relation', 'in', relations))
    .$if(relations.length === 0, (qb) => qb.where(sql<boolean>`false`));
  const own = ctx.db
    .selectFrom('clients')
    .select(['id', sql<Relation>`'self'`.as('relation')])
    .where('user_id', '=', actor.userId)
    .where('region_id', '=', actor.regionId)
    .$if(!isClient, (qb) => qb.where(sql<boolean>`false`));

  let q = ctx.db
    .selectFrom(linked.unionAll(own).as('mine'))
    .innerJoin('clients as c', 'c.id', 'mine.id')
    .leftJoin('municipalities as m', (join) => join.onRef('m.id', '=', 'c.municipality_id').onRef('m.region_id', '=', 'c.region_id'))
    .select(['c.id', 'c.first_name', 'c.last_name', 'c.birth_date', 'm.name as municipality_name', 'mine.relation'])
    .where('c.region_id', '=', actor.regionId);
  const term = o.q?.trim();
  if (term) q = q.where(sql<boolean>`(c.first_name || ' ' || c.last_name) ILIKE ${`%${escapeLike(term)}%`}`);
  const rows = await q
    .orderBy('c.last_name')
    .orderBy('c.first_name')
    .orderBy('c.id')
    .limit(Math.max(1, Math.min(o.limit ?? 100, 500)))
    .offset(Math.max(0, o.offset ?? 0))
    .execute();

  if (rows.length === 0) return [];
  // A client linked to their own record would come back twice; list them once.
  const seen = new Set<string>();
  const unique = rows.filter((r) => {
    if (seen.has(r.id)) return false;
    seen.add(r.id);
    return true;
  });
  const clients: ClientSummary[] = unique.map((r) => ({
    id: r.id,
    firstName: r.first_name,
    lastName: r.last_name,
    birthDate: r.birth_date,
    municipalityName: r.municipality_name,
    relation: r.relation,
  }));
  const entries: AccessLogInput[] = clients.map((c) => ({
    regionId: actor.regionId,
    actorUserId: actor.userId,
    actorLabel: actor.label,
    clientId: c.id,
    category: 'basis',
    action: 'read',
    purpose: o.purpose,
    requestId: o.requestId,
  }));
  await recordOrFail(ctx, entries);
  return clients;
}
