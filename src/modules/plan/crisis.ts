import type { Selectable } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import { listAccessibleClients, todayInNl, withClientAccess, type AccessScope, type Actor } from '../../platform/access/index.js';
import { AppError, conflict, type FieldProblem } from '../../platform/errors.js';
import type { CrisisPlanPeopleTable, CrisisPlansTable } from './continuity-schema.js';
import { amsterdamAt, circleMembers, cleanList, failIfAny, isRealDay, mayWritePlan, memberLabel, ownLink, plusDays, plusMonths, problem, type Ctx } from './continuity-shared.js';
import type { CircleMember } from './continuity-model.js';
import type { CrisisDueList, CrisisPlanInput, CrisisPlanPage, CrisisPlanView, CrisisReviewInput } from './crisis-model.js';
import { ensurePlan } from './plan-row.js';

/**
 * The crisis and signal plan of a client: early signs, what helps, and who does what (with a phone
 * number only as shared). It must stay right in calm times, so it carries a review date (the
 * regisseur is reminded once, on that day) and is flagged when nobody looked at it for six months.
 */

export const CRISIS_REVIEW_JOB = 'continuity.crisis-review';
/** Not looked at for this long, a crisis plan is flagged. */
export const STALE_MONTHS = 6;

type PlanRow = Selectable<CrisisPlansTable>;
type PersonRow = Selectable<CrisisPlanPeopleTable>;

/** The review dates accepted today: from tomorrow to six months ahead, so the reminder comes before the flag. */
export function reviewWindow(now = new Date()): { min: string; max: string } {
  const today = todayInNl(now);
  return { min: plusDays(today, 1), max: plusMonths(today, STALE_MONTHS) };
}

function reviewOnProblem(reviewOn: string, now = new Date()): FieldProblem | null {
  const { min, max } = reviewWindow(now);
  if (!isRealDay(reviewOn)) return problem('reviewOn', 'Kies een datum die bestaat.', 'Choose a date that exists.');
  if (reviewOn < min) return problem('reviewOn', 'Kies een datum na vandaag.', 'Choose a date after today.');
  if (reviewOn > max) return problem('reviewOn', 'Kies een datum binnen zes maanden.', 'Choose a date within six months.');
  return null;
}

/** Not reviewed for six months (on the Dutch calendar). */
export const isOverdue = (reviewedAt: Date, now = new Date()): boolean => todayInNl(reviewedAt) <= plusMonths(todayInNl(now), -STALE_MONTHS);

function toView(plan: PlanRow, people: PersonRow[], now = new Date()): CrisisPlanView {
  const today = todayInNl(now);
  return {
    id: plan.id,
    earlySigns: plan.early_signs,
    whatHelps: plan.what_helps,
    people: people.map((p) => {
      const left = p.kind === 'member' && p.link_id === null;
      return {
        id: p.id,
        kind: p.kind,
        linkId: p.link_id,
        name: p.name,
        task: p.task,
        phone: left ? null : p.phone,
        phoneSharedBy: left || p.phone === null ? null : p.phone_shared_by_label,
        left,
      };
    }),
    reviewOn: plan.review_on,
    reviewedAt: plan.reviewed_at.toISOString(),
    reviewedBy: plan.reviewed_by_label,
    overdue: isOverdue(plan.reviewed_at, now),
    reviewDue: plan.review_on <= today,
    version: plan.version,
  };
}

async function load(db: Db, scope: Pick<AccessScope, 'regionId' | 'clientId'>, lock = false): Promise<{ plan: PlanRow; people: PersonRow[] } | null> {
  const plan = await db
    .selectFrom('crisis_plans')
    .selectAll()
    .where('region_id', '=', scope.regionId)
    .where('client_id', '=', scope.clientId)
    .$if(lock, (qb) => qb.forUpdate())
    .executeTakeFirst();
  if (!plan) return null;
  const people = await db.selectFrom('crisis_plan_people').selectAll().where('region_id', '=', scope.regionId).where('crisis_plan_id', '=', plan.id).orderBy('position').execute();
  return { plan, people };
}

export async function getCrisisPlan(ctx: Ctx, actor: Actor, clientId: string, requestId: string | null): Promise<CrisisPlanPage> {
  return withClientAccess(ctx, actor, { clientId, category: 'plan', action: 'read', purpose: 'het crisisplan bekijken', requestId }, async (db, scope) => {
    const found = await load(db, scope);
    const canEdit = mayWritePlan(scope);
    const window = reviewWindow();
    return {
      crisisPlan: found ? toView(found.plan, found.people) : null,
      canEdit,
      myLinkId: (await ownLink(db, scope, actor.userId))?.id ?? null,
      members: canEdit ? await circleMembers(db, scope) : [],
      reviewOnMin: window.min,
      reviewOnMax: window.max,
    };
  });
}

interface PersonValues {
  kind: 'member' | 'named';
  link_id: string | null;
  name: string;
  task: string;
  phone: string | null;
  phone_shared_by_user_id: string | null;
  phone_shared_by_label: string | null;
}

/**
 * Checks each "who does what" row and decides whose phone number may be kept: a member's own number
 * only from that member (or as it was already shared), a named person's number as written down.
 */
function peopleRows(input: CrisisPlanInput, members: CircleMember[], myLinkId: string | null, actor: Actor, previous: PersonRow[]): PersonValues[] {
  const byLink = new Map(members.map((m) => [m.linkId, m]));
  const problems: (FieldProblem | null)[] = [];
  const rows: PersonValues[] = input.people.map((p, i) => {
    const at = `people.${i}`;
    if (p.task.length < 2) problems.push(problem(`${at}.task`, 'Schrijf op wat deze persoon doet.', 'Write down what this person does.'));
    if (p.kind === 'member') {
      const m = p.linkId ? byLink.get(p.linkId) : undefined;
      if (!m) {
        problems.push(problem(`${at}.linkId`, 'Kies iemand uit de kring.', 'Choose someone from the circle.'));
        return { kind: 'member', link_id: null, name: '', task: p.task, phone: null, phone_shared_by_user_id: null, phone_shared_by_label: null };
      }
      const before = previous.find((r) => r.kind === 'member' && r.link_id === m.linkId && r.phone !== null);
      let phone: Pick<PersonValues, 'phone' | 'phone_shared_by_user_id' | 'phone_shared_by_label'> = { phone: null, phone_shared_by_user_id: null, phone_shared_by_label: null };
      if (m.linkId === myLinkId) {
        if (p.phone) phone = { phone: p.phone, phone_shared_by_user_id: actor.userId, phone_shared_by_label: actor.label };
      } else if (p.phone !== null && p.phone === before?.phone) {
        phone = { phone: before.phone, phone_shared_by_user_id: before.phone_shared_by_user_id, phone_shared_by_label: before.phone_shared_by_label };
      } else if (p.phone !== null) {
        problems.push(
          problem(
            `${at}.phone`,
            `Alleen ${m.name} kan een eigen telefoonnummer delen. Laat dit veld leeg.`,
            `Only ${m.name} can share their own phone number. Leave this field empty.`,
          ),
        );
      }
      return { kind: 'member', link_id: m.linkId, name: memberLabel(m), task: p.task, ...phone };
    }
    const name = p.name ?? '';
    if (name.length < 2) problems.push(problem(`${at}.name`, 'Schrijf de naam op, of wie het is (bijvoorbeeld: huisarts).', 'Write the name, or who it is (for example: GP).'));
    const before = previous.find((r) => r.kind === 'named' && r.name === name && r.phone !== null && r.phone === p.phone);
    const phone = p.phone
      ? before
        ? { phone: p.phone, phone_shared_by_user_id: before.phone_shared_by_user_id, phone_shared_by_label: before.phone_shared_by_label }
        : { phone: p.phone, phone_shared_by_user_id: actor.userId, phone_shared_by_label: actor.label }
      : { phone: null, phone_shared_by_user_id: null, phone_shared_by_label: null };
    return { kind: 'named', link_id: null, name, task: p.task, ...phone };
  });
  failIfAny(problems);
  return rows;
}

async function enqueueReview(ctx: Ctx, trx: Db, plan: Pick<PlanRow, 'id' | 'region_id' | 'review_on'>): Promise<void> {
  // One reminder per crisis plan and review date, however often the plan is saved with that date.
  await ctx.jobs.enqueue(
    CRISIS_REVIEW_JOB,
    { crisisPlanId: plan.id, reviewOn: plan.review_on },
    { runAt: amsterdamAt(plan.review_on, 8), regionId: plan.region_id, uniqueKey: `${CRISIS_REVIEW_JOB}:${plan.id}:${plan.review_on}` },
    trx,
  );
}

const currentOf = async (db: Db, scope: AccessScope) => {
  const found = await load(db, scope);
  return found ? toView(found.plan, found.people) : null;
};

/** Saves the whole crisis plan; saving is also looking at it, so it counts as reviewed today. */
export async function saveCrisisPlan(ctx: Ctx, actor: Actor, clientId: string, input: CrisisPlanInput, requestId: string | null): Promise<CrisisPlanView> {
  const action = input.version === 0 ? 'create' : 'update';
  return withClientAccess(ctx, actor, { clientId, category: 'plan', action, purpose: 'het crisisplan bijwerken', requestId }, async (db, scope) => {
    const earlySigns = cleanList(input.earlySigns);
    const whatHelps = cleanList(input.whatHelps);
    failIfAny([
      reviewOnProblem(input.reviewOn),
      earlySigns.length + whatHelps.length + input.people.length === 0 &&
        problem('earlySigns', 'Schrijf minstens één signaal op, of wat helpt.', 'Write down at least one sign, or what helps.'),
    ]);
    const saved = await db.transaction().execute(async (trx) => {
      const found = await load(trx, scope, true);
      if ((found?.plan.version ?? 0) !== input.version) return { stale: true as const };
      const members = await circleMembers(trx, scope);
      const myLinkId = (await ownLink(trx, scope, actor.userId))?.id ?? null;
      const rows = peopleRows(input, members, myLinkId, actor, found?.people ?? []);
      const now = new Date();
      const values = {
        early_signs: JSON.stringify(earlySigns),
        what_helps: JSON.stringify(whatHelps),
        review_on: input.reviewOn,
        reviewed_at: now,
        reviewed_by_label: actor.label,
        updated_at: now,
      };
      let plan: PlanRow | undefined;
      if (found) {
        plan = await trx
          .updateTable('crisis_plans')
          .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
          .where('region_id', '=', scope.regionId)
          .where('id', '=', found.plan.id)
          .returningAll()
          .executeTakeFirstOrThrow();
        await trx.deleteFrom('crisis_plan_people').where('region_id', '=', scope.regionId).where('crisis_plan_id', '=', plan.id).execute();
      } else {
        const planId = await ensurePlan(trx, scope.regionId, scope.clientId, actor.userId);
        // Two first saves at once: the second finds the row taken and gets 409 with the first.
        plan = await trx
          .insertInto('crisis_plans')
          .values({ region_id: scope.regionId, client_id: scope.clientId, plan_id: planId, created_by: actor.userId, ...values })
          .onConflict((oc) => oc.column('client_id').doNothing())
          .returningAll()
          .executeTakeFirst();
        if (!plan) return { stale: true as const };
      }
      const people = rows.length
        ? await trx
            .insertInto('crisis_plan_people')
            .values(rows.map((r, position) => ({ ...r, region_id: scope.regionId, client_id: scope.clientId, crisis_plan_id: plan.id, position })))
            .returningAll()
            .execute()
        : [];
      await enqueueReview(ctx, trx, plan);
      return { stale: false as const, view: toView(plan, people.sort((a, b) => a.position - b.position)) };
    });
    if (saved.stale) throw conflict(await currentOf(db, scope));
    return saved.view;
  });
}

/** "Besproken, klopt nog": looked at together, still right, with the next review date. */
export async function reviewCrisisPlan(ctx: Ctx, actor: Actor, clientId: string, input: CrisisReviewInput, requestId: string | null): Promise<CrisisPlanView> {
  return withClientAccess(ctx, actor, { clientId, category: 'plan', action: 'update', purpose: 'het crisisplan nagekeken', requestId }, async (db, scope) => {
    failIfAny([reviewOnProblem(input.reviewOn)]);
    const saved = await db.transaction().execute(async (trx) => {
      const found = await load(trx, scope, true);
      // No crisis plan is version 0: someone who saw one that is gone gets 409 with "none".
      if (!found || found.plan.version !== input.version) return null;
      const now = new Date();
      const plan = await trx
        .updateTable('crisis_plans')
        .set((eb) => ({ review_on: input.reviewOn, reviewed_at: now, reviewed_by_label: actor.label, updated_at: now, version: eb('version', '+', 1) }))
        .where('region_id', '=', scope.regionId)
        .where('id', '=', found.plan.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await enqueueReview(ctx, trx, plan);
      return toView(plan, found.people);
    });
    if (saved === null) throw conflict(await currentOf(db, scope));
    return saved;
  });
}

/**
 * For a professional: the crisis plans of their clients that are overdue (six months without a
 * look) or whose review date has come. Names come from the logged client list; each plan shown is
 * a logged read of that client's plan, and a plan the professional may not read is left out.
 */
export async function crisisPlansDue(ctx: Ctx, actor: Actor, requestId: string | null, now = new Date()): Promise<CrisisDueList> {
  const clients = await listAccessibleClients(ctx, actor, { purpose: 'crisisplannen om na te kijken', requestId, relations: ['professional'], limit: 500 });
  if (clients.length === 0) return { items: [] };
  const today = todayInNl(now);
  const staleBefore = plusMonths(today, -STALE_MONTHS);
  // Ids and dates only, to know which plans to open; the plans themselves are read through platform/access.
  const due = await ctx.db
    .selectFrom('crisis_plans')
    .select(['client_id', 'reviewed_at', 'review_on'])
    .where('region_id', '=', actor.regionId)
    .where(
      'client_id',
      'in',
      clients.map((c) => c.id),
    )
    .execute();
  const candidates = due.filter((d) => d.review_on <= today || todayInNl(d.reviewed_at) <= staleBefore);
  const items: CrisisDueList['items'] = [];
  for (const d of candidates) {
    const client = clients.find((c) => c.id === d.client_id);
    if (!client) continue;
    try {
      const plan = await withClientAccess(ctx, actor, { clientId: d.client_id, category: 'plan', action: 'read', purpose: 'crisisplan om na te kijken', requestId }, (db, scope) => load(db, scope));
      if (!plan) continue;
      const view = toView(plan.plan, plan.people, now);
      items.push({ clientId: d.client_id, clientName: `${client.firstName} ${client.lastName}`, reviewOn: view.reviewOn, reviewedAt: view.reviewedAt, overdue: view.overdue, reviewDue: view.reviewDue });
    } catch (err) {
      if (err instanceof AppError && (err.status === 403 || err.status === 404)) continue;
      throw err;
    }
  }
  items.sort((a, b) => a.reviewedAt.localeCompare(b.reviewedAt));
  return { items };
}
