import type { AppContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { withCaseAccess, type Actor, type CaseScope } from '../../platform/access/index.js';
import { conflict, forbidden, invalid, notFound } from '../../platform/errors.js';
import type { EscalationLevel } from './case-schema.js';
import type { CaseView, HandoverInput } from './case-model.js';
import { caseEvent, caseLink, newsMail, startLink } from './case-shared.js';
import { getCase } from './case-view.js';
import { createFeedbackTasks } from './feedback.js';
import { todayInNl } from '../../platform/access/index.js';

type Ctx = Pick<AppContext, 'db' | 'audit' | 'log' | 'mail' | 'config'>;

const onlyLead = () => forbidden({ nl: 'Alleen de coördinator of de voorzitter mag dit.', en: 'Only the coordinator or the chair may do this.' });
/** The coordinator leads a case; the chair may step in; without a coordinator the submitter. */
export const leads = (scope: CaseScope) => scope.roles.some((r) => r === 'coordinator' || r === 'chair');

async function professional(db: Db, regionId: string, userId: string) {
  return db
    .selectFrom('users as u')
    .innerJoin('user_roles as r', (j) => j.onRef('r.user_id', '=', 'u.id'))
    .select(['u.id', 'u.organisation_id', 'u.email', 'u.locale'])
    .where('u.region_id', '=', regionId)
    .where('u.id', '=', userId)
    .where('u.status', '=', 'active')
    .where('r.role', 'in', ['professional', 'netwerkvoorzitter', 'teamleider'])
    .executeTakeFirst();
}

async function bumpVersion(db: Db, regionId: string, caseId: string, version: number): Promise<boolean> {
  const r = await db
    .updateTable('care_cases')
    .set({ version: version + 1, updated_at: new Date() })
    .where('region_id', '=', regionId)
    .where('id', '=', caseId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** One coordinator per identified case ("één regisseur"); the earlier one stays in the history. */
export async function setCoordinator(ctx: Ctx, actor: Actor, caseId: string, input: { userId: string; version: number }, requestId: string | null): Promise<CaseView> {
  const stale = await withCaseAccess(ctx, actor, { caseId, action: 'update', purpose: 'casuscoördinator aanwijzen', requestId }, async (db, scope) => {
    if (!scope.roles.some((r) => r === 'chair' || r === 'submitter' || r === 'coordinator')) throw onlyLead();
    if (scope.row.mode === 'anonymous') throw invalid('userId', 'Een anonieme casus heeft geen coördinator: niemand weet over wie het gaat.', 'An anonymous case has no coordinator.');
    if (scope.row.status !== 'open') throw invalid('userId', 'Deze casus is afgesloten.', 'This case is closed.');
    const who = await professional(db, scope.regionId, input.userId);
    if (!who) throw invalid('userId', 'Kies een professional uit deze regio.', 'Choose a professional of this region.');
    return db.transaction().execute(async (trx) => {
      if (!(await bumpVersion(trx, scope.regionId, caseId, input.version))) return true;
      await trx.updateTable('care_case_coordinators').set({ ended_at: new Date() }).where('region_id', '=', scope.regionId).where('case_id', '=', caseId).where('ended_at', 'is', null).execute();
      await trx.insertInto('care_case_coordinators').values({ region_id: scope.regionId, case_id: caseId, user_id: who.id, organisation_id: who.organisation_id, assigned_by: actor.userId }).execute();
      await caseEvent(trx, scope.regionId, caseId, actor, 'coordinator');
      return false;
    });
  });
  if (stale) throw conflict(await getCase(ctx, actor, caseId, null, requestId));
  return getCase(ctx, actor, caseId, null, requestId);
}

/**
 * A warm hand-over to a named professional of another organisation, or to the regisseur of the
 * client's circle. It waits until the receiver accepts it in their own account.
 */
export async function startHandover(ctx: Ctx, actor: Actor, caseId: string, input: HandoverInput, requestId: string | null): Promise<CaseView> {
  const result = await withCaseAccess(ctx, actor, { caseId, action: 'share', purpose: 'warme overdracht van de casus', requestId }, async (db, scope) => {
    if (!leads(scope)) throw onlyLead();
    const c = scope.row;
    if (c.mode === 'anonymous') throw invalid('toUserId', 'Een anonieme casus kan niet warm worden overgedragen.', 'An anonymous case cannot be handed over.');
    if (c.status !== 'open') throw invalid('toUserId', 'Deze casus is afgesloten.', 'This case is closed.');
    if (input.summary.length < 10) throw invalid('summary', 'Schrijf op wat je overdraagt (minstens 10 tekens).', 'Write down what you hand over (at least 10 characters).');
    let toUserId = input.toUserId ?? null;
    if (input.toKind === 'circle') {
      if (!c.client_id) throw invalid('toKind', 'Alleen een casus over een cliënt in Samenspel kan naar de kring.', 'Only a case about a Samenspel client can go to the circle.');
      const circle = await db.selectFrom('circles').select('regisseur_user_id').where('region_id', '=', scope.regionId).where('client_id', '=', c.client_id).executeTakeFirst();
      if (!circle?.regisseur_user_id) throw invalid('toKind', 'De kring van de cliënt heeft nog geen regisseur.', "The client's circle has no regisseur yet.");
      if (toUserId !== null && toUserId !== circle.regisseur_user_id) throw invalid('toUserId', 'Kies de regisseur van de kring van de cliënt.', "Choose the regisseur of the client's circle.");
      toUserId = circle.regisseur_user_id;
    }
    if (toUserId === null) throw invalid('toUserId', 'Kies aan wie je overdraagt.', 'Choose who you hand over to.');
    if (toUserId === actor.userId) throw invalid('toUserId', 'Kies iemand anders dan jezelf.', 'Choose someone other than yourself.');
    const who = await professional(db, scope.regionId, toUserId);
    if (!who) throw invalid('toUserId', 'Kies een professional uit deze regio.', 'Choose a professional of this region.');
    const orgId = who.organisation_id;
    const stale = await db.transaction().execute(async (trx) => {
      if (!(await bumpVersion(trx, scope.regionId, caseId, input.version))) return true;
      const waiting = await trx.selectFrom('care_case_handovers').select('id').where('case_id', '=', caseId).where('status', '=', 'waiting').executeTakeFirst();
      if (waiting) return true;
      await trx
        .insertInto('care_case_handovers')
        .values({ region_id: scope.regionId, case_id: caseId, to_kind: input.toKind, to_user_id: who.id, to_organisation_id: orgId, summary: input.summary, created_by: actor.userId })
        .execute();
      await caseEvent(trx, scope.regionId, caseId, actor, 'handover');
      return false;
    });
    return { stale, mailTo: who };
  });
  if (result.stale) throw conflict(await getCase(ctx, actor, caseId, null, requestId));
  await ctx.mail.send({ regionId: actor.regionId, to: result.mailTo.email, ...newsMail(result.mailTo.locale, startLink(ctx.config.publicUrl)) });
  return getCase(ctx, actor, caseId, null, requestId);
}

/** The receiver accepts (the case moves to them, feedback tasks follow) or declines with a reason. */
export async function answerHandover(ctx: Ctx, actor: Actor, handoverId: string, input: { accept: boolean; note: string | null; version: number }, requestId: string | null): Promise<CaseView> {
  const h = await ctx.db.selectFrom('care_case_handovers').select(['case_id', 'to_user_id']).where('region_id', '=', actor.regionId).where('id', '=', handoverId).executeTakeFirst();
  if (!h) throw notFound();
  const outcome = await withCaseAccess(ctx, actor, { caseId: h.case_id, action: 'update', purpose: 'warme overdracht beantwoorden', requestId }, async (db, scope) => {
    if (h.to_user_id !== actor.userId) throw forbidden({ nl: 'Deze overdracht is niet aan jou.', en: 'This hand-over is not addressed to you.' });
    if (!input.accept && (input.note ?? '').length < 5) throw invalid('note', 'Schrijf kort op waarom je de overdracht niet aanneemt.', 'Write briefly why you do not accept the hand-over.');
    return db.transaction().execute(async (trx) => {
      const r = await trx
        .updateTable('care_case_handovers')
        .set({ status: input.accept ? 'accepted' : 'declined', answered_at: new Date(), answer_note: input.note, version: input.version + 1 })
        .where('id', '=', handoverId)
        .where('status', '=', 'waiting')
        .where('version', '=', input.version)
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) === 0) return 'stale' as const;
      if (input.accept) {
        // The coordinator who knew the client tells them; the feedback tasks go out before the change.
        const summary = await trx.selectFrom('care_case_handovers').select('summary').where('id', '=', handoverId).executeTakeFirstOrThrow();
        const owners = await createFeedbackTasks(trx, scope.row, 'handed-over', `Warm overgedragen: ${summary.summary}`);
        const org = await trx.selectFrom('users').select('organisation_id').where('id', '=', actor.userId).executeTakeFirst();
        await trx.updateTable('care_case_coordinators').set({ ended_at: new Date() }).where('region_id', '=', scope.regionId).where('case_id', '=', h.case_id).where('ended_at', 'is', null).execute();
        await trx.insertInto('care_case_coordinators').values({ region_id: scope.regionId, case_id: h.case_id, user_id: actor.userId, organisation_id: org?.organisation_id ?? null, assigned_by: actor.userId }).execute();
        await trx.updateTable('care_cases').set({ status: 'handed-over', version: (eb) => eb('version', '+', 1), updated_at: new Date() }).where('region_id', '=', scope.regionId).where('id', '=', h.case_id).execute();
        await caseEvent(trx, scope.regionId, h.case_id, actor, 'handover-accepted');
        return owners;
      }
      await caseEvent(trx, scope.regionId, h.case_id, actor, 'handover-declined', input.note);
      return [] as { email: string; locale: 'nl' | 'en' }[];
    });
  });
  if (outcome === 'stale') throw conflict(await getCase(ctx, actor, h.case_id, null, requestId));
  for (const o of outcome) await ctx.mail.send({ regionId: actor.regionId, to: o.email, ...newsMail(o.locale, startLink(ctx.config.publicUrl)) });
  return getCase(ctx, actor, h.case_id, null, requestId);
}

/** Escalation: eigen organisatie → netwerk → MDO → gemeentelijke toegang, each with a reason and a date. */
export async function addEscalation(ctx: Ctx, actor: Actor, caseId: string, input: { level: EscalationLevel; reason: string; decidedOn: string }, requestId: string | null): Promise<CaseView> {
  await withCaseAccess(ctx, actor, { caseId, action: 'update', purpose: 'opschaling vastleggen', requestId }, async (db, scope) => {
    if (!leads(scope) && !(scope.roles.includes('submitter') && !(await hasCoordinator(db, caseId)))) throw onlyLead();
    if (input.reason.length < 5) throw invalid('reason', 'Schrijf de reden op.', 'Write down the reason.');
    if (input.decidedOn > todayInNl()) throw invalid('decidedOn', 'De datum ligt in de toekomst.', 'The date is in the future.');
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('care_case_escalations').values({ region_id: scope.regionId, case_id: caseId, level: input.level, reason: input.reason, decided_on: input.decidedOn, recorded_by: actor.userId }).execute();
      await caseEvent(trx, scope.regionId, caseId, actor, 'escalated', input.level);
    });
  });
  return getCase(ctx, actor, caseId, null, requestId);
}

async function hasCoordinator(db: Db, caseId: string): Promise<boolean> {
  return (await db.selectFrom('care_case_coordinators').select('id').where('case_id', '=', caseId).where('ended_at', 'is', null).executeTakeFirst()) !== undefined;
}

export { caseLink };
