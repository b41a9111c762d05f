import { runMemberAccessHooks } from './access-hooks.js';
import type { Jobs } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { partiesFor } from '../../platform/access/index.js';
import { forbidden, invalid } from '../../platform/errors.js';
import { grantsOf, writeGrants, type MemberGrants } from './grants.js';
import { recordEvent } from './history.js';
import { onlyNarrows } from './presets.js';
import type { Cells, Confirmation, DeciderParty, DecisionRule, Preset } from './schema.js';

export const LAPSE_JOB = 'consent.lapse';

export interface DecisionActor {
  userId: string | null;
  label: string;
  /** The party the actor decides as; null for a professional who proposes. */
  as: DeciderParty | null;
}

export interface ChangeInput {
  regionId: string;
  clientId: string;
  linkId: string;
  memberUserId: string;
  memberLabel: string;
  rule: DecisionRule;
  cells: Cells;
  expiresAt: Date | null;
  preset: Preset | null;
  note: string | null;
  /** The member version the actor saw; a change against an older one is refused with 409. */
  baseVersion: number;
}

export type ChangeOutcome = { decisionId: string; status: 'applied' | 'pending' };

/** Thrown inside the transaction when the member changed meanwhile; the route answers 409 with the current state. */
export class StaleMember extends Error {
  constructor(readonly linkId: string) {
    super('member changed meanwhile');
  }
}

/**
 * Records a consent change and applies it when the people who decide have all agreed. Under the
 * 'both' rule (client 12-15) a change needs the client and a representative, except one that only
 * takes access away: stopping is always possible for either of them on their own.
 */
export async function proposeChange(trx: Db, jobs: Jobs, input: ChangeInput, actor: DecisionActor, current: MemberGrants): Promise<ChangeOutcome> {
  const needs = partiesFor(input.rule);
  if (actor.as !== null && !needs.includes(actor.as)) throw forbidden();
  const confirmations: Confirmation[] = actor.as ? [{ userId: actor.userId, label: actor.label, as: actor.as, at: new Date().toISOString() }] : [];
  const satisfied = actor.as !== null && (needs.every((n) => confirmations.some((c) => c.as === n)) || onlyNarrows(current, input));
  const row = await trx
    .insertInto('consent_decisions')
    .values({
      region_id: input.regionId,
      client_id: input.clientId,
      link_id: input.linkId,
      member_user_id: input.memberUserId,
      member_label: input.memberLabel,
      cells: JSON.stringify(input.cells),
      expires_at: input.expiresAt,
      preset: input.preset,
      rule: input.rule,
      status: 'pending',
      base_version: input.baseVersion,
      needs: JSON.stringify(needs),
      confirmations: JSON.stringify(confirmations),
      proposed_by: actor.userId,
      proposed_by_label: actor.label,
      note: input.note,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (satisfied) {
    await applyDecision(trx, jobs, row.id, actor);
    return { decisionId: row.id, status: 'applied' };
  }
  await recordEvent(trx, {
    regionId: input.regionId,
    clientId: input.clientId,
    kind: 'consent-proposed',
    actorUserId: actor.userId,
    actorLabel: actor.label,
    subjectLabel: input.memberLabel,
    decisionId: row.id,
    details: { cells: input.cells, expiresAt: input.expiresAt?.toISOString() ?? null, waitingFor: needs.filter((n) => !confirmations.some((c) => c.as === n)) },
  });
  return { decisionId: row.id, status: 'pending' };
}

/** Makes a decision's cells the member's grants, if the member did not change since it was proposed. */
export async function applyDecision(trx: Db, jobs: Jobs, decisionId: string, actor: DecisionActor): Promise<void> {
  const d = await trx.selectFrom('consent_decisions').selectAll().where('id', '=', decisionId).forUpdate().executeTakeFirstOrThrow();
  if (!d.link_id) throw new StaleMember('');
  const bumped = await trx
    .updateTable('client_links')
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .where('region_id', '=', d.region_id)
    .where('id', '=', d.link_id)
    .where('version', '=', d.base_version)
    .returning('version')
    .executeTakeFirst();
  if (!bumped) {
    await trx.updateTable('consent_decisions').set({ status: 'superseded', decided_at: new Date() }).where('id', '=', d.id).execute();
    throw new StaleMember(d.link_id);
  }
  await writeGrants(trx, { regionId: d.region_id, clientId: d.client_id, linkId: d.link_id }, d.cells, d.expires_at, d.id);
  await trx.updateTable('consent_decisions').set({ status: 'applied', decided_at: new Date() }).where('id', '=', d.id).execute();
  await trx
    .updateTable('consent_decisions')
    .set({ status: 'superseded', decided_at: new Date() })
    .where('region_id', '=', d.region_id)
    .where('link_id', '=', d.link_id)
    .where('status', '=', 'pending')
    .where('id', '<>', d.id)
    .execute();
  await recordEvent(trx, {
    regionId: d.region_id,
    clientId: d.client_id,
    kind: 'consent-applied',
    actorUserId: actor.userId,
    actorLabel: actor.label,
    subjectLabel: d.member_label,
    decisionId: d.id,
    details: { cells: d.cells, expiresAt: d.expires_at?.toISOString() ?? null, rule: d.rule, confirmedBy: d.confirmations.map((c) => ({ label: c.label, as: c.as })) },
  });
  if (d.expires_at) {
    await jobs.enqueue(LAPSE_JOB, { decisionId: d.id }, { runAt: d.expires_at, regionId: d.region_id, uniqueKey: `consent-lapse:${d.id}` }, trx);
  }
}

/** A decider adds their confirmation; the change applies once every needed party confirmed. */
export async function confirmDecision(trx: Db, jobs: Jobs, decisionId: string, actor: DecisionActor & { as: DeciderParty }): Promise<'applied' | 'pending'> {
  const d = await trx.selectFrom('consent_decisions').selectAll().where('id', '=', decisionId).forUpdate().executeTakeFirstOrThrow();
  if (d.status !== 'pending') throw invalid('decision', 'Over dit voorstel is al beslist.', 'This proposal has already been decided.');
  if (!d.needs.includes(actor.as)) throw forbidden();
  if (d.confirmations.some((c) => c.as === actor.as || (actor.userId !== null && c.userId === actor.userId))) {
    throw invalid('decision', 'Je hebt dit voorstel al bevestigd. We wachten op de ander.', 'You have already confirmed this proposal. We are waiting for the other person.');
  }
  const confirmations = [...d.confirmations, { userId: actor.userId, label: actor.label, as: actor.as, at: new Date().toISOString() }];
  await trx.updateTable('consent_decisions').set({ confirmations: JSON.stringify(confirmations) }).where('id', '=', d.id).execute();
  await recordEvent(trx, {
    regionId: d.region_id,
    clientId: d.client_id,
    kind: 'consent-confirmed',
    actorUserId: actor.userId,
    actorLabel: actor.label,
    subjectLabel: d.member_label,
    decisionId: d.id,
    details: { as: actor.as },
  });
  if (!d.needs.every((n) => confirmations.some((c) => c.as === n))) return 'pending';
  await applyDecision(trx, jobs, d.id, actor);
  return 'applied';
}

/** A decider says no to a proposal, or the proposer withdraws it. */
export async function rejectDecision(trx: Db, decisionId: string, actor: DecisionActor): Promise<void> {
  const d = await trx.selectFrom('consent_decisions').selectAll().where('id', '=', decisionId).forUpdate().executeTakeFirstOrThrow();
  if (d.status !== 'pending') throw invalid('decision', 'Over dit voorstel is al beslist.', 'This proposal has already been decided.');
  const mayReject = (actor.as !== null && d.needs.includes(actor.as)) || (actor.userId !== null && actor.userId === d.proposed_by);
  if (!mayReject) throw forbidden();
  await trx.updateTable('consent_decisions').set({ status: 'rejected', decided_at: new Date() }).where('id', '=', d.id).execute();
  await recordEvent(trx, {
    regionId: d.region_id,
    clientId: d.client_id,
    kind: 'consent-rejected',
    actorUserId: actor.userId,
    actorLabel: actor.label,
    subjectLabel: d.member_label,
    decisionId: d.id,
  });
}

/** The lapse job: grants of a decision whose end date passed are removed and the history says so. */
export async function lapseDecision(db: Db, decisionId: string, now = new Date()): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const d = await trx.selectFrom('consent_decisions').select(['region_id', 'client_id', 'link_id', 'member_label']).where('id', '=', decisionId).executeTakeFirst();
    if (!d || !d.link_id) return 0;
    const lapsed = await trx
      .deleteFrom('consent_grants')
      .where('region_id', '=', d.region_id)
      .where('decision_id', '=', decisionId)
      .where('expires_at', '<=', now)
      .returning('category')
      .execute();
    if (lapsed.length === 0) return 0;
    await runMemberAccessHooks(trx, { regionId: d.region_id, clientId: d.client_id, linkId: d.link_id, leaving: false });
    await trx.updateTable('client_links').set((eb) => ({ version: eb('version', '+', 1) })).where('region_id', '=', d.region_id).where('id', '=', d.link_id).execute();
    await recordEvent(trx, {
      regionId: d.region_id,
      clientId: d.client_id,
      kind: 'access-lapsed',
      actorUserId: null,
      actorLabel: 'Samenspel',
      subjectLabel: d.member_label,
      decisionId,
      details: { categories: lapsed.map((l) => l.category) },
    });
    return lapsed.length;
  });
}

export type { MemberGrants };
export { grantsOf };
