import { withClientAccess, type Actor } from '../../platform/access/index.js';
import type { Db } from '../../platform/db/database.js';
import { conflict, forbidden, notFound } from '../../platform/errors.js';
import { ownLink, type NaastenCtx } from './cards.js';
import { somethingNewMail } from './mails.js';
import type { AlertView, TooMuchInput } from './model.js';
import { alertView } from './views.js';

/** Who hears "het wordt me te veel": the regisseur, or every professional in the circle while there is none. */
export async function alertRecipients(db: Db, regionId: string, clientId: string): Promise<{ id: string; email: string; locale: 'nl' | 'en' }[]> {
  const circle = await db.selectFrom('circles').select('regisseur_user_id').where('region_id', '=', regionId).where('client_id', '=', clientId).executeTakeFirst();
  const q = db
    .selectFrom('client_links as l')
    .innerJoin('users as u', (j) => j.onRef('u.id', '=', 'l.user_id').onRef('u.region_id', '=', 'l.region_id'))
    .select(['u.id', 'u.email', 'u.locale'])
    .where('l.region_id', '=', regionId)
    .where('l.client_id', '=', clientId)
    .where('l.relation', '=', 'professional')
    .where('u.status', '=', 'active');
  const all = await q.execute();
  const regisseur = all.filter((u) => u.id === circle?.regisseur_user_id);
  // A regisseur who left the circle cannot be the only one told: then every professional hears it.
  return regisseur.length > 0 ? regisseur : all;
}

const openAlertOf = (db: Db, regionId: string, linkId: string) =>
  db.selectFrom('naasten_alerts').selectAll().where('region_id', '=', regionId).where('link_id', '=', linkId).where('seen_at', 'is', null).executeTakeFirst();

/**
 * "Het wordt me nu te veel": stored for the regisseur's worklist and told by a mail without details.
 * While the regisseur has not seen the last one, a second press answers 409 with the open one.
 */
export async function sayTooMuch(ctx: NaastenCtx, actor: Actor, clientId: string, input: TooMuchInput, requestId: string | null): Promise<AlertView> {
  const { alert, regionId, to } = await withClientAccess(
    ctx,
    actor,
    { clientId, category: 'netwerk', action: 'create', purpose: 'laten weten dat het te veel wordt', requestId, check: 'membership' },
    async (db, scope) => {
      const link = await ownLink(db, scope, actor);
      const inserted = await db
        .insertInto('naasten_alerts')
        .values({ region_id: scope.regionId, client_id: scope.clientId, link_id: link.id, note: input.note })
        .onConflict((oc) => oc.column('link_id').where('seen_at', 'is', null).doNothing())
        .returningAll()
        .executeTakeFirst();
      if (!inserted) {
        const open = await openAlertOf(db, scope.regionId, link.id);
        throw conflict(open ? alertView(open) : null);
      }
      return { alert: alertView(inserted), regionId: scope.regionId, to: await alertRecipients(db, scope.regionId, scope.clientId) };
    },
  );
  for (const r of to) {
    try {
      await ctx.mail.send({ regionId, to: r.email, ...somethingNewMail(r.locale, `${ctx.config.publicUrl}/`) });
    } catch (err) {
      ctx.log.warn({ error: err instanceof Error ? err.message : String(err) }, 'naaste alert mail could not be queued');
    }
  }
  return alert;
}

/** The regisseur (or, without one, a professional in the circle) marks the signal as seen. */
export function markAlertSeen(ctx: NaastenCtx, actor: Actor, clientId: string, alertId: string, requestId: string | null): Promise<AlertView> {
  return withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'update', purpose: 'een signaal van een naaste gezien', requestId, check: 'answer' }, async (db, scope) => {
    const row = await db.selectFrom('naasten_alerts').selectAll().where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).where('id', '=', alertId).executeTakeFirst();
    if (!row) throw notFound();
    const addressed = (await alertRecipients(db, scope.regionId, scope.clientId)).some((r) => r.id === actor.userId);
    if (scope.relation !== 'professional' || !addressed) throw forbidden({ nl: 'Dit signaal is voor de regisseur.', en: 'This signal is for the coordinator.' });
    if (row.seen_at !== null) throw conflict(alertView(row));
    const seen = await db.updateTable('naasten_alerts').set({ seen_at: new Date(), seen_by_label: actor.label }).where('id', '=', row.id).where('seen_at', 'is', null).returningAll().executeTakeFirst();
    if (!seen) throw conflict(alertView(row));
    return alertView(seen);
  });
}
