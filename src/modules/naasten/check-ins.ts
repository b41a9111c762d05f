import { withClientAccess, type Actor } from '../../platform/access/index.js';
import type { AppContext } from '../../platform/context.js';
import { conflict, forbidden, notFound } from '../../platform/errors.js';
import { dayPlus } from './deadlines.js';
import type { CheckInDoneInput, CheckInView } from './model.js';
import { somethingNewMail } from './mails.js';

export const CHECK_IN_JOB = 'naasten.check-in';

type JobCtx = Pick<AppContext, 'db' | 'jobs' | 'mail' | 'config' | 'log'>;

export interface CheckInPayload {
  cardId: string;
  anchor: string;
  weeks: number;
  periodStart: string;
}

/** Plans the call of one period; the unique key makes planning the same period twice a no-op. */
async function planPeriod(ctx: Pick<AppContext, 'jobs'>, regionId: string, p: CheckInPayload): Promise<void> {
  await ctx.jobs.enqueue(CHECK_IN_JOB, { ...p }, { regionId, runAt: new Date(`${p.periodStart}T07:00:00Z`), uniqueKey: `${CHECK_IN_JOB}:${p.cardId}:${p.anchor}:${p.weeks}:${p.periodStart}` });
}

/** A new rhythm: the first call is one period after the day it was agreed. */
export async function scheduleCheckIn(ctx: Pick<AppContext, 'jobs'>, regionId: string, cardId: string, anchor: string, weeks: number): Promise<void> {
  await planPeriod(ctx, regionId, { cardId, anchor, weeks, periodStart: dayPlus(anchor, weeks * 7) });
}

export function checkInPayload(p: Record<string, unknown>): CheckInPayload | null {
  const { cardId, anchor, weeks, periodStart } = p;
  if (typeof cardId !== 'string' || typeof anchor !== 'string' || typeof weeks !== 'number' || typeof periodStart !== 'string') return null;
  return { cardId, anchor, weeks, periodStart };
}

/**
 * "Even horen hoe het gaat": one call per card per period for the professional who agreed the
 * rhythm (or the regisseur), on their worklist and by a mail without details; then the next period.
 * A rhythm that changed or stopped since this job was planned ends this chain.
 * Returns whether a new call was put on the worklist.
 */
export async function runCheckIn(ctx: JobCtx, p: CheckInPayload): Promise<boolean> {
  const card = await ctx.db
    .selectFrom('naasten_cards as k')
    .leftJoin('circles as c', (j) => j.onRef('c.client_id', '=', 'k.client_id').onRef('c.region_id', '=', 'k.region_id'))
    .select(['k.id', 'k.region_id', 'k.client_id', 'k.check_in_weeks', 'k.check_in_anchor', 'k.check_in_user_id', 'c.regisseur_user_id'])
    .where('k.id', '=', p.cardId)
    .executeTakeFirst();
  if (!card || card.check_in_weeks !== p.weeks || card.check_in_anchor !== p.anchor) return false;
  // Whoever agreed the rhythm calls while they are still a professional in the circle; else the regisseur.
  const stillIn = card.check_in_user_id
    ? await ctx.db.selectFrom('client_links').select('id').where('region_id', '=', card.region_id).where('client_id', '=', card.client_id).where('user_id', '=', card.check_in_user_id).where('relation', '=', 'professional').executeTakeFirst()
    : undefined;
  const who = stillIn ? card.check_in_user_id : (card.regisseur_user_id ?? null);
  let created = false;
  if (who !== null) {
    const user = await ctx.db.selectFrom('users').select(['email', 'locale', 'status']).where('region_id', '=', card.region_id).where('id', '=', who).executeTakeFirst();
    if (user?.status === 'active') {
      const inserted = await ctx.db
        .insertInto('naasten_check_ins')
        .values({ region_id: card.region_id, client_id: card.client_id, card_id: card.id, professional_user_id: who, period_start: p.periodStart })
        .onConflict((oc) => oc.columns(['card_id', 'period_start']).doNothing())
        .returning('id')
        .executeTakeFirst();
      created = inserted !== undefined;
      if (created) await ctx.mail.send({ regionId: card.region_id, to: user.email, ...somethingNewMail(user.locale, `${ctx.config.publicUrl}/`) });
    }
  }
  await planPeriod(ctx, card.region_id, { ...p, periodStart: dayPlus(p.periodStart, p.weeks * 7) });
  return created;
}

/** The professional called: only the one the call was planned for marks it, once. */
export function markCheckInDone(ctx: Pick<AppContext, 'db' | 'audit' | 'log'>, actor: Actor, clientId: string, checkInId: string, input: CheckInDoneInput, requestId: string | null): Promise<CheckInView> {
  return withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'update', purpose: 'een belmoment met een naaste afronden', requestId, check: 'answer' }, async (db, scope) => {
    const row = await db
      .selectFrom('naasten_check_ins as c')
      .innerJoin('users as u', (j) => j.onRef('u.id', '=', 'c.professional_user_id').onRef('u.region_id', '=', 'c.region_id'))
      .select(['c.id', 'c.professional_user_id', 'c.period_start', 'c.done_at', 'c.done_by_label', 'c.note', 'u.display_name'])
      .where('c.region_id', '=', scope.regionId)
      .where('c.client_id', '=', scope.clientId)
      .where('c.id', '=', checkInId)
      .executeTakeFirst();
    if (!row) throw notFound();
    if (row.professional_user_id !== actor.userId) throw forbidden({ nl: 'Dit belmoment staat op de lijst van iemand anders.', en: 'This call is on someone else’s list.' });
    const view = (r: { done_at: Date | null; done_by_label: string | null; note: string | null }): CheckInView => ({
      id: row.id,
      periodStart: row.period_start,
      professional: row.display_name,
      doneAt: r.done_at ? new Date(r.done_at).toISOString() : null,
      doneBy: r.done_by_label,
      note: r.note,
    });
    if (row.done_at !== null) throw conflict(view(row));
    const done = await db
      .updateTable('naasten_check_ins')
      .set({ done_at: new Date(), done_by_label: actor.label, note: input.note })
      .where('id', '=', row.id)
      .where('done_at', 'is', null)
      .returning(['done_at', 'done_by_label', 'note'])
      .executeTakeFirst();
    if (!done) throw conflict(view(row));
    return view(done);
  });
}
