import type { AppContext } from '../../platform/context.js';
import { askCheckIn, CHECK_IN_JOB } from './check-ins.js';

/** "Trek je het nog?" per volunteer per period; each run plans the next (see check-ins.ts). */
export function registerVolunteerJobs(ctx: AppContext): void {
  ctx.jobs.register(CHECK_IN_JOB, async (payload) => {
    const userId = typeof payload.userId === 'string' ? payload.userId : null;
    const periodStart = typeof payload.periodStart === 'string' ? payload.periodStart : null;
    if (userId === null || periodStart === null) return;
    await askCheckIn(ctx, userId, periodStart);
  });
}
