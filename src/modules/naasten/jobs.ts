import type { AppContext } from '../../platform/context.js';
import { checkInPayload, CHECK_IN_JOB, runCheckIn } from './service.js';

/** Check-in calls with naasten: one job per card per period, each planning the next (check-ins.ts). */
export function registerNaastenJobs(ctx: AppContext): void {
  ctx.jobs.register(CHECK_IN_JOB, async (payload) => {
    const p = checkInPayload(payload);
    if (p) await runCheckIn(ctx, p);
  });
}
