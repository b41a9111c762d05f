import type { AppContext } from '../../platform/context.js';
import { isUuid } from '../../platform/audit/validate.js';
import { professionalMembers, regisseurOf, uniqueRecipients } from './circle-people.js';
import { refusalReviewMail } from './notices.js';
import { REFUSAL_REVIEW_JOB } from './refusals.js';

type Ctx = Pick<AppContext, 'db' | 'mail' | 'config' | 'log'>;

/**
 * On the review date (08:00 in the Netherlands) the professionals of the circle and the regisseur
 * get a reminder to talk about the refusal again. Only while it stands and nobody moved the date
 * since this reminder was planned; the mail names no one.
 */
export async function runRefusalReview(ctx: Ctx, payload: Record<string, unknown>, regionId: string | null): Promise<number> {
  const { refusalId, reviewOn, version } = payload;
  if (typeof refusalId !== 'string' || !isUuid(refusalId) || typeof reviewOn !== 'string' || regionId === null) {
    throw new Error(`${REFUSAL_REVIEW_JOB} needs a refusal id, a review date and a region`);
  }
  const refusal = await ctx.db
    .selectFrom('consent_refusals')
    .select(['client_id', 'review_on', 'ended_at', 'version'])
    .where('region_id', '=', regionId)
    .where('id', '=', refusalId)
    .executeTakeFirst();
  if (!refusal || refusal.ended_at !== null || refusal.review_on !== reviewOn) return 0;
  if (typeof version === 'number' && refusal.version !== version) return 0;
  const recipients = uniqueRecipients([
    await professionalMembers(ctx.db, regionId, refusal.client_id),
    await regisseurOf(ctx.db, regionId, refusal.client_id),
  ]);
  const link = `${ctx.config.publicUrl}/clienten/${refusal.client_id}/weigeringen`;
  for (const r of recipients) await ctx.mail.send({ regionId, to: r.email, ...refusalReviewMail(r.locale, link) });
  return recipients.length;
}

export function registerRefusalJobs(ctx: AppContext): void {
  ctx.jobs.register(REFUSAL_REVIEW_JOB, async (payload, job) => {
    await runRefusalReview(ctx, payload, job.regionId);
  });
}
