import type { AppContext } from '../../platform/context.js';
import { todayInNl, withCaseAccess, type Actor } from '../../platform/access/index.js';
import { conflict, forbidden, invalid } from '../../platform/errors.js';
import type { CaseView } from './case-model.js';
import { caseEvent } from './case-shared.js';
import { getCase } from './case-view.js';

type Ctx = Pick<AppContext, 'db' | 'audit' | 'log'>;

/** Safety cases the chair still has to look at: labels only; the case page shows the reasons. */
export async function listSafetyReviews(ctx: Pick<AppContext, 'db'>, actor: Actor) {
  const rows = await ctx.db
    .selectFrom('care_case_safety as s')
    .innerJoin('care_cases as c', (j) => j.onRef('c.id', '=', 's.case_id').onRef('c.region_id', '=', 's.region_id'))
    .innerJoin('care_networks as n', (j) => j.onRef('n.id', '=', 'c.network_id').onRef('n.region_id', '=', 'c.region_id'))
    .select(['c.id', 'c.label', 'n.name', 's.ground', 's.review_status', 's.created_at'])
    .where('s.region_id', '=', actor.regionId)
    .where('n.chair_user_id', '=', actor.userId)
    .where('c.submitted_by', '<>', actor.userId)
    .orderBy('s.review_status', 'desc')
    .orderBy('s.created_at')
    .execute();
  return rows.map((r) => ({ caseId: r.id, label: r.label, networkName: r.name, ground: r.ground, reviewStatus: r.review_status, createdAt: r.created_at.toISOString() }));
}

/** The chair reviews a safety exception brought in by someone else: agreed, or questioned with a note. */
export async function reviewSafety(ctx: Ctx, actor: Actor, caseId: string, input: { decision: 'agreed' | 'questioned'; note: string | null; version: number }, requestId: string | null): Promise<CaseView> {
  const stale = await withCaseAccess(ctx, actor, { caseId, action: 'update', purpose: 'veiligheidsuitzondering beoordelen', requestId }, async (db, scope) => {
    if (!scope.roles.includes('chair') || scope.row.submitted_by === actor.userId)
      throw forbidden({ nl: 'Een veiligheidsuitzondering wordt beoordeeld door de voorzitter, niet door wie haar inbracht.', en: 'A safety exception is reviewed by the chair, not by whoever brought it in.' });
    if (scope.row.mode !== 'safety') throw invalid('decision', 'Dit is geen veiligheidsuitzondering.', 'This is not a safety exception.');
    if (input.decision === 'questioned' && (input.note ?? '').length < 5) throw invalid('note', 'Schrijf op wat je vraagt of twijfelt.', 'Write down your question or doubt.');
    const r = await db
      .updateTable('care_case_safety')
      .set({ review_status: input.decision, review_note: input.note, reviewed_by: actor.userId, reviewed_at: new Date(), version: input.version + 1 })
      .where('region_id', '=', scope.regionId)
      .where('case_id', '=', caseId)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) return true;
    await caseEvent(db, scope.regionId, caseId, actor, 'safety-reviewed', input.decision);
    return false;
  });
  if (stale) throw conflict(await getCase(ctx, actor, caseId, null, requestId));
  return getCase(ctx, actor, caseId, null, requestId);
}

/** The client was told afterwards; only when it was not recorded why they will not be. */
export async function markClientInformed(ctx: Ctx, actor: Actor, caseId: string, input: { informedOn: string; version: number }, requestId: string | null): Promise<CaseView> {
  const stale = await withCaseAccess(ctx, actor, { caseId, action: 'update', purpose: 'vastleggen dat de cliënt is ingelicht', requestId }, async (db, scope) => {
    if (!scope.roles.some((r) => r === 'submitter' || r === 'coordinator')) throw forbidden({ nl: 'Alleen de inbrenger of de coördinator legt dit vast.', en: 'Only the submitter or the coordinator records this.' });
    const s = await db.selectFrom('care_case_safety').select(['inform_client']).where('region_id', '=', scope.regionId).where('case_id', '=', caseId).executeTakeFirst();
    if (!s) throw invalid('informedOn', 'Dit is geen veiligheidsuitzondering.', 'This is not a safety exception.');
    if (!s.inform_client) throw invalid('informedOn', 'Er is vastgelegd waarom de cliënt het niet hoort.', 'It was recorded why the client is not told.');
    if (input.informedOn > todayInNl()) throw invalid('informedOn', 'De datum ligt in de toekomst.', 'The date is in the future.');
    const r = await db
      .updateTable('care_case_safety')
      .set({ client_informed_on: input.informedOn, version: input.version + 1 })
      .where('region_id', '=', scope.regionId)
      .where('case_id', '=', caseId)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) return true;
    await caseEvent(db, scope.regionId, caseId, actor, 'client-informed');
    return false;
  });
  if (stale) throw conflict(await getCase(ctx, actor, caseId, null, requestId));
  return getCase(ctx, actor, caseId, null, requestId);
}
