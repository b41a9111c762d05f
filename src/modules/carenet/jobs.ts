import type { AppContext } from '../../platform/context.js';
import { REMINDER_JOB, sendReminders } from './service.js';

/** Meeting reminders: one job per meeting and start time, two days ahead (see meetings-invitations.ts). */
export function registerCareNetJobs(ctx: AppContext): void {
  ctx.jobs.register(REMINDER_JOB, async (payload, job) => {
    const meetingId = typeof payload.meetingId === 'string' ? payload.meetingId : null;
    if (meetingId === null || job.regionId === null) return;
    await sendReminders(ctx, meetingId, job.regionId);
  });
}
