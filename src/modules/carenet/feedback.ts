import type { AppContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { todayInNl, withCaseAccess, type Actor, type CaseRow } from '../../platform/access/index.js';
import { conflict, forbidden, invalid, notFound } from '../../platform/errors.js';
import type { FeedbackAudience, FeedbackCause } from './case-schema.js';
import type { CaseView, MyCareWork } from './case-model.js';
import { caseEvent, newsMail, startLink } from './case-shared.js';
import { getCase } from './case-view.js';

type Ctx = Pick<AppContext, 'db' | 'audit' | 'log' | 'mail' | 'config'>;

/**
 * Feedback loops ("zo snel mogelijk terugkoppelen"): when a case closes or moves, the coordinator
 * tells the client what was discussed and decided (never for an anonymous case: nobody knows who),
 * the submitter hears the outcome as referrer, and the organisation's representative in the network
 * tells their own team. Returns who to notify after commit.
 */
export async function createFeedbackTasks(trx: Db, c: CaseRow, cause: FeedbackCause, outcome: string): Promise<{ email: string; locale: 'nl' | 'en' }[]> {
  const today = todayInNl();
  const [coordinator, representative] = await Promise.all([
    trx.selectFrom('care_case_coordinators').select('user_id').where('region_id', '=', c.region_id).where('case_id', '=', c.id).where('ended_at', 'is', null).executeTakeFirst(),
    trx
      .selectFrom('care_network_members')
      .select('user_id')
      .where('region_id', '=', c.region_id)
      .where('network_id', '=', c.network_id)
      .where('organisation_id', '=', c.submitted_org_id)
      .where('role', '=', 'representative')
      .where('active_from', '<=', today)
      .where((eb) => eb.or([eb('active_until', 'is', null), eb('active_until', '>=', today)]))
      .executeTakeFirst(),
  ]);
  const tasks: { audience: FeedbackAudience; owner: string }[] = [];
  if (c.mode !== 'anonymous') tasks.push({ audience: 'client', owner: coordinator?.user_id ?? c.submitted_by });
  tasks.push({ audience: 'referrer', owner: c.submitted_by });
  tasks.push({ audience: 'team', owner: representative?.user_id ?? c.submitted_by });
  await trx
    .insertInto('care_case_feedback_tasks')
    .values(tasks.map((t) => ({ region_id: c.region_id, case_id: c.id, audience: t.audience, cause, owner_user_id: t.owner, outcome })))
    .execute();
  const owners = [...new Set(tasks.map((t) => t.owner))];
  return trx.selectFrom('users').select(['email', 'locale']).where('region_id', '=', c.region_id).where('id', 'in', owners).execute();
}

export async function closeCase(ctx: Ctx, actor: Actor, caseId: string, input: { outcome: string; version: number }, requestId: string | null): Promise<CaseView> {
  const result = await withCaseAccess(ctx, actor, { caseId, action: 'update', purpose: 'casus afsluiten', requestId }, async (db, scope) => {
    const lead = scope.roles.some((r) => r === 'coordinator' || r === 'chair') || (scope.row.mode === 'anonymous' && scope.roles.includes('submitter'));
    if (!lead) throw forbidden({ nl: 'Alleen de coördinator of de voorzitter mag de casus afsluiten.', en: 'Only the coordinator or the chair may close the case.' });
    if (input.outcome.length < 5) throw invalid('outcome', 'Schrijf op wat er besproken en besloten is.', 'Write down what was discussed and decided.');
    if (scope.row.status !== 'open' && scope.row.version === input.version) throw invalid('outcome', 'Deze casus is al afgesloten of overgedragen.', 'This case is already closed or handed over.');
    return db.transaction().execute(async (trx) => {
      const r = await trx
        .updateTable('care_cases')
        .set({ status: 'closed', version: input.version + 1, updated_at: new Date() })
        .where('region_id', '=', scope.regionId)
        .where('id', '=', caseId)
        .where('version', '=', input.version)
        .where('status', '=', 'open')
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) === 0) return 'stale' as const;
      const owners = await createFeedbackTasks(trx, scope.row, 'closed', input.outcome);
      await caseEvent(trx, scope.regionId, caseId, actor, 'closed', input.outcome);
      return owners;
    });
  });
  if (result === 'stale') throw conflict(await getCase(ctx, actor, caseId, null, requestId));
  for (const o of result) await ctx.mail.send({ regionId: actor.regionId, to: o.email, ...newsMail(o.locale, startLink(ctx.config.publicUrl)) });
  return getCase(ctx, actor, caseId, null, requestId);
}

/** The start page's worklist: open feedback tasks and hand-overs waiting for my yes. Labels only. */
export async function myCareWork(ctx: Pick<AppContext, 'db'>, actor: Actor): Promise<MyCareWork> {
  const [feedback, handovers] = await Promise.all([
    ctx.db
      .selectFrom('care_case_feedback_tasks as f')
      .innerJoin('care_cases as c', (j) => j.onRef('c.id', '=', 'f.case_id').onRef('c.region_id', '=', 'f.region_id'))
      .select(['f.id', 'f.case_id', 'c.label', 'f.audience', 'f.cause', 'f.outcome', 'f.created_at', 'f.version'])
      .where('f.region_id', '=', actor.regionId)
      .where('f.owner_user_id', '=', actor.userId)
      .where('f.status', '=', 'open')
      .orderBy('f.created_at')
      .execute(),
    ctx.db
      .selectFrom('care_case_handovers as h')
      .innerJoin('care_cases as c', (j) => j.onRef('c.id', '=', 'h.case_id').onRef('c.region_id', '=', 'h.region_id'))
      .innerJoin('users as u', (j) => j.onRef('u.id', '=', 'h.created_by').onRef('u.region_id', '=', 'h.region_id'))
      .select(['h.id', 'h.case_id', 'c.label', 'u.display_name', 'h.summary', 'h.to_kind', 'h.created_at', 'h.version'])
      .where('h.region_id', '=', actor.regionId)
      .where('h.to_user_id', '=', actor.userId)
      .where('h.status', '=', 'waiting')
      .orderBy('h.created_at')
      .execute(),
  ]);
  return {
    feedback: feedback.map((f) => ({ id: f.id, caseId: f.case_id, label: f.label, audience: f.audience, cause: f.cause, outcome: f.outcome, createdAt: f.created_at.toISOString(), version: f.version })),
    handovers: handovers.map((h) => ({ id: h.id, caseId: h.case_id, label: h.label, from: h.display_name, summary: h.summary, toKind: h.to_kind, createdAt: h.created_at.toISOString(), version: h.version })),
  };
}

/** The owner marks their feedback task done, with a note of how they gave it. */
export async function finishFeedback(ctx: Pick<AppContext, 'db'>, actor: Actor, taskId: string, input: { note: string | null; version: number }): Promise<MyCareWork> {
  const task = await ctx.db.selectFrom('care_case_feedback_tasks').select(['owner_user_id', 'status', 'version']).where('region_id', '=', actor.regionId).where('id', '=', taskId).executeTakeFirst();
  if (!task || task.owner_user_id !== actor.userId) throw notFound();
  const r = await ctx.db
    .updateTable('care_case_feedback_tasks')
    .set({ status: 'done', done_at: new Date(), done_note: input.note, version: input.version + 1 })
    .where('region_id', '=', actor.regionId)
    .where('id', '=', taskId)
    .where('status', '=', 'open')
    .where('version', '=', input.version)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) throw conflict(await myCareWork(ctx, actor));
  return myCareWork(ctx, actor);
}
