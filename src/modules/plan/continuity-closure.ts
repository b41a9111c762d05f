import type { Db } from '../../platform/db/database.js';
import { circleMembersAccess, todayInNl, withClientAccess, type AccessScope, type Actor } from '../../platform/access/index.js';
import { conflict, forbidden, invalid } from '../../platform/errors.js';
import { leaveCircle, passRegisseurRole, regisseurCandidate, removeFromCircle } from '../consent/service.js';
import type { StoppedTask } from './continuity-schema.js';
import type { CloseInput, ContinuityPage, EndInvolvementInput, ReopenInput } from './continuity-model.js';
import { planClosedMail, planReopenedMail, tasksHandedOverMail, type MailText } from './continuity-mails.js';
import { circleMembers, failIfAny, memberLabel, problem, steersPlan, type Ctx } from './continuity-shared.js';
import { buildContinuityPage } from './continuity.js';
import { ensurePlan } from './service.js';

/**
 * Closure and hand-over (report 004 K 61–62): a plan is closed with a summary for the network
 * ("afronding", "los laten") and can be opened again when things get hard; a professional who stops
 * hands over their open agreements with a summary and then leaves the circle.
 */

/** Agreements still running: closing the plan stops these, and re-opening restores them. */
const RUNNING = ['open', 'asked', 'accepted', 'returned'] as const;
/** Agreements a professional still carries: they move to the successor. */
const CARRIED = ['asked', 'accepted', 'declined'] as const;

/** Everyone in the circle who may read the plan, and the client's own account; never the actor. */
async function networkAddresses(db: Db, scope: Pick<AccessScope, 'regionId' | 'clientId'>, exceptUserId: string): Promise<{ email: string; locale: 'nl' | 'en' }[]> {
  const members = await circleMembersAccess(db, scope.regionId, scope.clientId, 'plan');
  const client = await db.selectFrom('clients').select('user_id').where('region_id', '=', scope.regionId).where('id', '=', scope.clientId).executeTakeFirst();
  const ids = new Set(members.filter((m) => m.mayRead).map((m) => m.userId));
  if (client?.user_id) ids.add(client.user_id);
  ids.delete(exceptUserId);
  if (ids.size === 0) return [];
  return db.selectFrom('users').select(['email', 'locale']).where('region_id', '=', scope.regionId).where('status', '=', 'active').where('id', 'in', [...ids]).execute();
}

async function tell(ctx: Ctx, regionId: string, people: { email: string; locale: 'nl' | 'en' }[], mail: (locale: 'nl' | 'en') => MailText): Promise<void> {
  for (const p of people) await ctx.mail.send({ regionId, to: p.email, ...mail(p.locale) });
}

const linkTo = (ctx: Ctx, clientId: string, page: string) => `${ctx.config.publicUrl}/clienten/${clientId}/${page}`;

const lockPlan = (trx: Db, scope: AccessScope) =>
  trx.selectFrom('plans').select(['id', 'status', 'version']).where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).forUpdate().executeTakeFirst();

/**
 * Closes the plan with a summary for the network. Agreements still running stop with it; the
 * closing row keeps which ones and how they stood, so re-opening can restore them.
 */
export async function closePlan(ctx: Ctx, actor: Actor, clientId: string, input: CloseInput, requestId: string | null): Promise<ContinuityPage> {
  return withClientAccess(ctx, actor, { clientId, category: 'plan', action: 'update', purpose: 'het plan afronden', requestId }, async (db, scope) => {
    if (!steersPlan(scope)) throw forbidden({ nl: 'Alleen de cliënt, wie beslist of een professional kan het plan afronden.', en: 'Only the client, whoever decides or a professional can complete the plan.' });
    failIfAny([input.summary.length < 10 && problem('summary', 'Schrijf een korte samenvatting voor de kring (minstens een zin).', 'Write a short summary for the circle (at least one sentence).')]);
    const done = await db.transaction().execute(async (trx) => {
      // A circle whose work ends before any goal was written still gets its closing (version 0: no plan yet).
      const plan = await lockPlan(trx, scope);
      if (plan ? plan.version !== input.version || plan.status === 'closed' : input.version !== 0) return false;
      const planId = plan?.id ?? (await ensurePlan(trx, scope.regionId, scope.clientId, actor.userId));
      const running = await trx
        .selectFrom('plan_tasks')
        .select(['id', 'status'])
        .where('region_id', '=', scope.regionId)
        .where('plan_id', '=', planId)
        .where('status', 'in', RUNNING)
        .execute();
      const stopped: StoppedTask[] = running.map((t) => ({ id: t.id, status: t.status }));
      if (stopped.length) {
        await trx
          .updateTable('plan_tasks')
          .set((eb) => ({ status: 'stopped', version: eb('version', '+', 1), updated_at: new Date() }))
          .where('region_id', '=', scope.regionId)
          .where(
            'id',
            'in',
            stopped.map((t) => t.id),
          )
          .execute();
      }
      const now = new Date();
      await trx
        .updateTable('plans')
        .set((eb) => ({ status: 'closed', closed_at: now, closing_summary: input.summary, version: eb('version', '+', 1), updated_at: now }))
        .where('id', '=', planId)
        .execute();
      await trx
        .insertInto('plan_closures')
        .values({ region_id: scope.regionId, client_id: scope.clientId, plan_id: planId, kind: 'closed', summary: input.summary, stopped_tasks: JSON.stringify(stopped), by_user_id: actor.userId, by_label: actor.label })
        .execute();
      return true;
    });
    if (!done) throw conflict(await buildContinuityPage(db, scope, actor));
    await tell(ctx, scope.regionId, await networkAddresses(db, scope, actor.userId), (l) => planClosedMail(l, linkTo(ctx, scope.clientId, 'plan/continuiteit')));
    return buildContinuityPage(db, scope, actor);
  });
}

/** "Als het toch moeilijk gaat kunnen de mensen weer terug komen": the plan opens again, its history stays. */
export async function reopenPlan(ctx: Ctx, actor: Actor, clientId: string, input: ReopenInput, requestId: string | null): Promise<ContinuityPage> {
  return withClientAccess(ctx, actor, { clientId, category: 'plan', action: 'update', purpose: 'het plan weer openen', requestId }, async (db, scope) => {
    if (!steersPlan(scope)) throw forbidden({ nl: 'Alleen de cliënt, wie beslist of een professional kan het plan weer openen.', en: 'Only the client, whoever decides or a professional can open the plan again.' });
    failIfAny([input.note.length < 3 && problem('note', 'Schrijf kort op waarom het plan weer open gaat.', 'Write briefly why the plan opens again.')]);
    const done = await db.transaction().execute(async (trx) => {
      const plan = await lockPlan(trx, scope);
      if (!plan || plan.version !== input.version || plan.status !== 'closed') return false;
      const last = await trx
        .selectFrom('plan_closures')
        .select('stopped_tasks')
        .where('region_id', '=', scope.regionId)
        .where('plan_id', '=', plan.id)
        .where('kind', '=', 'closed')
        .orderBy('created_at', 'desc')
        .executeTakeFirst();
      const restored: StoppedTask[] = [];
      for (const t of last?.stopped_tasks ?? []) {
        // Only what is still stopped from the closing; a member who left meanwhile no longer carries it.
        const row = await trx
          .selectFrom('plan_tasks')
          .select(['id', 'status', 'assignee_kind', 'assignee_link_id', 'assignee_label'])
          .where('region_id', '=', scope.regionId)
          .where('id', '=', t.id)
          .executeTakeFirst();
        if (!row || row.status !== 'stopped') continue;
        // Its member left while the plan was closed: back to the regisseur, as the plan does on leaving.
        const orphaned = row.assignee_kind === 'member' && row.assignee_link_id === null;
        const status = orphaned ? 'returned' : (t.status as 'open' | 'asked' | 'accepted' | 'returned');
        await trx
          .updateTable('plan_tasks')
          .set((eb) => ({
            status,
            ...(orphaned ? { assignee_kind: 'open' as const, returned_from_label: row.assignee_label } : {}),
            version: eb('version', '+', 1),
            updated_at: new Date(),
          }))
          .where('id', '=', row.id)
          .execute();
        restored.push({ id: row.id, status });
      }
      const now = new Date();
      await trx
        .updateTable('plans')
        .set((eb) => ({ status: 'open', closed_at: null, closing_summary: null, version: eb('version', '+', 1), updated_at: now }))
        .where('id', '=', plan.id)
        .execute();
      await trx
        .insertInto('plan_closures')
        .values({ region_id: scope.regionId, client_id: scope.clientId, plan_id: plan.id, kind: 'reopened', summary: input.note, stopped_tasks: JSON.stringify(restored), by_user_id: actor.userId, by_label: actor.label })
        .execute();
      return true;
    });
    if (!done) throw conflict(await buildContinuityPage(db, scope, actor));
    await tell(ctx, scope.regionId, await networkAddresses(db, scope, actor.userId), (l) => planReopenedMail(l, linkTo(ctx, scope.clientId, 'plan/continuiteit')));
    return buildContinuityPage(db, scope, actor);
  });
}

export interface EndedInvolvement {
  handoverId: string;
  tasksMoved: number;
  /** The actor ended their own involvement and is no longer in the circle. */
  left: boolean;
}

/**
 * A professional stops: their open agreements go to the successor (asked again, since nobody is
 * assigned silently) or become open, the hand-over with its summary is kept for the network, and
 * then the professional leaves the circle through the consent service: on their own (leaveCircle),
 * or removed by whoever decides for the client (removeFromCircle).
 *
 * The hand-over and the leaving are two steps: the circle's own transaction cannot run inside this
 * one. The link's version is checked first, so a stale request changes nothing; if the leaving still
 * fails, the agreements have moved and the professional can leave again from the circle page.
 */
export async function endInvolvement(ctx: Ctx, actor: Actor, clientId: string, input: EndInvolvementInput, requestId: string | null): Promise<EndedInvolvement> {
  const handed = await withClientAccess(ctx, actor, { clientId, category: 'plan', action: 'update', purpose: 'betrokkenheid van een professional afronden', requestId }, async (db, scope) => {
    const target = await db
      .selectFrom('client_links as l')
      .innerJoin('users as u', (j) => j.onRef('u.id', '=', 'l.user_id').onRef('u.region_id', '=', 'l.region_id'))
      .select(['l.id', 'l.user_id', 'l.relation', 'l.label', 'l.version', 'u.display_name'])
      .where('l.region_id', '=', scope.regionId)
      .where('l.client_id', '=', scope.clientId)
      .where('l.id', '=', input.linkId)
      .executeTakeFirst();
    const own = target?.user_id === actor.userId;
    const decides = scope.relation === 'self' || scope.decidesAs !== null;
    if (target && !own && !decides) {
      throw forbidden({ nl: 'Alleen de professional zelf of wie beslist kan dit doen.', en: 'Only the professional themselves or whoever decides can do this.' });
    }
    if (!target && !decides) throw forbidden();
    if (!target || target.relation !== 'professional') throw invalid('linkId', 'Kies een professional uit de kring.', 'Choose a professional from the circle.');
    const members = await circleMembers(db, scope);
    const successor = input.successorLinkId ? members.find((m) => m.linkId === input.successorLinkId) : undefined;
    failIfAny([
      input.summary.length < 10 && problem('summary', 'Schrijf een korte samenvatting voor de kring (minstens een zin).', 'Write a short summary for the circle (at least one sentence).'),
      input.successorLinkId !== null &&
        (!successor || successor.linkId === target.id || !successor.mayReadPlan) &&
        problem('successorLinkId', 'Kies iemand anders uit de kring die het plan mag zien.', 'Choose someone else from the circle who may see the plan.'),
    ]);
    if (target.version !== input.version) throw conflict(await buildContinuityPage(db, scope, actor));
    const leaving = memberLabel({ name: target.display_name, label: target.label });
    const result = await db.transaction().execute(async (trx) => {
      const carried = await trx
        .selectFrom('plan_tasks')
        .select('id')
        .where('region_id', '=', scope.regionId)
        .where('client_id', '=', scope.clientId)
        .where('assignee_link_id', '=', target.id)
        .where('status', 'in', CARRIED)
        .execute();
      const ids = carried.map((t) => t.id);
      if (ids.length) {
        const now = new Date();
        const common = { returned_from_label: leaving, response_note: null, responded_at: null, asked_by: actor.userId, asked_by_label: actor.label, updated_at: now };
        await trx
          .updateTable('plan_tasks')
          .set((eb) => ({
            ...common,
            ...(successor
              ? { assignee_kind: 'member' as const, assignee_link_id: successor.linkId, assignee_label: memberLabel(successor), status: successor.userId === actor.userId ? ('accepted' as const) : ('asked' as const) }
              : { assignee_kind: 'open' as const, assignee_link_id: null, assignee_label: null, status: 'open' as const }),
            version: eb('version', '+', 1),
          }))
          .where('region_id', '=', scope.regionId)
          .where('id', 'in', ids)
          .execute();
      }
      // The regisseur role does not leave with the professional: it goes to the successor when they can
      // hold it, and otherwise the circle has no regisseur until someone takes it up.
      const circle = await trx.selectFrom('circles').select('regisseur_user_id').where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).executeTakeFirst();
      if (circle && circle.regisseur_user_id === target.user_id) {
        const heir = successor ? await regisseurCandidate(trx, scope.regionId, scope.clientId, successor.userId) : null;
        await passRegisseurRole(trx, {
          regionId: scope.regionId,
          clientId: scope.clientId,
          from: { userId: target.user_id, label: leaving },
          to: heir && successor ? { userId: successor.userId, label: heir.label } : null,
          note: input.summary,
          on: todayInNl(),
          by: { userId: actor.userId, label: actor.label },
          circleExists: true,
        });
      }
      const row = await trx
        .insertInto('involvement_handovers')
        .values({
          region_id: scope.regionId,
          client_id: scope.clientId,
          professional_user_id: target.user_id,
          professional_label: leaving,
          summary: input.summary,
          successor_link_id: successor?.linkId ?? null,
          successor_label: successor ? memberLabel(successor) : null,
          tasks_moved: ids.length,
          recorded_by: actor.userId,
          recorded_by_label: actor.label,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { handoverId: row.id, tasksMoved: ids.length };
    });
    const notify =
      successor && result.tasksMoved > 0 && successor.userId !== actor.userId
        ? await db.selectFrom('users').select(['email', 'locale']).where('id', '=', successor.userId).where('status', '=', 'active').execute()
        : [];
    return { ...result, own, linkId: target.id, version: target.version, notify, clientId: scope.clientId, regionId: scope.regionId };
  });
  if (handed.own) await leaveCircle(ctx, actor, clientId, handed.version, requestId);
  else await removeFromCircle(ctx, actor, clientId, handed.linkId, handed.version, requestId);
  await tell(ctx, handed.regionId, handed.notify, (l) => tasksHandedOverMail(l, linkTo(ctx, handed.clientId, 'plan')));
  return { handoverId: handed.handoverId, tasksMoved: handed.tasksMoved, left: handed.own };
}
