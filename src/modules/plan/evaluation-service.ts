import type { Selectable } from 'kysely';
import type { AppContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { todayInNl, withClientAccess, type AccessScope, type Actor } from '../../platform/access/index.js';
import { AppError, conflict, invalid, notFound, type FieldProblem } from '../../platform/errors.js';
import type {
  EvaluationDetail,
  EvaluationList,
  EvaluationOverview,
  EvaluationSummary,
  HoldInput,
  RescheduleInput,
  ScheduleInput,
} from './evaluation-model.js';
import { plannedOnProblem, plannedOnWindow } from './evaluation-dates.js';
import { enqueueEvaluationReminder } from './evaluation-reminder.js';
import { YIELDS, type EvaluationsTable, type Yield } from './evaluation-schema.js';
import { ensurePlan } from './plan-row.js';
import type { TaskStatus } from './schema.js';

/**
 * Evaluation moments with the client and their circle: planned from the plan, then held. Holding
 * one writes the dated record and updates the plan in one transaction: each goal's score becomes
 * the client's score, and agreements the people chose to stop are stopped. Everything is the `plan`
 * category: reading to see, create to plan, update to change, cancel or hold.
 */

type Ctx = Pick<AppContext, 'db' | 'audit' | 'log' | 'jobs'>;
type EvaluationRow = Selectable<EvaluationsTable>;

/** Agreements still running: the ones an evaluation decides to continue or stop. */
const RUNNING: readonly TaskStatus[] = ['open', 'asked', 'accepted'];

const mayEdit = (s: AccessScope) => s.relation === 'self' || s.decidesAs !== null || s.level === 'contribute';

function failIfAny(problems: (FieldProblem | null)[]): void {
  const fields = problems.filter((p): p is FieldProblem => p !== null);
  if (fields.length) throw new AppError(422, 'validation', { nl: 'Niet alle gegevens kloppen.', en: 'Some of the information is not valid.' }, fields);
}

const notPlanned = (row: Pick<EvaluationRow, 'status'>) =>
  new AppError(
    422,
    row.status === 'held' ? 'evaluation-held' : 'evaluation-cancelled',
    row.status === 'held'
      ? { nl: 'Deze evaluatie is al gehouden.', en: 'This evaluation has already been held.' }
      : { nl: 'Deze evaluatie gaat niet door.', en: 'This evaluation has been cancelled.' },
  );

// ---------------------------------------------------------------------------------------------
// Reading

/** The members of the circle, named the way the plan names them: "Nel Naaste (buurvrouw)". */
async function circlePeople(db: Db, scope: AccessScope): Promise<EvaluationList['people']> {
  const rows = await db
    .selectFrom('client_links as l')
    .innerJoin('users as u', (j) => j.onRef('u.id', '=', 'l.user_id').onRef('u.region_id', '=', 'l.region_id'))
    .select(['l.id', 'l.label', 'l.relation', 'u.display_name'])
    .where('l.region_id', '=', scope.regionId)
    .where('l.client_id', '=', scope.clientId)
    .orderBy('u.display_name')
    .execute();
  return rows.map((r) => ({ linkId: r.id, label: r.label ? `${r.display_name} (${r.label})` : r.display_name, relation: r.relation }));
}

function evaluations(db: Db, scope: AccessScope) {
  return db.selectFrom('evaluations').selectAll().where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId);
}

async function summaries(db: Db, scope: AccessScope, rows: EvaluationRow[]): Promise<EvaluationSummary[]> {
  if (rows.length === 0) return [];
  const invitees = await db
    .selectFrom('evaluation_invitees')
    .select(['evaluation_id', 'link_id', 'label'])
    .where('region_id', '=', scope.regionId)
    .where(
      'evaluation_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('label')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    plannedOn: r.planned_on,
    status: r.status,
    heldOn: r.held_on,
    heldBy: r.held_by_label,
    agendaNote: r.agenda_note,
    invitees: invitees.filter((i) => i.evaluation_id === r.id).map((i) => ({ linkId: i.link_id, label: i.label })),
    scheduledBy: r.scheduled_by_label,
    yields: r.yields,
    version: r.version,
  }));
}

async function buildDetail(db: Db, scope: AccessScope, row: EvaluationRow): Promise<EvaluationDetail> {
  const [summary] = await summaries(db, scope, [row]);
  const people = await circlePeople(db, scope);
  const window = plannedOnWindow();
  const base = { ...summary!, canEdit: mayEdit(scope), people, plannedOnMin: window.min, plannedOnMax: window.max };
  if (row.status !== 'held') {
    const open = row.status === 'planned';
    const goals = open
      ? await db
          .selectFrom('plan_goals')
          .select(['id', 'domain', 'own_words', 'success', 'score_now', 'score_target', 'version'])
          .where('region_id', '=', scope.regionId)
          .where('client_id', '=', scope.clientId)
          .where('status', '=', 'active')
          .orderBy('position')
          .orderBy('created_at')
          .execute()
      : [];
    const tasks = open
      ? await db
          .selectFrom('plan_tasks')
          .select(['id', 'title', 'assignee_kind', 'assignee_label', 'status', 'frequency', 'version'])
          .where('region_id', '=', scope.regionId)
          .where('client_id', '=', scope.clientId)
          .where('status', 'in', RUNNING)
          .orderBy('created_at')
          .execute()
      : [];
    return {
      ...base,
      openGoals: goals.map((g) => ({
        goalId: g.id,
        domain: g.domain,
        ownWords: g.own_words,
        success: g.success,
        scoreNow: g.score_now,
        scoreTarget: g.score_target,
        version: g.version,
      })),
      openAgreements: tasks.map((t) => ({ taskId: t.id, title: t.title, assigneeLabel: t.assignee_label, status: t.status, frequency: t.frequency, version: t.version })),
      record: null,
    };
  }
  const goals = await db
    .selectFrom('evaluation_goals')
    .selectAll()
    .where('region_id', '=', scope.regionId)
    .where('evaluation_id', '=', row.id)
    .orderBy('position')
    .execute();
  const scores = goals.length
    ? await db
        .selectFrom('evaluation_scores')
        .select(['evaluation_goal_id', 'rater_label', 'score'])
        .where('region_id', '=', scope.regionId)
        .where(
          'evaluation_goal_id',
          'in',
          goals.map((g) => g.id),
        )
        .orderBy('rater_label')
        .execute()
    : [];
  const agreements = await db
    .selectFrom('evaluation_agreements')
    .selectAll()
    .where('region_id', '=', scope.regionId)
    .where('evaluation_id', '=', row.id)
    .orderBy('title')
    .execute();
  return {
    ...base,
    openGoals: [],
    openAgreements: [],
    record: {
      goals: goals.map((g) => ({
        goalId: g.goal_id,
        domain: g.domain,
        ownWords: g.own_words,
        previousScore: g.previous_score,
        clientScore: g.client_score,
        otherScores: scores.filter((s) => s.evaluation_goal_id === g.id).map((s) => ({ label: s.rater_label, score: s.score })),
        wentWell: g.went_well,
        toChange: g.to_change,
      })),
      agreements: agreements.map((a) => ({ taskId: a.task_id, title: a.title, assigneeLabel: a.assignee_label, decision: a.decision, note: a.note })),
      wentWell: row.went_well,
      toChange: row.to_change,
    },
  };
}

async function findEvaluation(db: Db, scope: AccessScope, id: string, lock = false): Promise<EvaluationRow> {
  const row = await evaluations(db, scope)
    .where('id', '=', id)
    .$if(lock, (q) => q.forUpdate())
    .executeTakeFirst();
  if (!row) throw notFound({ nl: 'Deze evaluatie bestaat niet (meer).', en: 'This evaluation does not exist (any more).' });
  return row;
}

export function listEvaluations(ctx: Ctx, actor: Actor, clientId: string, requestId: string | null): Promise<EvaluationList> {
  return withClientAccess(ctx, actor, { clientId, category: 'plan', action: 'read', purpose: 'evaluaties van het plan bekijken', requestId }, async (db, scope) => {
    const rows = await evaluations(db, scope).orderBy('planned_on', 'desc').orderBy('created_at', 'desc').execute();
    const window = plannedOnWindow();
    return {
      evaluations: await summaries(db, scope, rows),
      people: await circlePeople(db, scope),
      canEdit: mayEdit(scope),
      plannedOnMin: window.min,
      plannedOnMax: window.max,
    };
  });
}

export function getEvaluation(ctx: Ctx, actor: Actor, clientId: string, id: string, requestId: string | null): Promise<EvaluationDetail> {
  return withClientAccess(ctx, actor, { clientId, category: 'plan', action: 'read', purpose: 'een evaluatie bekijken', requestId }, async (db, scope) =>
    buildDetail(db, scope, await findEvaluation(db, scope, id)),
  );
}

/** The yields named across all held evaluations, and each goal's scores over time. */
export function evaluationOverview(ctx: Ctx, actor: Actor, clientId: string, requestId: string | null): Promise<EvaluationOverview> {
  return withClientAccess(ctx, actor, { clientId, category: 'plan', action: 'read', purpose: 'opbrengst en voortgang van het plan bekijken', requestId }, async (db, scope) => {
    const held = await evaluations(db, scope).select(['yields']).where('status', '=', 'held').execute();
    const yields = Object.fromEntries(YIELDS.map((y) => [y, 0])) as Record<Yield, number>;
    for (const e of held) for (const y of e.yields) yields[y] += 1;
    const goals = await db
      .selectFrom('plan_goals')
      .select(['id', 'domain', 'own_words', 'status', 'score_now', 'score_target'])
      .where('region_id', '=', scope.regionId)
      .where('client_id', '=', scope.clientId)
      .orderBy('position')
      .orderBy('created_at')
      .execute();
    const points = goals.length
      ? await db
          .selectFrom('evaluation_goals as g')
          .innerJoin('evaluations as e', (j) => j.onRef('e.id', '=', 'g.evaluation_id').onRef('e.region_id', '=', 'g.region_id'))
          .select(['g.goal_id', 'e.held_on', 'g.client_score'])
          .where('e.region_id', '=', scope.regionId)
          .where('e.client_id', '=', scope.clientId)
          .where('e.status', '=', 'held')
          .where('g.client_score', 'is not', null)
          .orderBy('e.held_on')
          .orderBy('e.updated_at')
          .execute()
      : [];
    return {
      held: held.length,
      yields,
      goals: goals.map((g) => ({
        goalId: g.id,
        domain: g.domain,
        ownWords: g.own_words,
        status: g.status,
        scoreNow: g.score_now,
        scoreTarget: g.score_target,
        points: points.filter((p) => p.goal_id === g.id && p.held_on !== null && p.client_score !== null).map((p) => ({ on: p.held_on!, score: p.client_score! })),
      })),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Planning

async function checkInvitees(db: Db, scope: AccessScope, linkIds: readonly string[]): Promise<{ linkId: string; label: string }[]> {
  const unique = [...new Set(linkIds.map((l) => l.toLowerCase()))];
  const people = await circlePeople(db, scope);
  return unique.map((linkId, i) => {
    const p = people.find((x) => x.linkId === linkId);
    if (!p) throw invalid(`inviteeLinkIds.${i}`, 'Deze persoon zit niet (meer) in de kring.', 'This person is not (or no longer) in the circle.');
    return { linkId, label: p.label };
  });
}

async function insertInvitees(trx: Db, regionId: string, evaluationId: string, invitees: { linkId: string | null; label: string }[]): Promise<void> {
  if (invitees.length === 0) return;
  await trx
    .insertInto('evaluation_invitees')
    .values(invitees.map((i) => ({ region_id: regionId, evaluation_id: evaluationId, link_id: i.linkId, label: i.label })))
    .execute();
}

export async function scheduleEvaluation(ctx: Ctx, actor: Actor, clientId: string, input: ScheduleInput, requestId: string | null): Promise<EvaluationDetail> {
  failIfAny([plannedOnProblem('plannedOn', input.plannedOn)]);
  return withClientAccess(ctx, actor, { clientId, category: 'plan', action: 'create', purpose: 'evaluatie gepland', requestId }, async (db, scope) =>
    db.transaction().execute(async (trx) => {
      const invitees = await checkInvitees(trx, scope, input.inviteeLinkIds);
      const planId = await ensurePlan(trx, scope.regionId, scope.clientId, actor.userId);
      const row = await trx
        .insertInto('evaluations')
        .values({
          region_id: scope.regionId,
          client_id: scope.clientId,
          plan_id: planId,
          planned_on: input.plannedOn,
          agenda_note: input.agendaNote,
          scheduled_by: actor.userId,
          scheduled_by_label: actor.label,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await insertInvitees(trx, scope.regionId, row.id, invitees);
      await enqueueEvaluationReminder(ctx.jobs, trx, row);
      return buildDetail(trx, scope, row);
    }),
  );
}

/** Locks a planned evaluation; 409 with the current state when the version is old. */
async function lockPlanned(trx: Db, scope: AccessScope, id: string, version: number): Promise<EvaluationRow> {
  const row = await findEvaluation(trx, scope, id, true);
  if (row.version !== version) throw conflict(await buildDetail(trx, scope, row));
  if (row.status !== 'planned') throw notPlanned(row);
  return row;
}

export async function rescheduleEvaluation(ctx: Ctx, actor: Actor, clientId: string, id: string, input: RescheduleInput, requestId: string | null): Promise<EvaluationDetail> {
  return withClientAccess(ctx, actor, { clientId, category: 'plan', action: 'update', purpose: 'evaluatie verzet', requestId }, async (db, scope) => {
    // Checked once access is settled: someone without it learns nothing from the answer.
    failIfAny([plannedOnProblem('plannedOn', input.plannedOn)]);
    return db.transaction().execute(async (trx) => {
      await lockPlanned(trx, scope, id, input.version);
      const invitees = await checkInvitees(trx, scope, input.inviteeLinkIds);
      const row = await trx
        .updateTable('evaluations')
        .set((eb) => ({ planned_on: input.plannedOn, agenda_note: input.agendaNote, reminded_at: null, version: eb('version', '+', 1), updated_at: new Date() }))
        .where('region_id', '=', scope.regionId)
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await trx.deleteFrom('evaluation_invitees').where('region_id', '=', scope.regionId).where('evaluation_id', '=', id).execute();
      await insertInvitees(trx, scope.regionId, id, invitees);
      await enqueueEvaluationReminder(ctx.jobs, trx, row);
      return buildDetail(trx, scope, row);
    });
  });
}

export async function cancelEvaluation(ctx: Ctx, actor: Actor, clientId: string, id: string, version: number, requestId: string | null): Promise<EvaluationDetail> {
  return withClientAccess(ctx, actor, { clientId, category: 'plan', action: 'update', purpose: 'evaluatie afgezegd', requestId }, async (db, scope) =>
    db.transaction().execute(async (trx) => {
      await lockPlanned(trx, scope, id, version);
      const row = await trx
        .updateTable('evaluations')
        .set((eb) => ({ status: 'cancelled', version: eb('version', '+', 1), updated_at: new Date() }))
        .where('region_id', '=', scope.regionId)
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      return buildDetail(trx, scope, row);
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Holding

/** Problems in the form itself, found before anything is opened. */
function holdShapeProblems(input: HoldInput): (FieldProblem | null)[] {
  const dup = <T>(items: T[], key: (t: T) => string) => items.findIndex((x, i) => items.findIndex((y) => key(y) === key(x)) !== i);
  const goalDup = dup(input.goals, (g) => g.goalId.toLowerCase());
  const taskDup = dup(input.agreements, (a) => a.taskId.toLowerCase());
  return [
    goalDup >= 0 ? { field: `goals.${goalDup}.goalId`, nl: 'Dit doel staat er twee keer in.', en: 'This goal is listed twice.' } : null,
    taskDup >= 0 ? { field: `agreements.${taskDup}.taskId`, nl: 'Deze afspraak staat er twee keer in.', en: 'This agreement is listed twice.' } : null,
    ...input.goals.map((g, i) => {
      const j = dup(g.otherScores, (s) => s.linkId.toLowerCase());
      return j >= 0 ? { field: `goals.${i}.otherScores.${j}.linkId`, nl: 'Deze persoon gaf al een cijfer.', en: 'This person already gave a score.' } : null;
    }),
    input.nextPlannedOn !== null ? plannedOnProblem('nextPlannedOn', input.nextPlannedOn) : null,
  ];
}

/**
 * Holds the evaluation: the record, and the plan updated with it, in one transaction. The form
 * sends every running goal and agreement with the version it showed; when the plan changed since
 * (a goal added, reached or edited), nothing is saved and the caller gets 409 with the evaluation
 * as it is now, so the people look at the new plan before deciding.
 */
export async function holdEvaluation(ctx: Ctx, actor: Actor, clientId: string, id: string, input: HoldInput, requestId: string | null): Promise<EvaluationDetail> {
  return withClientAccess(ctx, actor, { clientId, category: 'plan', action: 'update', purpose: 'evaluatie gehouden', requestId }, async (db, scope) => {
    failIfAny(holdShapeProblems(input));
    return db.transaction().execute(async (trx) => {
      const evaluation = await lockPlanned(trx, scope, id, input.version);
      const goals = await trx
        .selectFrom('plan_goals')
        .select(['id', 'plan_id', 'domain', 'own_words', 'score_now', 'status', 'version'])
        .where('region_id', '=', scope.regionId)
        .where('client_id', '=', scope.clientId)
        .orderBy('position')
        .orderBy('created_at')
        .forUpdate()
        .execute();
      const tasks = await trx
        .selectFrom('plan_tasks')
        .select(['id', 'title', 'assignee_label', 'status', 'version'])
        .where('region_id', '=', scope.regionId)
        .where('client_id', '=', scope.clientId)
        .forUpdate()
        .execute();
      const people = await circlePeople(trx, scope);

      failIfAny([
        ...input.goals.map((g, i) =>
          goals.some((x) => x.id === g.goalId.toLowerCase()) ? null : { field: `goals.${i}.goalId`, nl: 'Dit doel hoort niet bij dit plan.', en: 'This goal is not part of this plan.' },
        ),
        ...input.goals.flatMap((g, i) =>
          g.otherScores.map((s, j) =>
            people.some((p) => p.linkId === s.linkId.toLowerCase())
              ? null
              : { field: `goals.${i}.otherScores.${j}.linkId`, nl: 'Deze persoon zit niet (meer) in de kring.', en: 'This person is not (or no longer) in the circle.' },
          ),
        ),
        ...input.agreements.map((a, i) =>
          tasks.some((x) => x.id === a.taskId.toLowerCase())
            ? null
            : { field: `agreements.${i}.taskId`, nl: 'Deze afspraak hoort niet bij dit plan.', en: 'This agreement is not part of this plan.' },
        ),
      ]);

      const activeGoals = goals.filter((g) => g.status === 'active');
      const runningTasks = tasks.filter((t) => RUNNING.includes(t.status));
      const goalSent = (goalId: string) => input.goals.find((g) => g.goalId.toLowerCase() === goalId);
      const taskSent = (taskId: string) => input.agreements.find((a) => a.taskId.toLowerCase() === taskId);
      const stale =
        activeGoals.some((g) => goalSent(g.id)?.version !== g.version) ||
        input.goals.length !== activeGoals.length ||
        runningTasks.some((t) => taskSent(t.id)?.version !== t.version) ||
        input.agreements.length !== runningTasks.length;
      if (stale) throw conflict(await buildDetail(trx, scope, evaluation));

      const today = todayInNl();
      for (const [position, goal] of activeGoals.entries()) {
        const sent = goalSent(goal.id)!;
        const record = await trx
          .insertInto('evaluation_goals')
          .values({
            region_id: scope.regionId,
            evaluation_id: id,
            goal_id: goal.id,
            domain: goal.domain,
            own_words: goal.own_words,
            previous_score: goal.score_now,
            client_score: sent.clientScore,
            went_well: sent.wentWell,
            to_change: sent.toChange,
            position,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        if (sent.otherScores.length) {
          await trx
            .insertInto('evaluation_scores')
            .values(
              sent.otherScores.map((s) => ({
                region_id: scope.regionId,
                evaluation_goal_id: record.id,
                rater_link_id: s.linkId.toLowerCase(),
                rater_label: people.find((p) => p.linkId === s.linkId.toLowerCase())!.label,
                score: s.score,
              })),
            )
            .execute();
        }
        if (sent.clientScore !== null) {
          await trx
            .updateTable('plan_goals')
            .set((eb) => ({ score_now: sent.clientScore, version: eb('version', '+', 1), updated_at: new Date() }))
            .where('region_id', '=', scope.regionId)
            .where('id', '=', goal.id)
            .execute();
        }
      }
      for (const task of runningTasks) {
        const sent = taskSent(task.id)!;
        await trx
          .insertInto('evaluation_agreements')
          .values({ region_id: scope.regionId, evaluation_id: id, task_id: task.id, title: task.title, assignee_label: task.assignee_label, decision: sent.decision, note: sent.note })
          .execute();
        if (sent.decision === 'stop') {
          await trx
            .updateTable('plan_tasks')
            .set((eb) => ({ status: 'stopped', version: eb('version', '+', 1), updated_at: new Date() }))
            .where('region_id', '=', scope.regionId)
            .where('id', '=', task.id)
            .execute();
        }
      }
      const held = await trx
        .updateTable('evaluations')
        .set((eb) => ({
          status: 'held',
          held_on: today,
          held_by: actor.userId,
          held_by_label: actor.label,
          went_well: input.wentWell,
          to_change: input.toChange,
          yields: [...new Set(input.yields)],
          version: eb('version', '+', 1),
          updated_at: new Date(),
        }))
        .where('region_id', '=', scope.regionId)
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await trx
        .updateTable('plans')
        .set((eb) => ({ version: eb('version', '+', 1), updated_at: new Date() }))
        .where('region_id', '=', scope.regionId)
        .where('id', '=', evaluation.plan_id)
        .execute();

      if (input.nextPlannedOn !== null) {
        const next = await trx
          .insertInto('evaluations')
          .values({
            region_id: scope.regionId,
            client_id: scope.clientId,
            plan_id: evaluation.plan_id,
            planned_on: input.nextPlannedOn,
            scheduled_by: actor.userId,
            scheduled_by_label: actor.label,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        const invitees = await trx.selectFrom('evaluation_invitees').select(['link_id', 'label']).where('region_id', '=', scope.regionId).where('evaluation_id', '=', id).execute();
        await insertInvitees(
          trx,
          scope.regionId,
          next.id,
          invitees.map((i) => ({ linkId: i.link_id, label: i.label })),
        );
        await enqueueEvaluationReminder(ctx.jobs, trx, next);
      }
      return buildDetail(trx, scope, held);
    });
  });
}

