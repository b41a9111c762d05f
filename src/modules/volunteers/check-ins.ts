import { addDays, differenceInCalendarDays, formatISO, parseISO } from 'date-fns';
import type { AppContext } from '../../platform/context.js';
import type { Actor } from '../../platform/access/index.js';
import { conflict, notFound } from '../../platform/errors.js';
import { activeUsersWithRole } from '../accounts/service.js';
import type { CheckInAnswerInput, CheckInView } from './model.js';
import { checkInView } from './views.js';

export const CHECK_IN_JOB = 'volunteers.check-in';

const dayOf = (d: Date) => formatISO(d, { representation: 'date' });

/** The first check-in day after `after`: every `weeks` weeks from the anchor, never on the anchor itself. */
export function nextCheckInDay(anchor: string, weeks: number, after: string): string {
  const period = weeks * 7;
  const passed = Math.max(0, differenceInCalendarDays(parseISO(after), parseISO(anchor)));
  const k = Math.floor(passed / period) + 1;
  return dayOf(addDays(parseISO(anchor), k * period));
}

/** One job per volunteer per period: the unique key makes a second schedule of the same day a no-op. */
export async function scheduleCheckIn(ctx: Pick<AppContext, 'jobs'>, regionId: string, userId: string, day: string): Promise<void> {
  await ctx.jobs.enqueue(CHECK_IN_JOB, { userId, periodStart: day }, { regionId, runAt: new Date(`${day}T08:00:00Z`), uniqueKey: `${CHECK_IN_JOB}:${userId}:${day}` });
}

type Ctx = Pick<AppContext, 'db' | 'jobs' | 'mail' | 'config' | 'log'>;

/**
 * "Trek je het nog?": asks an active volunteer once for this period (in the app, and by e-mail
 * without any personal data), then plans the next one. Paused or stopped volunteers are not asked
 * and their chain stops; it starts again when the coordinator makes them active.
 */
export async function askCheckIn(ctx: Ctx, userId: string, periodStart: string): Promise<boolean> {
  const p = await ctx.db
    .selectFrom('volunteer_profiles as p')
    .innerJoin('users as u', (j) => j.onRef('u.id', '=', 'p.user_id').onRef('u.region_id', '=', 'p.region_id'))
    .select(['p.region_id', 'p.status', 'p.check_in_anchor', 'p.check_in_weeks', 'u.email', 'u.locale', 'u.status as user_status'])
    .where('p.user_id', '=', userId)
    .executeTakeFirst();
  if (!p || p.status !== 'active' || p.user_status !== 'active') return false;
  const inserted = await ctx.db
    .insertInto('volunteer_check_ins')
    .values({ region_id: p.region_id, user_id: userId, period_start: periodStart })
    .onConflict((oc) => oc.columns(['user_id', 'period_start']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) {
    const link = `${ctx.config.publicUrl}/mijn-vrijwilligerswerk`;
    const mail =
      p.locale === 'en'
        ? { subject: 'How is your volunteering going?', text: `We would like to know how you are doing. Is it still manageable? Please answer in Samenspel:\n\n${link}\n` }
        : { subject: 'Trek je het nog?', text: `We willen graag weten hoe het met je gaat. Is het vrijwilligerswerk nog goed te doen? Geef antwoord in Samenspel:\n\n${link}\n` };
    await ctx.mail.send({ regionId: p.region_id, to: p.email, ...mail });
  }
  await scheduleCheckIn(ctx, p.region_id, userId, nextCheckInDay(p.check_in_anchor ?? periodStart, p.check_in_weeks, periodStart));
  return inserted !== undefined;
}

export async function answerCheckIn(ctx: Ctx, actor: Actor, checkInId: string, input: CheckInAnswerInput): Promise<CheckInView> {
  const row = await ctx.db
    .updateTable('volunteer_check_ins')
    .set({ answer: input.answer, note: input.note, answered_at: new Date() })
    .where('region_id', '=', actor.regionId)
    .where('user_id', '=', actor.userId)
    .where('id', '=', checkInId)
    .where('answer', 'is', null)
    .returningAll()
    .executeTakeFirst();
  if (!row) {
    const existing = await ctx.db.selectFrom('volunteer_check_ins').selectAll().where('region_id', '=', actor.regionId).where('user_id', '=', actor.userId).where('id', '=', checkInId).executeTakeFirst();
    if (!existing) throw notFound();
    throw conflict(checkInView(existing));
  }
  if (input.answer === 'te-veel') await alertCoordinators(ctx, actor.regionId, actor.userId);
  return checkInView(row);
}

/** "Te veel": the coordinators of the volunteer's organisation hear it, without details in the mail. */
async function alertCoordinators(ctx: Ctx, regionId: string, userId: string): Promise<void> {
  const p = await ctx.db.selectFrom('volunteer_profiles').select('organisation_id').where('region_id', '=', regionId).where('user_id', '=', userId).executeTakeFirst();
  if (!p) return;
  const link = `${ctx.config.publicUrl}/vrijwilligers/${userId}`;
  for (const c of await activeUsersWithRole(ctx.db, regionId, 'professional', p.organisation_id)) {
    const mail =
      c.locale === 'en'
        ? { subject: 'A volunteer says it is too much', text: `One of your volunteers answered that it is too much right now. They get no new proposals until you have talked with them:\n\n${link}\n` }
        : { subject: 'Een vrijwilliger geeft aan dat het te veel is', text: `Een van je vrijwilligers gaf aan dat het nu te veel is. Die krijgt geen nieuwe voorstellen tot je met hem of haar hebt gesproken:\n\n${link}\n` };
    try {
      await ctx.mail.send({ regionId, to: c.email, ...mail });
    } catch (err) {
      ctx.log.warn({ error: err instanceof Error ? err.message : String(err) }, 'volunteer alert mail could not be queued');
    }
  }
}
