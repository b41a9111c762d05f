import type { AppContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { circleMembersAccess, withClientAccess, type AccessScope, type Actor } from '../../platform/access/index.js';
import { conflict, forbidden, invalid, notFound } from '../../platform/errors.js';
import { isRealDate, type MemberTarget } from '../consent/service.js';
import { touchPlan } from './goals.js';
import type { AssigneeInput, ReferralOutcomeInput, TaskInput, TaskResponse, TaskStatusChange, TaskUpdate, TaskView } from './model.js';
import { ensurePlan } from './plan-row.js';
import type { AssigneeKind, PlanTasksTable, TaskStatus } from './schema.js';
import type { Updateable } from 'kysely';
import { actorLinkId, offersOf, taskView, type TaskRow } from './views.js';
import { offerLabels } from '../socialmap/service.js';

type Ctx = Pick<AppContext, 'db' | 'audit' | 'log' | 'mail' | 'config'>;

interface Assignment {
  kind: AssigneeKind;
  linkId: string | null;
  label: string | null;
  status: TaskStatus;
  /** Whom to tell that something is asked of them (after the transaction). */
  notify: { email: string; locale: 'nl' | 'en' } | null;
}

const canEdit = (scope: AccessScope) => scope.relation === 'self' || scope.decidesAs !== null || scope.level === 'contribute';

function checkDates(input: TaskInput): void {
  for (const field of ['startsOn', 'untilOn', 'dueOn'] as const) {
    const v = input[field];
    if (v !== null && !isRealDate(v)) throw invalid(field, 'Deze datum bestaat niet.', 'This date does not exist.');
  }
  if (input.startsOn && input.untilOn && input.untilOn < input.startsOn) throw invalid('untilOn', 'De einddatum ligt voor de begindatum.', 'The end date is before the start date.');
  if (input.recurrence !== null && (input.localTime === null || input.startsOn === null)) {
    throw invalid(input.localTime === null ? 'localTime' : 'startsOn', 'Een vaste afspraak heeft een tijd en een begindatum nodig.', 'A recurring agreement needs a time and a start date.');
  }
}

/**
 * Who the task is for and what that means for its status: nobody is assigned silently, so a task
 * for someone other than the writer waits for their answer. A member must be able to see the plan,
 * otherwise they could not answer; a client without an account agrees in the conversation itself.
 */
async function resolveAssignee(db: Db, scope: AccessScope, actor: Actor, a: AssigneeInput): Promise<Assignment> {
  if (a.kind === 'open') return { kind: 'open', linkId: null, label: null, status: 'open', notify: null };
  if (a.kind === 'client') {
    const c = await db
      .selectFrom('clients as c')
      .leftJoin('users as u', (j) => j.onRef('u.id', '=', 'c.user_id').onRef('u.region_id', '=', 'c.region_id'))
      .select(['c.first_name', 'c.last_name', 'c.user_id', 'u.email', 'u.locale', 'u.status'])
      .where('c.region_id', '=', scope.regionId)
      .where('c.id', '=', scope.clientId)
      .executeTakeFirstOrThrow();
    const label = `${c.first_name} ${c.last_name}`;
    if (scope.relation === 'self' || c.user_id === null || c.status !== 'active') return { kind: 'client', linkId: null, label, status: 'accepted', notify: null };
    return { kind: 'client', linkId: null, label, status: 'asked', notify: c.email ? { email: c.email, locale: c.locale ?? 'nl' } : null };
  }
  const member = (await circleMembersAccess(db, scope.regionId, scope.clientId, 'plan')).find((m) => m.linkId === a.linkId);
  if (!member) throw invalid('assignee.linkId', 'Deze persoon hoort niet bij de kring.', 'This person is not in the circle.');
  if (!member.mayRead) throw invalid('assignee.linkId', `${member.displayName} kan het plan niet zien. Vraag eerst of het plan gedeeld mag worden.`, `${member.displayName} cannot see the plan. Ask first whether the plan may be shared.`);
  const label = member.label ? `${member.displayName} (${member.label})` : member.displayName;
  if (member.userId === actor.userId) return { kind: 'member', linkId: member.linkId, label, status: 'accepted', notify: null };
  const user = await db.selectFrom('users').select(['email', 'locale']).where('region_id', '=', scope.regionId).where('id', '=', member.userId).executeTakeFirst();
  return { kind: 'member', linkId: member.linkId, label, status: 'asked', notify: user ? { email: user.email, locale: user.locale } : null };
}

/** Only an offer that is on the region's map now can be suggested or referred to. */
async function checkOffer(db: Db, regionId: string, offerId: string): Promise<void> {
  const label = (await offerLabels(db, regionId, [offerId])).get(offerId);
  if (!label?.visible) throw invalid('offer.id', 'Dit aanbod staat niet (meer) op de sociale kaart.', 'This offer is not (or no longer) on the social map.');
}

async function checkGoal(db: Db, scope: AccessScope, goalId: string | null): Promise<void> {
  if (goalId === null) return;
  const g = await db.selectFrom('plan_goals').select('id').where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).where('id', '=', goalId).executeTakeFirst();
  if (!g) throw invalid('goalId', 'Dit doel hoort niet bij dit plan.', 'This goal is not part of this plan.');
}

const fields = (input: TaskInput) => ({
  goal_id: input.goalId,
  title: input.title,
  details: input.details,
  frequency: input.frequency,
  recurrence: input.recurrence,
  local_time: input.localTime,
  duration_minutes: input.durationMinutes,
  starts_on: input.startsOn,
  until_on: input.untilOn,
  due_on: input.dueOn,
  location: input.location,
  cost_cents: input.costCents,
  cost_note: input.costNote,
  payer: input.payer,
  payer_note: input.payerNote,
});

/** The message says only that something waits in the app; the task itself stays behind the login. */
async function tellAsked(ctx: Ctx, regionId: string, to: Assignment['notify']): Promise<void> {
  if (!to) return;
  const link = `${ctx.config.publicUrl}/mijn-taken`;
  const mail =
    to.locale === 'en'
      ? { subject: 'Someone asked you to help', text: `Someone in a circle in Samenspel asked whether you can take on a task.\n\nLog in to read it and say yes or no: ${link}\n` }
      : { subject: 'Iemand vraagt of je wilt helpen', text: `Iemand in een kring in Samenspel vraagt of je een taak wilt doen.\n\nLog in om het te lezen en ja of nee te zeggen: ${link}\n` };
  await ctx.mail.send({ regionId, to: to.email, ...mail });
}

export async function addTask(ctx: Ctx, actor: Actor, clientId: string, input: TaskInput, requestId: string | null): Promise<TaskView> {
  checkDates(input);
  const { view, notify, regionId } = await withClientAccess(ctx, actor, { clientId, category: 'plan', action: 'create', purpose: 'een afspraak toevoegen aan het plan', requestId }, (db, scope) =>
    db.transaction().execute(async (trx) => {
      await checkGoal(trx, scope, input.goalId);
      if (input.offer) await checkOffer(trx, scope.regionId, input.offer.id);
      const who = await resolveAssignee(trx, scope, actor, input.assignee);
      const planId = await ensurePlan(trx, scope.regionId, scope.clientId, actor.userId);
      const row = await trx
        .insertInto('plan_tasks')
        .values({
          ...fields(input),
          region_id: scope.regionId,
          client_id: scope.clientId,
          plan_id: planId,
          assignee_kind: who.kind,
          assignee_link_id: who.linkId,
          assignee_label: who.label,
          status: who.status,
          asked_by: actor.userId,
          asked_by_label: actor.label,
          offer_id: input.offer?.id ?? null,
          referral_kind: input.offer?.kind ?? null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await touchPlan(trx, planId);
      const link = await actorLinkId(trx, scope.regionId, scope.clientId, actor.userId);
      return { view: taskView(row, link, scope.relation === 'self', await offersOf(trx, scope.regionId, [row])), notify: who.notify, regionId: scope.regionId };
    }),
  );
  await tellAsked(ctx, regionId, notify);
  return view;
}

async function currentOrMissing(db: Db, scope: AccessScope, taskId: string, actor: Actor): Promise<never> {
  const current = await db.selectFrom('plan_tasks').selectAll().where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).where('id', '=', taskId).executeTakeFirst();
  if (!current) throw notFound();
  throw conflict(taskView(current, await actorLinkId(db, scope.regionId, scope.clientId, actor.userId), scope.relation === 'self'));
}

/** Changing who does it asks the new person again; changing only the details keeps their answer. */
export async function updateTask(ctx: Ctx, actor: Actor, clientId: string, taskId: string, input: TaskUpdate, requestId: string | null): Promise<TaskView> {
  checkDates(input);
  const { view, notify, regionId } = await withClientAccess(ctx, actor, { clientId, category: 'plan', action: 'update', purpose: 'een afspraak in het plan aanpassen', requestId }, (db, scope) =>
    db.transaction().execute(async (trx) => {
      const before = await trx.selectFrom('plan_tasks').selectAll().where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).where('id', '=', taskId).forUpdate().executeTakeFirst();
      if (!before) throw notFound();
      if (before.version !== input.version) return currentOrMissing(trx, scope, taskId, actor);
      await checkGoal(trx, scope, input.goalId);
      const sameAssignee =
        before.assignee_kind === input.assignee.kind && (input.assignee.kind !== 'member' || before.assignee_link_id === input.assignee.linkId) && before.status !== 'returned';
      const who = sameAssignee ? null : await resolveAssignee(trx, scope, actor, input.assignee);
      const row = await trx
        .updateTable('plan_tasks')
        .set((eb) => ({
          ...fields(input),
          ...(who ? { assignee_kind: who.kind, assignee_link_id: who.linkId, assignee_label: who.label, status: who.status, response_note: null, responded_at: null, returned_from_label: null } : {}),
          version: eb('version', '+', 1),
          updated_at: new Date(),
        }))
        .where('id', '=', taskId)
        .returningAll()
        .executeTakeFirstOrThrow();
      await touchPlan(trx, row.plan_id);
      const link = await actorLinkId(trx, scope.regionId, scope.clientId, actor.userId);
      return { view: taskView(row, link, scope.relation === 'self'), notify: who?.notify ?? null, regionId: scope.regionId };
    }),
  );
  await tellAsked(ctx, regionId, notify);
  return view;
}

const isMine = (t: TaskRow, link: string | null, scope: AccessScope) =>
  (t.assignee_kind === 'member' && link !== null && t.assignee_link_id === link) || (t.assignee_kind === 'client' && scope.relation === 'self');

/**
 * The person asked says yes or no in their own account; no reason is needed to decline. Seeing the
 * plan is enough to answer what was asked of you (check 'answer').
 */
export async function respondToTask(ctx: Ctx, actor: Actor, clientId: string, taskId: string, input: TaskResponse, requestId: string | null): Promise<TaskView> {
  return withClientAccess(ctx, actor, { clientId, category: 'plan', action: 'update', check: 'answer', purpose: 'antwoorden op een gevraagde taak', requestId }, (db, scope) =>
    db.transaction().execute(async (trx) => {
      const link = await actorLinkId(trx, scope.regionId, scope.clientId, actor.userId);
      const t = await trx.selectFrom('plan_tasks').selectAll().where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).where('id', '=', taskId).forUpdate().executeTakeFirst();
      if (!t) throw notFound();
      if (!isMine(t, link, scope)) throw forbidden({ nl: 'Deze taak is aan iemand anders gevraagd.', en: 'This task was asked of someone else.' });
      if (t.version !== input.version) return currentOrMissing(trx, scope, taskId, actor);
      if (t.status !== 'asked' && !(t.status === 'accepted' && input.answer === 'decline')) {
        throw invalid('answer', 'Op deze taak is al geantwoord.', 'This task has already been answered.');
      }
      const row = await trx
        .updateTable('plan_tasks')
        .set((eb) => ({
          status: input.answer === 'accept' ? 'accepted' : 'declined',
          response_note: input.note,
          responded_at: new Date(),
          version: eb('version', '+', 1),
          updated_at: new Date(),
        }))
        .where('id', '=', taskId)
        .returningAll()
        .executeTakeFirstOrThrow();
      await touchPlan(trx, row.plan_id);
      return taskView(row, link, scope.relation === 'self', await offersOf(trx, scope.regionId, [row]));
    }),
  );
}

/**
 * A change the person who carries the task may make as well as anyone who may change the plan: read
 * access is enough to reach it (check 'answer'), the service then checks it is theirs or they may
 * edit, and the task's version guards the race. `change` says what to set, or throws.
 */
async function changeCarriedTask(
  ctx: Ctx,
  actor: Actor,
  clientId: string,
  taskId: string,
  version: number,
  purpose: string,
  requestId: string | null,
  change: (t: TaskRow, scope: AccessScope) => Updateable<PlanTasksTable>,
): Promise<TaskView> {
  return withClientAccess(ctx, actor, { clientId, category: 'plan', action: 'update', check: 'answer', purpose, requestId }, (db, scope) =>
    db.transaction().execute(async (trx) => {
      const link = await actorLinkId(trx, scope.regionId, scope.clientId, actor.userId);
      const t = await trx.selectFrom('plan_tasks').selectAll().where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).where('id', '=', taskId).forUpdate().executeTakeFirst();
      if (!t) throw notFound();
      if (!canEdit(scope) && !isMine(t, link, scope)) throw forbidden();
      const values = change(t, scope);
      if (t.version !== version) return currentOrMissing(trx, scope, taskId, actor);
      const row = await trx
        .updateTable('plan_tasks')
        .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: new Date() }))
        .where('id', '=', taskId)
        .returningAll()
        .executeTakeFirstOrThrow();
      await touchPlan(trx, row.plan_id);
      return taskView(row, link, scope.relation === 'self', await offersOf(trx, scope.regionId, [row]));
    }),
  );
}

/** Done or stopped: by whoever carries it, or by someone who may change the plan. */
export const changeTaskStatus = (ctx: Ctx, actor: Actor, clientId: string, taskId: string, input: TaskStatusChange, requestId: string | null): Promise<TaskView> =>
  changeCarriedTask(ctx, actor, clientId, taskId, input.version, 'de stand van een afspraak bijwerken', requestId, (t, scope) => {
    // Re-opening a finished agreement is for people who may change the plan, and only when someone carries it.
    if (input.status === 'accepted' && (!canEdit(scope) || !['done', 'stopped'].includes(t.status) || t.assignee_kind === 'open')) {
      throw invalid('status', 'Deze afspraak kan niet opnieuw gestart worden.', 'This agreement cannot be restarted.');
    }
    return { status: input.status };
  });

/**
 * How a suggestion or referral turned out — went, did not go, did not fit — said by the client's side,
 * the person who carries it, or someone who may change the plan. It can be corrected later.
 */
export const recordReferralOutcome = (ctx: Ctx, actor: Actor, clientId: string, taskId: string, input: ReferralOutcomeInput, requestId: string | null): Promise<TaskView> =>
  changeCarriedTask(ctx, actor, clientId, taskId, input.version, 'vastleggen hoe een verwijzing ging', requestId, (t) => {
    if (t.offer_id === null) throw invalid('outcome', 'Deze afspraak gaat niet over aanbod van de sociale kaart.', 'This agreement is not about an offer from the social map.');
    return { referral_outcome: input.outcome, referral_outcome_note: input.note, referral_outcome_at: new Date() };
  });

/**
 * Consent hook: a member who leaves or can no longer see the plan cannot carry its tasks; they go back
 * to the regisseur as 'returned', with the name kept so the plan still says who had it.
 */
export async function returnTasksOf(trx: Db, target: MemberTarget): Promise<void> {
  const open = await trx
    .selectFrom('plan_tasks')
    .select('id')
    .where('region_id', '=', target.regionId)
    .where('assignee_link_id', '=', target.linkId)
    .where('status', 'in', ['asked', 'accepted'])
    .execute();
  if (open.length === 0) return;
  if (!target.leaving) {
    const member = (await circleMembersAccess(trx, target.regionId, target.clientId, 'plan')).find((m) => m.linkId === target.linkId);
    if (member?.mayRead) return;
  }
  await trx
    .updateTable('plan_tasks')
    .set((eb) => ({
      status: 'returned',
      returned_from_label: eb.ref('assignee_label'),
      assignee_kind: 'open',
      assignee_link_id: null,
      version: eb('version', '+', 1),
      updated_at: new Date(),
    }))
    .where(
      'id',
      'in',
      open.map((o) => o.id),
    )
    .execute();
}
