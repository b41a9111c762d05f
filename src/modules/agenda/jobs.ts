import type { AppContext } from '../../platform/context.js';
import { REMINDER_JOB, REMINDER_SCAN_JOB, SCAN_EVERY_MS, scanReminders, scheduleReminderScan, sendReminder } from './reminders.js';

/**
 * Reminders: a scan every five minutes queues each reminder that falls due before the next scan as
 * its own job (unique per appointment date, person and moment); the job sends it at most once and
 * is retried when sending fails. The scan plans its own next run.
 */
export function registerAgendaJobs(ctx: AppContext): void {
  ctx.jobs.register(REMINDER_JOB, async (payload) => {
    await sendReminder(ctx, payload);
  });
  ctx.jobs.register(REMINDER_SCAN_JOB, async () => {
    await scanReminders(ctx);
    await scheduleReminderScan(ctx, new Date(Date.now() + SCAN_EVERY_MS));
  });
}

export { scheduleReminderScan };
