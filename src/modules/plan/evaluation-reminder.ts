import type { AppContext, Jobs } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { isUuid } from '../../platform/audit/validate.js';
import { amsterdamAt, shiftDays } from './evaluation-dates.js';

/**
 * A few days before an evaluation the regisseur is reminded (or, without a regisseur, whoever
 * planned it), so the people can be asked and the plan read beforehand. The mail names no client.
 */

export const EVALUATION_REMINDER_JOB = 'plan.evaluation-reminder';
export const REMIND_DAYS_BEFORE = 3;

type Ctx = Pick<AppContext, 'db' | 'mail' | 'config'>;

/** Plans the reminder at 08:00 three days before; not when that moment has already passed. */
export async function enqueueEvaluationReminder(
  jobs: Jobs,
  trx: Db,
  e: { id: string; region_id: string; planned_on: string; version: number },
  now = new Date(),
): Promise<void> {
  const runAt = amsterdamAt(shiftDays(e.planned_on, -REMIND_DAYS_BEFORE), 8);
  if (runAt.getTime() <= now.getTime()) return;
  await jobs.enqueue(
    EVALUATION_REMINDER_JOB,
    { evaluationId: e.id, plannedOn: e.planned_on, version: e.version },
    { runAt, regionId: e.region_id, uniqueKey: `plan-evaluation-reminder:${e.id}:${e.planned_on}:v${e.version}` },
    trx,
  );
}

function reminderMail(locale: 'nl' | 'en', link: string, day: string): { subject: string; text: string } {
  return locale === 'en'
    ? {
        subject: 'Samenspel: an evaluation is coming up',
        text: `Hello,\n\nAn evaluation with a client and their circle is planned for ${day}. Check who is coming, and read the goals and agreements beforehand.\n\nOpen this link to see it:\n\n${link}\n\nSamenspel`,
      }
    : {
        subject: 'Samenspel: er komt een evaluatie aan',
        text: `Hallo,\n\nOp ${day} staat een evaluatie gepland met een cliënt en de mensen om hem of haar heen. Kijk wie er komen en lees de doelen en afspraken van tevoren.\n\nOpen deze link om de evaluatie te zien:\n\n${link}\n\nSamenspel`,
      };
}

/** Sends the reminder when the evaluation is still planned for that day and unchanged; returns how many mails. */
export async function runEvaluationReminder(ctx: Ctx, payload: Record<string, unknown>, regionId: string | null): Promise<number> {
  const { evaluationId, plannedOn, version } = payload;
  if (typeof evaluationId !== 'string' || !isUuid(evaluationId) || typeof plannedOn !== 'string' || regionId === null) {
    throw new Error(`${EVALUATION_REMINDER_JOB} needs an evaluation id, a date and a region`);
  }
  const e = await ctx.db
    .selectFrom('evaluations')
    .select(['client_id', 'planned_on', 'status', 'version', 'scheduled_by', 'reminded_at'])
    .where('region_id', '=', regionId)
    .where('id', '=', evaluationId)
    .executeTakeFirst();
  if (!e || e.status !== 'planned' || e.planned_on !== plannedOn || e.reminded_at !== null) return 0;
  if (typeof version === 'number' && e.version !== version) return 0;
  const circle = await ctx.db.selectFrom('circles').select('regisseur_user_id').where('region_id', '=', regionId).where('client_id', '=', e.client_id).executeTakeFirst();
  const to = circle?.regisseur_user_id ?? e.scheduled_by;
  if (!to) return 0;
  const user = await ctx.db.selectFrom('users').select(['email', 'locale', 'status']).where('region_id', '=', regionId).where('id', '=', to).executeTakeFirst();
  if (!user || user.status !== 'active') return 0;
  const link = `${ctx.config.publicUrl}/clienten/${e.client_id}/plan/evaluaties/${evaluationId}`;
  const [y, m, d] = plannedOn.split('-');
  await ctx.mail.send({ regionId, to: user.email, ...reminderMail(user.locale, link, user.locale === 'en' ? plannedOn : `${d}-${m}-${y}`) });
  await ctx.db.updateTable('evaluations').set({ reminded_at: new Date() }).where('region_id', '=', regionId).where('id', '=', evaluationId).execute();
  return 1;
}

/** Register with the other job handlers (src/server/routes.ts registerModuleJobs). */
export function registerEvaluationJobs(ctx: AppContext): void {
  ctx.jobs.register(EVALUATION_REMINDER_JOB, async (payload, job) => {
    await runEvaluationReminder(ctx, payload, job.regionId);
  });
}
