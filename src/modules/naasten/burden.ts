import { todayInNl, withClientAccess, type Actor } from '../../platform/access/index.js';
import { invalid } from '../../platform/errors.js';
import { ownLink, type NaastenCtx } from './cards.js';
import type { BurdenInput, BurdenView } from './model.js';
import { burdenOf, NO_BURDEN } from './views.js';

/** The naaste's own thermometer: one score per day; a second one the same day replaces the first. */
export function recordBurden(ctx: NaastenCtx, actor: Actor, clientId: string, input: BurdenInput, requestId: string | null): Promise<BurdenView> {
  return withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'create', purpose: 'eigen draaglast invullen', requestId, check: 'membership' }, async (db, scope) => {
    const link = await ownLink(db, scope, actor);
    const card = await db.selectFrom('naasten_cards').select('id').where('region_id', '=', scope.regionId).where('link_id', '=', link.id).executeTakeFirst();
    if (!card) throw invalid('score', 'Vul eerst je naastenkaart in.', 'Fill in your carer card first.');
    await db
      .insertInto('naasten_burden_checks')
      .values({ region_id: scope.regionId, client_id: scope.clientId, card_id: card.id, day: todayInNl(), score: input.score, note: input.note })
      .onConflict((oc) => oc.columns(['card_id', 'day']).doUpdateSet({ score: input.score, note: input.note, created_at: new Date() }))
      .execute();
    return (await burdenOf(db, scope.regionId, [card.id])).get(card.id) ?? NO_BURDEN;
  });
}
