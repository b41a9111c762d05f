import { sql } from 'kysely';
import type { AppContext } from '../../platform/context.js';
import { withClientAccess, type Actor } from '../../platform/access/index.js';
import { conflict, invalid, notFound } from '../../platform/errors.js';
import type { GoalInput, GoalUpdate, GoalView } from './model.js';
import { ensurePlan } from './plan-row.js';
import { goalView } from './views.js';

type Ctx = Pick<AppContext, 'db' | 'audit' | 'log'>;

const scoresFit = (input: GoalInput) => {
  if (input.scoreNow !== null && input.scoreTarget !== null && input.scoreTarget < input.scoreNow) {
    throw invalid('scoreTarget', 'Het doel-cijfer is lager dan het cijfer nu. Klopt dat?', 'The target score is lower than the score now. Is that right?');
  }
};

/** A goal in the client's own words; the plan itself is made on the first goal. */
export async function addGoal(ctx: Ctx, actor: Actor, clientId: string, input: GoalInput, requestId: string | null): Promise<GoalView> {
  scoresFit(input);
  return withClientAccess(ctx, actor, { clientId, category: 'plan', action: 'create', purpose: 'een doel toevoegen aan het plan', requestId }, (db, scope) =>
    db.transaction().execute(async (trx) => {
      const planId = await ensurePlan(trx, scope.regionId, scope.clientId, actor.userId);
      const row = await trx
        .insertInto('plan_goals')
        .values({
          region_id: scope.regionId,
          client_id: scope.clientId,
          plan_id: planId,
          domain: input.domain,
          own_words: input.ownWords,
          success: input.success,
          score_now: input.scoreNow,
          score_target: input.scoreTarget,
          position: sql<number>`(SELECT coalesce(max(position), 0) + 1 FROM plan_goals WHERE plan_id = ${planId})`,
          created_by: actor.userId,
          created_by_label: actor.label,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await touchPlan(trx, planId);
      return goalView(row);
    }),
  );
}

/** Two people editing one goal: the second gets 409 with the goal as it is now. */
export async function updateGoal(ctx: Ctx, actor: Actor, clientId: string, goalId: string, input: GoalUpdate, requestId: string | null): Promise<GoalView> {
  scoresFit(input);
  return withClientAccess(ctx, actor, { clientId, category: 'plan', action: 'update', purpose: 'een doel in het plan aanpassen', requestId }, (db, scope) =>
    db.transaction().execute(async (trx) => {
      const updated = await trx
        .updateTable('plan_goals')
        .set((eb) => ({
          domain: input.domain,
          own_words: input.ownWords,
          success: input.success,
          score_now: input.scoreNow,
          score_target: input.scoreTarget,
          status: input.status,
          version: eb('version', '+', 1),
          updated_at: new Date(),
        }))
        .where('region_id', '=', scope.regionId)
        .where('client_id', '=', scope.clientId)
        .where('id', '=', goalId)
        .where('version', '=', input.version)
        .returningAll()
        .executeTakeFirst();
      if (updated) {
        await touchPlan(trx, updated.plan_id);
        return goalView(updated);
      }
      const current = await trx.selectFrom('plan_goals').selectAll().where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).where('id', '=', goalId).executeTakeFirst();
      if (!current) throw notFound();
      throw conflict(goalView(current));
    }),
  );
}

export async function touchPlan(db: Parameters<typeof ensurePlan>[0], planId: string): Promise<void> {
  await db.updateTable('plans').set((eb) => ({ version: eb('version', '+', 1), updated_at: new Date() })).where('id', '=', planId).execute();
}
