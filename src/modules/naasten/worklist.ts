import { withClientAccess, type Actor } from '../../platform/access/index.js';
import { AppError } from '../../platform/errors.js';
import type { Db } from '../../platform/db/database.js';
import type { NaastenCtx } from './cards.js';
import type { MyCardsView, WorklistView } from './model.js';
import { CARD_RELATIONS } from './schema.js';

/**
 * The professional's worklist: calls that are due and "te veel" signals addressed to them (as
 * regisseur, or as a professional in a circle without one). Who it is about and the naaste's note
 * are read per circle through platform/access; without network access the item stays without them.
 */
export async function worklist(ctx: NaastenCtx, actor: Actor, requestId: string | null): Promise<WorklistView> {
  const db = ctx.db;
  const calls = await db
    .selectFrom('naasten_check_ins as c')
    .innerJoin('naasten_cards as k', 'k.id', 'c.card_id')
    .select(['c.id', 'c.client_id', 'c.period_start', 'k.link_id'])
    .where('c.region_id', '=', actor.regionId)
    .where('c.professional_user_id', '=', actor.userId)
    .where('c.done_at', 'is', null)
    .orderBy('c.period_start')
    .execute();
  const alerts = await db
    .selectFrom('naasten_alerts as a')
    .leftJoin('circles as c', (j) => j.onRef('c.client_id', '=', 'a.client_id').onRef('c.region_id', '=', 'a.region_id'))
    .innerJoin('client_links as me', (j) => j.onRef('me.client_id', '=', 'a.client_id').onRef('me.region_id', '=', 'a.region_id'))
    .select(['a.id', 'a.client_id', 'a.created_at', 'a.link_id', 'a.note'])
    .where('a.region_id', '=', actor.regionId)
    .where('a.seen_at', 'is', null)
    .where('me.user_id', '=', actor.userId)
    .where('me.relation', '=', 'professional')
    // The same people alerts.ts tells: the regisseur, or every professional while there is none in the circle.
    .where((eb) =>
      eb.or([
        eb('c.regisseur_user_id', '=', actor.userId),
        eb('c.regisseur_user_id', 'is', null),
        eb.not(
          eb.exists(
            eb
              .selectFrom('client_links as r')
              .select('r.id')
              .whereRef('r.client_id', '=', 'a.client_id')
              .whereRef('r.user_id', '=', 'c.regisseur_user_id')
              .where('r.relation', '=', 'professional'),
          ),
        ),
      ]),
    )
    .orderBy('a.created_at')
    .execute();
  const clientIds = [...new Set([...calls.map((c) => c.client_id), ...alerts.map((a) => a.client_id)])];
  const named = new Map<string, Map<string, string>>();
  for (const clientId of clientIds) {
    try {
      const names = await withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'read', purpose: 'werklijst naasten bekijken', requestId }, (d, scope) => memberNames(d, scope.regionId, scope.clientId));
      named.set(clientId, names);
    } catch (err) {
      if (!(err instanceof AppError) || (err.status !== 403 && err.status !== 404)) throw err;
    }
  }
  const items: WorklistView['items'] = [
    ...alerts.map((a) => ({ kind: 'te-veel' as const, id: a.id, clientId: a.client_id, since: new Date(a.created_at).toISOString(), naasteName: named.get(a.client_id)?.get(a.link_id) ?? null, note: named.has(a.client_id) ? a.note : null })),
    ...calls.map((c) => ({ kind: 'check-in' as const, id: c.id, clientId: c.client_id, since: c.period_start, naasteName: named.get(c.client_id)?.get(c.link_id) ?? null, note: null })),
  ];
  return { items };
}

async function memberNames(db: Db, regionId: string, clientId: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('client_links as l')
    .innerJoin('users as u', (j) => j.onRef('u.id', '=', 'l.user_id').onRef('u.region_id', '=', 'l.region_id'))
    .select(['l.id', 'u.display_name'])
    .where('l.region_id', '=', regionId)
    .where('l.client_id', '=', clientId)
    .execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

/**
 * The naaste's own memberships with whether their card exists: facts about themselves only (no
 * client data), so the start page can say "vul je naastenkaart in" for each circle.
 */
export async function myCards(db: Db, actor: Actor): Promise<MyCardsView> {
  const rows = await db
    .selectFrom('client_links as l')
    .leftJoin('naasten_cards as k', 'k.link_id', 'l.id')
    .select(['l.client_id', 'l.relation', 'k.id as card_id', (eb) => eb.exists(eb.selectFrom('naasten_alerts as a').select('a.id').whereRef('a.link_id', '=', 'l.id').where('a.seen_at', 'is', null)).as('open_alert')])
    .where('l.region_id', '=', actor.regionId)
    .where('l.user_id', '=', actor.userId)
    .where('l.relation', 'in', CARD_RELATIONS)
    .orderBy('l.created_at')
    .execute();
  return { cards: rows.map((r) => ({ clientId: r.client_id, relation: r.relation, hasCard: r.card_id !== null, openAlert: Boolean(r.open_alert) })) };
}
