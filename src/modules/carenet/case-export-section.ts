import { addExportSection } from '../avg/sections.js';

const m = (nl: string, en: string) => ({ nl, en });
const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/**
 * Cases about the client in care networks, in their AVG download: what was asked, consent per
 * meeting, the coordinator, hand-overs and escalations. A safety case appears once the client has
 * been told about it; until then (or when it was recorded why not) it stays out, as with circles.
 */
addExportSection({
  key: 'care-cases',
  title: m('Casussen in zorgnetwerken', 'Cases in care networks'),
  labels: {
    network: m('Zorgnetwerk', 'Care network'),
    mode: m('Manier van inbrengen', 'How it was brought in'),
    label: m('Titel', 'Title'),
    question: m('Vraag', 'Question'),
    status: m('Stand', 'Status'),
    submittedBy: m('Ingebracht door (organisatie)', 'Brought in by (organisation)'),
    createdAt: m('Ingebracht op', 'Brought in on'),
    consents: m('Toestemming per overleg', 'Consent per meeting'),
    meetingAt: m('Overleg', 'Meeting'),
    givenBy: m('Gegeven door', 'Given by'),
    givenOn: m('Gegeven op', 'Given on'),
    how: m('Hoe', 'How'),
    withdrawnAt: m('Ingetrokken op', 'Withdrawn on'),
    coordinators: m('Coördinatoren', 'Coordinators'),
    name: m('Naam', 'Name'),
    organisation: m('Organisatie', 'Organisation'),
    since: m('Sinds', 'Since'),
    until: m('Tot', 'Until'),
    handovers: m('Warme overdrachten', 'Warm hand-overs'),
    escalations: m('Opschalingen', 'Escalations'),
    level: m('Niveau', 'Level'),
    reason: m('Reden', 'Reason'),
    safetyGround: m('Reden veiligheidsuitzondering', 'Ground of the safety exception'),
    informedOn: m('Ingelicht op', 'Told on'),
  },
  values: {
    mode: { identified: m('met toestemming', 'with consent'), anonymous: m('anoniem', 'anonymous'), safety: m('veiligheidsuitzondering', 'safety exception') },
    status: { open: m('open', 'open'), closed: m('afgesloten', 'closed'), 'handed-over': m('overgedragen', 'handed over'), waiting: m('wacht op antwoord', 'waiting'), accepted: m('aangenomen', 'accepted'), declined: m('niet aangenomen', 'declined') },
    givenBy: { client: m('cliënt', 'client'), parent: m('ouder', 'parent'), representative: m('vertegenwoordiger', 'representative') },
    how: { spoken: m('mondeling', 'spoken'), written: m('schriftelijk', 'written') },
    safetyGround: { 'child-safety': m('veiligheid van een kind', "a child's safety"), danger: m('gevaar', 'danger') },
    level: {
      'eigen-organisatie': m('eigen organisatie', 'own organisation'),
      netwerk: m('zorgnetwerk', 'care network'),
      mdo: m('MDO', 'multidisciplinary meeting'),
      'gemeentelijke-toegang': m('gemeentelijke toegang', 'municipal access'),
    },
  },
  async collect(db, scope) {
    const cases = await db
      .selectFrom('care_cases as c')
      .innerJoin('care_networks as n', (j) => j.onRef('n.id', '=', 'c.network_id').onRef('n.region_id', '=', 'c.region_id'))
      .innerJoin('organisations as o', (j) => j.onRef('o.id', '=', 'c.submitted_org_id').onRef('o.region_id', '=', 'c.region_id'))
      .leftJoin('care_case_safety as s', (j) => j.onRef('s.case_id', '=', 'c.id').onRef('s.region_id', '=', 'c.region_id'))
      .select(['c.id', 'n.name as network', 'c.mode', 'c.label', 'c.question', 'c.status', 'o.name as org', 'c.created_at', 's.ground', 's.inform_client', 's.client_informed_on'])
      .where('c.region_id', '=', scope.regionId)
      .where('c.client_id', '=', scope.clientId)
      .orderBy('c.created_at')
      .execute();
    const shown = cases.filter((c) => c.mode !== 'safety' || (c.inform_client === true && c.client_informed_on !== null));
    const ids = shown.map((c) => c.id);
    if (ids.length === 0) return [];
    const [consents, coordinators, handovers, escalations] = await Promise.all([
      db
        .selectFrom('care_case_consents as k')
        .innerJoin('care_meetings as mt', (j) => j.onRef('mt.id', '=', 'k.meeting_id').onRef('mt.region_id', '=', 'k.region_id'))
        .select(['k.case_id', 'mt.starts_at', 'k.given_by_kind', 'k.given_on', 'k.how', 'k.withdrawn_at'])
        .where('k.region_id', '=', scope.regionId)
        .where('k.case_id', 'in', ids)
        .orderBy('mt.starts_at')
        .execute(),
      db
        .selectFrom('care_case_coordinators as k')
        .innerJoin('users as u', (j) => j.onRef('u.id', '=', 'k.user_id').onRef('u.region_id', '=', 'k.region_id'))
        .leftJoin('organisations as o', (j) => j.onRef('o.id', '=', 'k.organisation_id').onRef('o.region_id', '=', 'k.region_id'))
        .select(['k.case_id', 'u.display_name', 'o.name as org', 'k.assigned_at', 'k.ended_at'])
        .where('k.region_id', '=', scope.regionId)
        .where('k.case_id', 'in', ids)
        .orderBy('k.assigned_at')
        .execute(),
      db
        .selectFrom('care_case_handovers as h')
        .leftJoin('organisations as o', (j) => j.onRef('o.id', '=', 'h.to_organisation_id').onRef('o.region_id', '=', 'h.region_id'))
        .select(['h.case_id', 'o.name as org', 'h.status', 'h.created_at', 'h.answered_at'])
        .where('h.region_id', '=', scope.regionId)
        .where('h.case_id', 'in', ids)
        .orderBy('h.created_at')
        .execute(),
      db.selectFrom('care_case_escalations').select(['case_id', 'level', 'reason', 'decided_on']).where('region_id', '=', scope.regionId).where('case_id', 'in', ids).orderBy('decided_on').execute(),
    ]);
    return shown.map((c) => ({
      network: c.network,
      mode: c.mode,
      label: c.label,
      question: c.question,
      status: c.status,
      submittedBy: c.org,
      createdAt: iso(c.created_at),
      safetyGround: c.ground,
      informedOn: c.client_informed_on,
      consents: consents.filter((k) => k.case_id === c.id).map((k) => ({ meetingAt: iso(k.starts_at), givenBy: k.given_by_kind, givenOn: k.given_on, how: k.how, withdrawnAt: iso(k.withdrawn_at) })),
      coordinators: coordinators.filter((k) => k.case_id === c.id).map((k) => ({ name: k.display_name, organisation: k.org, since: iso(k.assigned_at), until: iso(k.ended_at) })),
      handovers: handovers.filter((h) => h.case_id === c.id).map((h) => ({ organisation: h.org, status: h.status, since: iso(h.created_at), until: iso(h.answered_at) })),
      escalations: escalations.filter((e) => e.case_id === c.id).map((e) => ({ level: e.level, reason: e.reason, since: e.decided_on })),
    }));
  },
});
