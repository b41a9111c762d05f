import type { AppContext } from '../../platform/context.js';
import { SAFETY_REVIEW_JOB, runSafetyReview } from './safety.js';

/** Two days before the review is due, and when it is overdue, the reviewers are reminded. */
export function registerSafetyJobs(ctx: AppContext): void {
  ctx.jobs.register(SAFETY_REVIEW_JOB, async (payload, job) => {
    await runSafetyReview(ctx, payload, job.regionId);
  });
}
