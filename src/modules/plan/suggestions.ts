import type { AppContext } from '../../platform/context.js';
import { circleMembersAccess, withClientAccess, type Actor } from '../../platform/access/index.js';
import type { SuggestionView } from './model.js';

type Ctx = Pick<AppContext, 'db' | 'audit' | 'log'>;

const RUNNING = ['asked', 'accepted'] as const;
const TIER_OF = { naaste: 'network', vertegenwoordiger: 'network', vrijwilliger: 'volunteer', professional: 'professional' } as const;
const TIER_ORDER = ['client', 'network', 'volunteer', 'professional'] as const;

/** More than half of the running agreements, and at least three: asking this person more risks overload. */
export const isOverloaded = (carries: number, total: number): boolean => carries >= 3 && carries * 2 > total;

/**
 * Who could do a new task, in the natural order of report 004: the client themselves first ("wat ze
 * zelf kan doen, moet ze zelf doen"), then their own network, then volunteers, then professionals by
 * workload. Within a tier the person carrying least comes first and an overloaded person last, with
 * the numbers so the page can say why ("Karin doet al 5 van de 7 taken"). Only people who can see the
 * plan are proposed: they must be able to answer.
 */
export async function suggestAssignees(ctx: Ctx, actor: Actor, clientId: string, requestId: string | null): Promise<SuggestionView[]> {
  return withClientAccess(ctx, actor, { clientId, category: 'plan', action: 'read', purpose: 'kijken wie een taak kan doen', requestId }, async (db, scope) => {
    const [client, members, running] = await Promise.all([
      db.selectFrom('clients').select(['first_name', 'last_name']).where('region_id', '=', scope.regionId).where('id', '=', scope.clientId).executeTakeFirstOrThrow(),
      circleMembersAccess(db, scope.regionId, scope.clientId, 'plan'),
      db.selectFrom('plan_tasks').select(['assignee_kind', 'assignee_link_id']).where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).where('status', 'in', RUNNING).execute(),
    ]);
    const total = running.length;
    const carriesOf = (linkId: string | null, kind: 'client' | 'member') => running.filter((t) => t.assignee_kind === kind && (kind === 'client' || t.assignee_link_id === linkId)).length;
    const visible = members.filter((m) => m.mayRead);
    const professionals = visible.filter((m) => m.relation === 'professional').map((m) => m.userId);
    // A professional's workload is counted over all circles: a number, never which clients.
    const workload = new Map<string, number>();
    if (professionals.length > 0) {
      const rows = await db
        .selectFrom('plan_tasks as t')
        .innerJoin('client_links as l', (j) => j.onRef('l.id', '=', 't.assignee_link_id').onRef('l.region_id', '=', 't.region_id'))
        .select(['l.user_id'])
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('t.region_id', '=', scope.regionId)
        .where('t.status', 'in', RUNNING)
        .where('l.user_id', 'in', professionals)
        .groupBy('l.user_id')
        .execute();
      for (const r of rows) workload.set(r.user_id, Number(r.n));
    }

    const clientCarries = carriesOf(null, 'client');
    const ranked: { view: SuggestionView; load: number }[] = [
      {
        view: {
          tier: 'client',
          assignee: { kind: 'client' },
          label: `${client.first_name} ${client.last_name}`,
          carries: clientCarries,
          total,
          overloaded: isOverloaded(clientCarries, total),
          reasons: ['self-first'],
        },
        load: clientCarries,
      },
    ];
    for (const m of visible) {
      const carries = carriesOf(m.linkId, 'member');
      const tier = TIER_OF[m.relation];
      ranked.push({
        view: {
          tier,
          assignee: { kind: 'member', linkId: m.linkId },
          label: m.label ? `${m.displayName} (${m.label})` : m.displayName,
          carries,
          total,
          overloaded: isOverloaded(carries, total),
          reasons: [tier === 'network' ? 'own-network' : tier === 'volunteer' ? 'volunteer' : 'professional'],
        },
        load: tier === 'professional' ? (workload.get(m.userId) ?? 0) : carries,
      });
    }
    ranked.sort(
      (a, b) =>
        TIER_ORDER.indexOf(a.view.tier) - TIER_ORDER.indexOf(b.view.tier) ||
        Number(a.view.overloaded) - Number(b.view.overloaded) ||
        a.load - b.load ||
        a.view.label.localeCompare(b.view.label, 'nl'),
    );
    const out = ranked.map((r) => r.view);
    // Within each tier the first one who is not overloaded carries least: say so.
    for (const tier of TIER_ORDER) {
      const inTier = out.filter((s) => s.tier === tier);
      if (inTier.length > 1 && !inTier[0]!.overloaded) inTier[0]!.reasons.push('lowest-load');
    }
    return out;
  });
}
