import { INFORMATION_CATEGORIES } from '../../platform/audit/schema.js';
import type { Db } from '../../platform/db/database.js';
import { ageOnDay, todayInNl, type AccessScope, type Actor } from '../../platform/access/index.js';
import { NO_ACCESS, presetOf } from './presets.js';
import type { CircleView, DecisionView, HistoryView, MemberView } from './model.js';
import type { Cells, ConsentDecisionsTable, DeciderParty } from './schema.js';
import type { Selectable } from 'kysely';

type DecisionRow = Selectable<ConsentDecisionsTable>;

export function toDecisionView(d: DecisionRow, viewer: { userId: string; decidesAs: DeciderParty | null; recordsForClient: boolean }): DecisionView {
  const waitingFor = d.status === 'pending' ? d.needs.filter((n) => !d.confirmations.some((c) => c.as === n)) : [];
  const pending = d.status === 'pending';
  return {
    id: d.id,
    linkId: d.link_id,
    memberLabel: d.member_label,
    cells: d.cells,
    expiresAt: d.expires_at?.toISOString() ?? null,
    preset: d.preset,
    rule: d.rule,
    status: d.status,
    needs: d.needs,
    confirmations: d.confirmations.map((c) => ({ label: c.label, as: c.as, at: c.at })),
    waitingFor,
    proposedByLabel: d.proposed_by_label,
    proposedAt: d.proposed_at.toISOString(),
    decidedAt: d.decided_at?.toISOString() ?? null,
    note: d.note,
    canConfirm: pending && viewer.decidesAs !== null && waitingFor.includes(viewer.decidesAs),
    canReject: pending && ((viewer.decidesAs !== null && d.needs.includes(viewer.decidesAs)) || d.proposed_by === viewer.userId),
    canRecordForClient: pending && viewer.recordsForClient && waitingFor.includes('client'),
  };
}

/** The circle as its members and deciders see it: everyone's access per category, pending proposals. */
export async function buildCircleView(db: Db, scope: AccessScope, actor: Actor, now = new Date()): Promise<CircleView> {
  const [client, circle, links, grants, pending] = await Promise.all([
    db.selectFrom('clients').select(['id', 'first_name', 'last_name', 'birth_date', 'user_id']).where('region_id', '=', scope.regionId).where('id', '=', scope.clientId).executeTakeFirstOrThrow(),
    db
      .selectFrom('circles as ci')
      .leftJoin('users as r', (j) => j.onRef('r.id', '=', 'ci.regisseur_user_id').onRef('r.region_id', '=', 'ci.region_id'))
      .select(['ci.created_at', 'ci.regisseur_user_id', 'r.display_name as regisseur_name'])
      .where('ci.region_id', '=', scope.regionId)
      .where('ci.client_id', '=', scope.clientId)
      .executeTakeFirst(),
    db
      .selectFrom('client_links as l')
      .innerJoin('users as u', (j) => j.onRef('u.id', '=', 'l.user_id').onRef('u.region_id', '=', 'l.region_id'))
      .leftJoin('organisations as o', (j) => j.onRef('o.id', '=', 'u.organisation_id').onRef('o.region_id', '=', 'u.region_id'))
      .select(['l.id', 'l.user_id', 'l.relation', 'l.label', 'l.version', 'l.created_at', 'u.display_name', 'o.name as organisation_name'])
      .where('l.region_id', '=', scope.regionId)
      .where('l.client_id', '=', scope.clientId)
      .orderBy('l.relation')
      .orderBy('u.display_name')
      .execute(),
    db
      .selectFrom('consent_grants')
      .select(['link_id', 'category', 'level', 'expires_at'])
      .where('region_id', '=', scope.regionId)
      .where('client_id', '=', scope.clientId)
      .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
      .execute(),
    db
      .selectFrom('consent_decisions')
      .selectAll()
      .where('region_id', '=', scope.regionId)
      .where('client_id', '=', scope.clientId)
      .where('status', '=', 'pending')
      .orderBy('proposed_at')
      .execute(),
  ]);
  const byLink = new Map<string, { cells: Cells; expiresAt: Date | null }>();
  for (const g of grants) {
    const entry = byLink.get(g.link_id) ?? { cells: { ...NO_ACCESS }, expiresAt: null };
    entry.cells[g.category] = g.level;
    if (g.expires_at) entry.expiresAt = g.expires_at;
    byLink.set(g.link_id, entry);
  }
  const repDecides = scope.rule !== 'client';
  const members: MemberView[] = links.map((l) => {
    const g = byLink.get(l.id) ?? { cells: { ...NO_ACCESS }, expiresAt: null };
    return {
      linkId: l.id,
      userId: l.user_id,
      name: l.display_name,
      relation: l.relation,
      label: l.label,
      organisationName: l.organisation_name,
      version: l.version,
      since: l.created_at.toISOString(),
      cells: g.cells,
      expiresAt: g.expiresAt?.toISOString() ?? null,
      preset: INFORMATION_CATEGORIES.some((c) => g.cells[c] !== 'none') ? presetOf(g.cells) : null,
      decides: l.relation === 'vertegenwoordiger' && repDecides,
      isRegisseur: circle?.regisseur_user_id === l.user_id,
    };
  });
  const deciders: CircleView['deciders'] = [];
  if (scope.rule !== 'representative' && client.user_id) deciders.push({ userId: client.user_id, name: `${client.first_name} ${client.last_name}`, as: 'client' });
  if (repDecides) for (const m of members.filter((x) => x.decides)) deciders.push({ userId: m.userId, name: m.name, as: 'vertegenwoordiger' });
  const myLink = links.find((l) => l.user_id === actor.userId);
  return {
    client: { id: client.id, firstName: client.first_name, lastName: client.last_name, age: ageOnDay(client.birth_date, todayInNl(now)), hasAccount: client.user_id !== null },
    circle: circle ? { createdAt: circle.created_at.toISOString(), regisseur: circle.regisseur_user_id ? { userId: circle.regisseur_user_id, name: circle.regisseur_name ?? '' } : null } : null,
    rule: scope.rule,
    deciders,
    me: { relation: scope.relation, decidesAs: scope.decidesAs, linkId: myLink?.id ?? null, canPropose: scope.relation === 'professional' },
    members,
    pending: pending.map((d) => toDecisionView(d, { userId: actor.userId, decidesAs: scope.decidesAs, recordsForClient: scope.relation === 'professional' && client.user_id === null })),
  };
}

const REFUSAL_EVENTS: ReadonlySet<string> = new Set(['refusal-recorded', 'refusal-ended', 'refusal-reviewed']);

/** The circle's history, newest first. Events about safety exceptions the client is not (yet) told of stay hidden from the client's side. */
export async function buildHistory(db: Db, scope: AccessScope, actor: Actor, limit = 200): Promise<HistoryView> {
  const clientSide = scope.relation === 'self' || scope.decidesAs !== null || scope.relation === 'naaste' || scope.relation === 'vrijwilliger';
  // The refusal register is for the client, their deciders and professionals; its events would name the refused person.
  const widerCircle = scope.decidesAs === null && (scope.relation === 'naaste' || scope.relation === 'vrijwilliger' || scope.relation === 'vertegenwoordiger');
  const [events, decisions] = await Promise.all([
    db
      .selectFrom('circle_events')
      .select(['id', 'occurred_at', 'kind', 'actor_label', 'subject_label', 'details'])
      .where('region_id', '=', scope.regionId)
      .where('client_id', '=', scope.clientId)
      .orderBy('occurred_at', 'desc')
      .orderBy('id')
      .limit(limit)
      .execute(),
    db.selectFrom('consent_decisions').selectAll().where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).orderBy('proposed_at', 'desc').limit(limit).execute(),
  ]);
  return {
    entries: events
      .filter((e) => !(clientSide && e.details.visibleToClient === false))
      .filter((e) => !(widerCircle && REFUSAL_EVENTS.has(e.kind)))
      .map((e) => ({ id: e.id, occurredAt: e.occurred_at.toISOString(), kind: e.kind, actorLabel: e.actor_label, subjectLabel: e.subject_label, details: e.details })),
    decisions: decisions.map((d) => toDecisionView(d, { userId: actor.userId, decidesAs: scope.decidesAs, recordsForClient: false })),
  };
}
