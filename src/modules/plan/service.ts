import type { AppContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { withClientAccess, type AccessScope, type Actor } from '../../platform/access/index.js';
import { AppError, invalid } from '../../platform/errors.js';
import { listHandovers, onMemberAccessChanged } from '../consent/service.js';
import type { GoalView, MyTaskView, PlanView } from './model.js';
import { ensurePlan } from './plan-row.js';
import { returnTasksOf } from './tasks.js';
import { actorLinkId, goalView, loadGoals, loadTasks, offersOf, taskView } from './views.js';

export { ensurePlan } from './plan-row.js';
export { addGoal, updateGoal } from './goals.js';
export { addTask, updateTask, respondToTask, changeTaskStatus, recordReferralOutcome } from './tasks.js';
export { suggestAssignees, isOverloaded } from './suggestions.js';

type Ctx = Pick<AppContext, 'db' | 'audit' | 'log'>;

// A member who leaves or loses sight of the plan hands their tasks back (see tasks.ts).
onMemberAccessChanged(returnTasksOf);

const canEdit = (scope: AccessScope) => scope.relation === 'self' || scope.decidesAs !== null || scope.level === 'contribute';

/** The one plan of a client: goals, agreements, who keeps the overview and how that changed. */
export async function getPlan(ctx: Ctx, actor: Actor, clientId: string, requestId: string | null): Promise<PlanView> {
  const view = await withClientAccess(ctx, actor, { clientId, category: 'plan', action: 'read', purpose: 'het plan bekijken', requestId }, async (db, scope) => {
    const [client, plan, goals, tasks, regisseur, handovers, link] = await Promise.all([
      db.selectFrom('clients').select(['first_name', 'last_name']).where('region_id', '=', scope.regionId).where('id', '=', scope.clientId).executeTakeFirstOrThrow(),
      db.selectFrom('plans').selectAll().where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).executeTakeFirst(),
      loadGoals(db, scope.regionId, scope.clientId),
      loadTasks(db, scope.regionId, scope.clientId),
      regisseurOf(db, scope.regionId, scope.clientId),
      listHandovers(db, scope.regionId, scope.clientId),
      actorLinkId(db, scope.regionId, scope.clientId, actor.userId),
    ]);
    const offers = await offersOf(db, scope.regionId, tasks);
    const planView: PlanView = {
        clientId: scope.clientId,
        clientName: `${client.first_name} ${client.last_name}`,
        planId: plan?.id ?? null,
        status: plan?.status ?? 'none',
        closingSummary: plan?.closing_summary ?? null,
        version: plan?.version ?? 0,
        regisseur: regisseur.person,
        circleVersion: regisseur.version,
        handovers,
        goals: goals.map(goalView),
        tasks: tasks.map((t) => taskView(t, link, scope.relation === 'self', offers)),
        canEdit: canEdit(scope),
        family: null,
    };
    return { view: planView, familyId: plan?.family_id ?? null };
  });
  if (view.familyId) view.view.family = await familyOf(ctx, actor, view.familyId, view.view.clientId, requestId);
  return view.view;
}

async function regisseurOf(db: Db, regionId: string, clientId: string): Promise<{ person: PlanView['regisseur']; version: number }> {
  const row = await db
    .selectFrom('circles as c')
    .leftJoin('users as u', (j) => j.onRef('u.id', '=', 'c.regisseur_user_id').onRef('u.region_id', '=', 'c.region_id'))
    .select(['u.id', 'u.display_name', 'c.version'])
    .where('c.region_id', '=', regionId)
    .where('c.client_id', '=', clientId)
    .executeTakeFirst();
  return { person: row?.id && row.display_name ? { userId: row.id, label: row.display_name } : null, version: row?.version ?? 0 };
}

/**
 * "Eén gezin, één plan": the family shows each member's part, but each part stays under that member's
 * own consent — a part the actor may not read is left out, and each read is logged for its client.
 */
async function familyOf(ctx: Ctx, actor: Actor, familyId: string, ownClientId: string, requestId: string | null): Promise<PlanView['family']> {
  const family = await ctx.db.selectFrom('families').select(['id', 'name']).where('region_id', '=', actor.regionId).where('id', '=', familyId).executeTakeFirst();
  if (!family) return null;
  const others = await ctx.db.selectFrom('plans').select('client_id').where('region_id', '=', actor.regionId).where('family_id', '=', familyId).where('client_id', '<>', ownClientId).execute();
  const members: { clientId: string; name: string; goals: GoalView[] }[] = [];
  for (const o of others) {
    try {
      members.push(
        await withClientAccess(ctx, actor, { clientId: o.client_id, category: 'plan', action: 'read', purpose: 'het gezinsplan bekijken', requestId }, async (db, scope) => {
          const c = await db.selectFrom('clients').select(['first_name', 'last_name']).where('region_id', '=', scope.regionId).where('id', '=', scope.clientId).executeTakeFirstOrThrow();
          return { clientId: scope.clientId, name: `${c.first_name} ${c.last_name}`, goals: (await loadGoals(db, scope.regionId, scope.clientId)).map(goalView) };
        }),
      );
    } catch (err) {
      if (!(err instanceof AppError) || (err.status !== 403 && err.status !== 404)) throw err;
    }
  }
  return { id: family.id, name: family.name, members };
}

/** Joins two clients' plans into one family plan; the actor must be able to change both plans. */
export async function joinFamily(ctx: Ctx, actor: Actor, clientId: string, input: { name: string; withClientId: string }, requestId: string | null): Promise<void> {
  if (input.withClientId.toLowerCase() === clientId.toLowerCase()) throw invalid('withClientId', 'Kies een ander gezinslid.', 'Choose another family member.');
  const other = await withClientAccess(ctx, actor, { clientId: input.withClientId, category: 'plan', action: 'update', purpose: 'een gezinsplan maken', requestId }, async (db, scope) => {
    const planId = await ensurePlan(db, scope.regionId, scope.clientId, actor.userId);
    const row = await db.selectFrom('plans').select('family_id').where('id', '=', planId).executeTakeFirstOrThrow();
    return { planId, familyId: row.family_id };
  });
  await withClientAccess(ctx, actor, { clientId, category: 'plan', action: 'update', purpose: 'een gezinsplan maken', requestId }, (db, scope) =>
    db.transaction().execute(async (trx) => {
      const planId = await ensurePlan(trx, scope.regionId, scope.clientId, actor.userId);
      const own = await trx.selectFrom('plans').select('family_id').where('id', '=', planId).executeTakeFirstOrThrow();
      const familyId =
        own.family_id ??
        other.familyId ??
        (await trx.insertInto('families').values({ region_id: scope.regionId, name: input.name, created_by: actor.userId }).returning('id').executeTakeFirstOrThrow()).id;
      await trx
        .updateTable('plans')
        .set((eb) => ({ family_id: familyId, version: eb('version', '+', 1), updated_at: new Date() }))
        .where('region_id', '=', scope.regionId)
        .where('id', 'in', [planId, other.planId])
        .execute();
    }),
  );
}

/** Agreements with a schedule or a due date, for the agenda; callers hold agenda or plan access. */
export interface ScheduledTask {
  id: string;
  title: string;
  assigneeKind: 'client' | 'member' | 'open';
  assigneeLinkId: string | null;
  assigneeLabel: string | null;
  status: 'asked' | 'accepted';
  recurrence: string | null;
  localTime: string | null;
  durationMinutes: number | null;
  startsOn: string | null;
  untilOn: string | null;
  dueOn: string | null;
  location: string | null;
}

export async function scheduledTasks(db: Db, regionId: string, clientId: string): Promise<ScheduledTask[]> {
  const rows = await db
    .selectFrom('plan_tasks')
    .select(['id', 'title', 'assignee_kind', 'assignee_link_id', 'assignee_label', 'status', 'recurrence', 'local_time', 'duration_minutes', 'starts_on', 'until_on', 'due_on', 'location'])
    .where('region_id', '=', regionId)
    .where('client_id', '=', clientId)
    .where('status', 'in', ['asked', 'accepted'])
    .where((eb) => eb.or([eb('recurrence', 'is not', null), eb('due_on', 'is not', null)]))
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    assigneeKind: r.assignee_kind,
    assigneeLinkId: r.assignee_link_id,
    assigneeLabel: r.assignee_label,
    status: r.status as 'asked' | 'accepted',
    recurrence: r.recurrence,
    localTime: r.local_time,
    durationMinutes: r.duration_minutes,
    startsOn: r.starts_on,
    untilOn: r.until_on,
    dueOn: r.due_on,
    location: r.location,
  }));
}

/**
 * "Mijn taken": what is asked of me, what I carry, and — for a regisseur — what came back. Finding
 * the circles uses only my own links and roles; each circle's tasks are then read through
 * platform/access, so every look is in that client's log.
 */
export async function listMyTasks(ctx: Ctx, actor: Actor, requestId: string | null): Promise<MyTaskView[]> {
  const [asMember, asClient, asRegisseur] = await Promise.all([
    ctx.db
      .selectFrom('plan_tasks as t')
      .innerJoin('client_links as l', (j) => j.onRef('l.id', '=', 't.assignee_link_id').onRef('l.region_id', '=', 't.region_id'))
      .select('t.client_id')
      .distinct()
      .where('t.region_id', '=', actor.regionId)
      .where('l.user_id', '=', actor.userId)
      .where('t.status', 'in', ['asked', 'accepted'])
      .execute(),
    ctx.db.selectFrom('clients').select('id as client_id').where('region_id', '=', actor.regionId).where('user_id', '=', actor.userId).execute(),
    ctx.db.selectFrom('circles').select('client_id').where('region_id', '=', actor.regionId).where('regisseur_user_id', '=', actor.userId).execute(),
  ]);
  const regisseurOfIds = new Set(asRegisseur.map((r) => r.client_id));
  const clientIds = [...new Set([...asMember, ...asClient, ...asRegisseur].map((r) => r.client_id))];
  const out: MyTaskView[] = [];
  for (const clientId of clientIds) {
    try {
      const tasks = await withClientAccess(ctx, actor, { clientId, category: 'plan', action: 'read', purpose: 'mijn taken bekijken', requestId }, async (db, scope) => {
        const [client, rows, link] = await Promise.all([
          db.selectFrom('clients').select(['first_name', 'last_name']).where('region_id', '=', scope.regionId).where('id', '=', scope.clientId).executeTakeFirstOrThrow(),
          db
            .selectFrom('plan_tasks')
            .selectAll()
            .where('region_id', '=', scope.regionId)
            .where('client_id', '=', scope.clientId)
            .where('status', 'in', ['asked', 'accepted', 'returned', 'open'])
            .orderBy('created_at')
            .execute(),
          actorLinkId(db, scope.regionId, scope.clientId, actor.userId),
        ]);
        const clientName = `${client.first_name} ${client.last_name}`;
        const offers = await offersOf(db, scope.regionId, rows);
        return rows
          .map((t) => ({ ...taskView(t, link, scope.relation === 'self', offers), clientId: scope.clientId, clientName }))
          .filter((t) => (t.mine && (t.status === 'asked' || t.status === 'accepted')) || (t.status === 'returned' && regisseurOfIds.has(scope.clientId)));
      });
      out.push(...tasks);
    } catch (err) {
      // A circle whose plan I can no longer see simply has no tasks for me.
      if (!(err instanceof AppError) || (err.status !== 403 && err.status !== 404)) throw err;
    }
  }
  return out;
}

/** Below this many outcomes an offer shows no figures: a small count could point at a person. */
export const OUTCOME_MIN_COUNT = 5;

export interface OutcomeCounts {
  /** Null while fewer than OUTCOME_MIN_COUNT outcomes are known. */
  counts: Record<'went' | 'did-not-go' | 'did-not-fit', number> | null;
  minimum: number;
}

/**
 * How referrals to an offer turned out, over all plans of the region: numbers only, never which
 * client, and nothing at all below the minimum. For professionals choosing an offer and its owners.
 */
export async function referralOutcomeCounts(db: Db, regionId: string, offerId: string): Promise<OutcomeCounts> {
  const rows = await db
    .selectFrom('plan_tasks')
    .select(['referral_outcome'])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('region_id', '=', regionId)
    .where('offer_id', '=', offerId)
    .where('referral_outcome', 'is not', null)
    .groupBy('referral_outcome')
    .execute();
  const counts = { went: 0, 'did-not-go': 0, 'did-not-fit': 0 };
  for (const r of rows) if (r.referral_outcome) counts[r.referral_outcome] = Number(r.n);
  const total = counts.went + counts['did-not-go'] + counts['did-not-fit'];
  return { counts: total >= OUTCOME_MIN_COUNT ? counts : null, minimum: OUTCOME_MIN_COUNT };
}
