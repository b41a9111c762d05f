import type { AppContext } from '../../platform/context.js';
import { circleMembersAccess } from '../../platform/access/index.js';
import { isUuid } from '../../platform/audit/validate.js';
import { crisisReviewMail } from './continuity-mails.js';
import { CRISIS_REVIEW_JOB } from './crisis.js';

type Ctx = Pick<AppContext, 'db' | 'mail' | 'config' | 'log'>;

/**
 * On the review date (08:00 in the Netherlands) the regisseur is reminded to look at the crisis
 * plan again; without a regisseur, the professionals who may read the plan. The plan is marked as
 * reminded for that date before the mail goes out, so a job that runs twice (or a second job for
 * the same date) sends nothing: never twice. A date moved since, or a plan gone, sends nothing.
 * The mail holds a link and no personal data.
 */
export async function runCrisisReview(ctx: Ctx, payload: Record<string, unknown>, regionId: string | null): Promise<number> {
  const { crisisPlanId, reviewOn } = payload;
  if (typeof crisisPlanId !== 'string' || !isUuid(crisisPlanId) || typeof reviewOn !== 'string' || regionId === null) {
    throw new Error(`${CRISIS_REVIEW_JOB} needs a crisis plan id, a review date and a region`);
  }
  const marked = await ctx.db
    .updateTable('crisis_plans')
    .set({ review_reminded_on: reviewOn })
    .where('region_id', '=', regionId)
    .where('id', '=', crisisPlanId)
    .where('review_on', '=', reviewOn)
    .where((eb) => eb.or([eb('review_reminded_on', 'is', null), eb('review_reminded_on', '<>', reviewOn)]))
    .returning('client_id')
    .executeTakeFirst();
  if (!marked) return 0;
  const clientId = marked.client_id;
  const regisseur = await ctx.db
    .selectFrom('circles as c')
    .innerJoin('users as u', (j) => j.onRef('u.id', '=', 'c.regisseur_user_id').onRef('u.region_id', '=', 'c.region_id'))
    .select(['u.email', 'u.locale'])
    .where('c.region_id', '=', regionId)
    .where('c.client_id', '=', clientId)
    .where('u.status', '=', 'active')
    .execute();
  let recipients = regisseur;
  if (recipients.length === 0) {
    const professionals = (await circleMembersAccess(ctx.db, regionId, clientId, 'plan')).filter((m) => m.relation === 'professional' && m.mayRead).map((m) => m.userId);
    recipients = professionals.length
      ? await ctx.db.selectFrom('users').select(['email', 'locale']).where('region_id', '=', regionId).where('status', '=', 'active').where('id', 'in', professionals).execute()
      : [];
  }
  const link = `${ctx.config.publicUrl}/clienten/${clientId}/plan/crisis`;
  for (const r of recipients) await ctx.mail.send({ regionId, to: r.email, ...crisisReviewMail(r.locale, link) });
  return recipients.length;
}

export function registerContinuityJobs(ctx: AppContext): void {
  ctx.jobs.register(CRISIS_REVIEW_JOB, async (payload, job) => {
    await runCrisisReview(ctx, payload, job.regionId);
  });
}
