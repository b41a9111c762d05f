import type { AppContext } from '../../platform/context.js';
import { LAPSE_JOB, lapseDecision } from './decisions.js';

/** Temporary access ends by itself: platform/access already ignores expired grants, this job tidies up and records it. */
export function registerConsentJobs(ctx: AppContext): void {
  ctx.jobs.register(LAPSE_JOB, async (payload) => {
    if (typeof payload.decisionId !== 'string') return;
    await lapseDecision(ctx.db, payload.decisionId);
  });
}
