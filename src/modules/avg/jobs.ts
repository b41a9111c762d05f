import type { AppContext } from '../../platform/context.js';
import { isUuid } from '../../platform/audit/validate.js';
import { runErasure } from './erasure-job.js';
import { ERASURE_JOB } from './erasure.js';

export function registerAvgJobs(ctx: AppContext): void {
  ctx.jobs.register(ERASURE_JOB, async (payload, job) => {
    const id = payload.erasureId;
    if (typeof id !== 'string' || !isUuid(id)) throw new Error(`${ERASURE_JOB} needs an erasure id`);
    const outcome = await runErasure(ctx, id, job.jobId);
    ctx.log.info({ jobId: job.jobId, erasureId: id, outcome }, 'erasure job ran');
  });
}
