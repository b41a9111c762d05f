import type { AppContext } from '../../platform/context.js';
import { todayInNl } from '../../platform/access/index.js';
import { daysBetween, meetingDay } from './minutes-dates.js';
import { reminderMail } from './minutes-mails.js';
import { unsentMeetings } from './minutes-overdue.js';
import { MINUTES_DUE_DAYS, MINUTES_REMINDER_DAYS } from './minutes-schema.js';

export const MINUTES_DEADLINE_JOB = 'carenet.minutes-deadline';
const SCAN_EVERY_MS = 60 * 60 * 1000;

type Ctx = Pick<AppContext, 'db' | 'mail' | 'config'>;

/**
 * Minutes go out within a week. On day 3 and day 6 after the meeting the secretary (or the chair
 * when there is none) gets a reminder while the minutes are unsent. The reminder row is written
 * first and its primary key decides: each reminder goes out once, however many scans run. A scan
 * that starts late sends one mail for the latest day due, not one per missed day; minutes already
 * late are the chair's dashboard's, not a mail's.
 */
export async function sendMinutesReminders(ctx: Ctx, now = new Date()): Promise<number> {
  const today = todayInNl(now);
  const since = new Date(now.getTime() - (MINUTES_DUE_DAYS + 2) * 86_400_000);
  const rows = await unsentMeetings(ctx.db, { since, until: now });
  let sent = 0;
  for (const m of rows) {
    const elapsed = daysBetween(meetingDay(m.starts_at), today);
    if (elapsed > MINUTES_DUE_DAYS) continue;
    const due = MINUTES_REMINDER_DAYS.filter((d) => d <= elapsed);
    if (due.length === 0) continue;
    const inserted = await ctx.db
      .insertInto('care_minutes_reminders')
      .values(due.map((day) => ({ region_id: m.region_id, meeting_id: m.id, day })))
      .onConflict((oc) => oc.columns(['meeting_id', 'day']).doNothing())
      .returning('day')
      .execute();
    if (inserted.length === 0) continue;
    const to = m.secretary_user_id ?? m.chair_user_id;
    if (!to) continue;
    const user = await ctx.db.selectFrom('users').select(['email', 'locale', 'status']).where('region_id', '=', m.region_id).where('id', '=', to).executeTakeFirst();
    if (!user || user.status !== 'active') continue;
    const link = `${ctx.config.publicUrl}/zorgnetwerken/overleggen/${m.id}/verslag`;
    await ctx.mail.send({ regionId: m.region_id, to: user.email, ...reminderMail(user.locale, link, MINUTES_DUE_DAYS - elapsed) });
    sent += 1;
  }
  return sent;
}

/** Plans the next scan; the key per hour keeps one scan per hour across instances. */
export async function scheduleMinutesDeadlineScan(ctx: Pick<AppContext, 'jobs'>, at: Date = new Date()): Promise<void> {
  await ctx.jobs.enqueue(MINUTES_DEADLINE_JOB, {}, { runAt: at, uniqueKey: `${MINUTES_DEADLINE_JOB}:${at.toISOString().slice(0, 13)}` });
}

/** Job handlers of this area; registered in src/server/routes.ts. */
export function registerCareMinutesJobs(ctx: AppContext): void {
  ctx.jobs.register(MINUTES_DEADLINE_JOB, async () => {
    await sendMinutesReminders(ctx);
    await scheduleMinutesDeadlineScan(ctx, new Date(Date.now() + SCAN_EVERY_MS));
  });
}
