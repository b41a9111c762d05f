import { sql } from 'kysely';
import type { ExportSection, ExportValue } from './sections.js';
import { readClientRecord, readMembers } from './client-record.js';
import { holdReasons } from './retention.js';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/** JSON columns hold plain JSON already; the round trip only drops what JSON cannot say. */
const plain = (v: unknown): ExportValue => JSON.parse(JSON.stringify(v ?? null)) as ExportValue;

const m = (nl: string, en: string) => ({ nl, en });

/**
 * The sections of the consent and AVG tables and the client record itself. Later modules add
 * theirs with addExportSection (see sections.ts).
 */
export const CORE_SECTIONS: ExportSection[] = [
  {
    key: 'client',
    title: m('Basisgegevens', 'Basic details'),
    labels: {
      firstName: m('Voornaam', 'First name'),
      lastName: m('Achternaam', 'Last name'),
      birthDate: m('Geboortedatum', 'Date of birth'),
      street: m('Straat en huisnummer', 'Street and number'),
      postcode: m('Postcode', 'Postcode'),
      city: m('Plaats', 'Town'),
      phone: m('Telefoon', 'Phone'),
      email: m('E-mailadres', 'E-mail address'),
      municipality: m('Gemeente', 'Municipality'),
      story: m('Jouw verhaal', 'Your story'),
      decisionCapacity: m('Kan zelf beslissen', 'Can decide for themselves'),
      createdAt: m('Vastgelegd op', 'Recorded on'),
      updatedAt: m('Laatst gewijzigd', 'Last changed'),
    },
    values: { decisionCapacity: { able: m('ja', 'yes'), unable: m('nee, een vertegenwoordiger beslist', 'no, a representative decides') } },
    async collect(db, scope) {
      const c = await readClientRecord(db, scope);
      return {
        firstName: c.first_name,
        lastName: c.last_name,
        birthDate: c.birth_date,
        street: c.street,
        postcode: c.postcode,
        city: c.city,
        phone: c.phone,
        email: c.email,
        municipality: c.municipality_name,
        story: c.story,
        decisionCapacity: c.decision_capacity,
        createdAt: iso(c.created_at),
        updatedAt: iso(c.updated_at),
      };
    },
  },
  {
    key: 'circle',
    title: m('Je kring', 'Your circle'),
    labels: { createdAt: m('Begonnen op', 'Started on'), regisseur: m('Regisseur', 'Coordinator') },
    async collect(db, scope) {
      const c = await db
        .selectFrom('circles as k')
        .leftJoin('users as u', (join) => join.onRef('u.id', '=', 'k.regisseur_user_id').onRef('u.region_id', '=', 'k.region_id'))
        .select(['k.created_at', 'u.display_name'])
        .where('k.region_id', '=', scope.regionId)
        .where('k.client_id', '=', scope.clientId)
        .executeTakeFirst();
      return c ? { createdAt: iso(c.created_at), regisseur: c.display_name } : null;
    },
  },
  {
    key: 'members',
    title: m('Mensen in je kring', 'People in your circle'),
    labels: { name: m('Naam', 'Name'), relation: m('Rol', 'Role'), label: m('Wie is het voor jou', 'Who they are to you'), organisation: m('Organisatie', 'Organisation'), since: m('Sinds', 'Since') },
    async collect(db, scope) {
      return (await readMembers(db, scope)).map((p) => ({
        name: p.name,
        relation: p.relation,
        label: p.label,
        organisation: p.organisationName,
        since: iso(p.since),
      }));
    },
  },
  {
    key: 'grants',
    title: m('Wie wat mag zien', 'Who may see what'),
    labels: { member: m('Wie', 'Who'), category: m('Soort gegevens', 'Kind of information'), level: m('Mag', 'May'), expiresAt: m('Tot', 'Until') },
    async collect(db, scope) {
      const members = new Map((await readMembers(db, scope)).map((p) => [p.linkId, p.name]));
      const rows = await db
        .selectFrom('consent_grants')
        .select(['link_id', 'category', 'level', 'expires_at'])
        .where('region_id', '=', scope.regionId)
        .where('client_id', '=', scope.clientId)
        .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', new Date())]))
        .execute();
      return rows
        .map((g) => ({ member: members.get(g.link_id) ?? '', category: g.category, level: g.level, expiresAt: iso(g.expires_at) }))
        .sort((a, b) => a.member.localeCompare(b.member, 'nl') || a.category.localeCompare(b.category));
    },
  },
  {
    key: 'decisions',
    title: m('Besluiten over toestemming', 'Consent decisions'),
    labels: {
      member: m('Over wie', 'About'),
      cells: m('Toegang', 'Access'),
      preset: m('Vaste keuze', 'Preset'),
      rule: m('Wie beslist', 'Who decides'),
      status: m('Status', 'Status'),
      proposedBy: m('Voorgesteld door', 'Proposed by'),
      proposedAt: m('Voorgesteld op', 'Proposed on'),
      confirmedBy: m('Bevestigd door', 'Confirmed by'),
      decidedAt: m('Besloten op', 'Decided on'),
      expiresAt: m('Geldig tot', 'Valid until'),
      note: m('Toelichting', 'Note'),
    },
    async collect(db, scope) {
      const rows = await db
        .selectFrom('consent_decisions')
        .select(['member_label', 'cells', 'preset', 'rule', 'status', 'proposed_by_label', 'proposed_at', 'confirmations', 'decided_at', 'expires_at', 'note'])
        .where('region_id', '=', scope.regionId)
        .where('client_id', '=', scope.clientId)
        .orderBy('proposed_at')
        .execute();
      return rows.map((d) => ({
        member: d.member_label,
        cells: plain(d.cells),
        preset: d.preset,
        rule: d.rule,
        status: d.status,
        proposedBy: d.proposed_by_label,
        proposedAt: iso(d.proposed_at),
        confirmedBy: d.confirmations.map((c) => c.label),
        decidedAt: iso(d.decided_at),
        expiresAt: iso(d.expires_at),
        note: d.note,
      }));
    },
  },
  {
    key: 'history',
    title: m('Wat er in je kring gebeurde', 'What happened in your circle'),
    labels: {
      occurredAt: m('Wanneer', 'When'),
      kind: m('Wat', 'What'),
      actor: m('Door', 'By'),
      subject: m('Over', 'About'),
      details: m('Details', 'Details'),
      // The keys events use in their details (consent/history.ts).
      cells: m('Toegang', 'Access'),
      expiresAt: m('Tot', 'Until'),
      confirmedBy: m('Bevestigd door', 'Confirmed by'),
      waitingFor: m('Wacht op', 'Waiting for'),
      as: m('Als', 'As'),
      label: m('Wie is het voor jou', 'Who they are to you'),
      correctionId: m('Verzoek', 'Request'),
      erasureId: m('Verzoek', 'Request'),
      executeAfter: m('Wissen na', 'Erase after'),
    },
    async collect(db, scope) {
      const rows = await db
        .selectFrom('circle_events')
        .select(['occurred_at', 'kind', 'actor_label', 'subject_label', 'details'])
        .where('region_id', '=', scope.regionId)
        .where('client_id', '=', scope.clientId)
        // An event marked not for the client (a safety exception not told yet) stays out.
        .where(sql<boolean>`coalesce(details->>'visibleToClient', 'true') <> 'false'`)
        .orderBy('occurred_at')
        .orderBy('id')
        .execute();
      return rows.map((e) => ({ occurredAt: iso(e.occurred_at), kind: e.kind, actor: e.actor_label, subject: e.subject_label, details: plain(e.details) }));
    },
  },
  {
    key: 'refusals',
    title: m('Mensen die je er niet bij wilt', 'People you do not want involved'),
    labels: {
      person: m('Wie', 'Who'),
      email: m('E-mailadres', 'E-mail address'),
      relation: m('Wie is het voor jou', 'Who they are to you'),
      reason: m('Waarom', 'Why'),
      reviewOn: m('Opnieuw bekijken op', 'Review on'),
      recordedBy: m('Vastgelegd door', 'Recorded by'),
      createdAt: m('Vastgelegd op', 'Recorded on'),
      reviewedAt: m('Opnieuw bekeken op', 'Reviewed on'),
      endedAt: m('Gestopt op', 'Ended on'),
      endedBy: m('Gestopt door', 'Ended by'),
    },
    async collect(db, scope) {
      const rows = await db
        .selectFrom('consent_refusals')
        .select(['person_name', 'person_email', 'relation_label', 'reason', 'review_on', 'recorded_by_label', 'created_at', 'reviewed_at', 'ended_at', 'ended_by_label'])
        .where('region_id', '=', scope.regionId)
        .where('client_id', '=', scope.clientId)
        .orderBy('created_at')
        .execute();
      return rows.map((r) => ({
        person: r.person_name,
        email: r.person_email,
        relation: r.relation_label,
        reason: r.reason,
        reviewOn: r.review_on,
        recordedBy: r.recorded_by_label,
        createdAt: iso(r.created_at),
        reviewedAt: iso(r.reviewed_at),
        endedAt: iso(r.ended_at),
        endedBy: r.ended_by_label,
      }));
    },
  },
  {
    key: 'safetyExceptions',
    title: m('Inzage zonder toestemming, voor de veiligheid', 'Access without consent, for safety'),
    labels: {
      ground: m('Reden', 'Ground'),
      categories: m('Welke gegevens', 'Which information'),
      justification: m('Uitleg', 'Justification'),
      professional: m('Door', 'By'),
      createdAt: m('Begonnen op', 'Started on'),
      validUntil: m('Geldig tot', 'Valid until'),
      reviewedAt: m('Gecontroleerd op', 'Reviewed on'),
      reviewedBy: m('Gecontroleerd door', 'Reviewed by'),
      reviewOutcome: m('Uitkomst van de controle', 'Review outcome'),
      reviewNote: m('Toelichting bij de controle', 'Review note'),
      clientInformedAt: m('Aan jou verteld op', 'Told to you on'),
    },
    values: {
      ground: { 'conflict-van-plichten': m('conflict van plichten', 'conflict of duties'), kindveiligheid: m('veiligheid van een kind', 'child safety') },
      reviewOutcome: { terecht: m('terecht', 'justified'), onterecht: m('niet terecht', 'not justified') },
    },
    async collect(db, scope) {
      // Only what the client has been told; an exception not told yet (and why) stays with the professionals.
      const rows = await db
        .selectFrom('safety_exceptions')
        .select(['ground', 'categories', 'justification', 'professional_label', 'created_at', 'valid_until', 'reviewed_at', 'reviewed_by_label', 'review_outcome', 'review_note', 'client_informed_at'])
        .where('region_id', '=', scope.regionId)
        .where('client_id', '=', scope.clientId)
        .where('client_informed_at', 'is not', null)
        .orderBy('created_at')
        .execute();
      return rows.map((s) => ({
        ground: s.ground,
        categories: plain(s.categories),
        justification: s.justification,
        professional: s.professional_label,
        createdAt: iso(s.created_at),
        validUntil: iso(s.valid_until),
        reviewedAt: iso(s.reviewed_at),
        reviewedBy: s.reviewed_by_label,
        reviewOutcome: s.review_outcome,
        reviewNote: s.review_note,
        clientInformedAt: iso(s.client_informed_at),
      }));
    },
  },
  {
    key: 'corrections',
    title: m('Verzoeken om verbetering', 'Requests for correction'),
    labels: {
      category: m('Soort gegevens', 'Kind of information'),
      text: m('Wat moet anders', 'What should change'),
      status: m('Status', 'Status'),
      requestedBy: m('Gevraagd door', 'Asked by'),
      createdAt: m('Gevraagd op', 'Asked on'),
      resolution: m('Antwoord', 'Answer'),
      resolvedBy: m('Afgehandeld door', 'Handled by'),
      resolvedAt: m('Afgehandeld op', 'Handled on'),
    },
    async collect(db, scope) {
      const rows = await db
        .selectFrom('correction_requests')
        .select(['category', 'text', 'status', 'requested_by_label', 'created_at', 'resolution', 'resolved_by_label', 'resolved_at'])
        .where('region_id', '=', scope.regionId)
        .where('client_id', '=', scope.clientId)
        .orderBy('created_at')
        .execute();
      return rows.map((c) => ({
        category: c.category,
        text: c.text,
        status: c.status,
        requestedBy: c.requested_by_label,
        createdAt: iso(c.created_at),
        resolution: c.resolution,
        resolvedBy: c.resolved_by_label,
        resolvedAt: iso(c.resolved_at),
      }));
    },
  },
  {
    key: 'erasure',
    title: m('Verzoeken om je gegevens te wissen', 'Requests to erase your information'),
    labels: {
      status: m('Status', 'Status'),
      requestedBy: m('Gevraagd door', 'Asked by'),
      requestedAt: m('Gevraagd op', 'Asked on'),
      executeAfter: m('Wissen na', 'Erase after'),
      blockedBecause: m('Wacht omdat', 'Waiting because'),
    },
    async collect(db, scope) {
      const rows = await db
        .selectFrom('erasure_requests')
        .select(['status', 'requested_by_label', 'requested_at', 'execute_after', 'blocked_reason'])
        .where('region_id', '=', scope.regionId)
        .where('client_id', '=', scope.clientId)
        .orderBy('requested_at')
        .execute();
      return rows.map((e) => ({
        status: e.status,
        requestedBy: e.requested_by_label,
        requestedAt: iso(e.requested_at),
        executeAfter: iso(e.execute_after),
        blockedBecause: holdReasons(e.blocked_reason).map((r) => r.nl),
      }));
    },
  },
  {
    key: 'accessLog',
    title: m('Wie je gegevens bekeek of veranderde', 'Who looked at or changed your information'),
    labels: { occurredAt: m('Wanneer', 'When'), actor: m('Wie', 'Who'), category: m('Soort gegevens', 'Kind of information'), action: m('Wat', 'What'), purpose: m('Waarvoor', 'What for') },
    async collect(db, scope) {
      const rows = await db
        .selectFrom('access_log as a')
        .leftJoin('safety_exceptions as s', (join) => join.onRef('s.id', '=', 'a.exception_id').onRef('s.region_id', '=', 'a.region_id'))
        .select(['a.occurred_at', 'a.actor_label', 'a.category', 'a.action', 'a.purpose'])
        .where('a.region_id', '=', scope.regionId)
        .where('a.client_id', '=', scope.clientId)
        // Access under a safety exception shows once the client has been told about that exception.
        .where((eb) => eb.or([eb('a.exception_id', 'is', null), eb('s.client_informed_at', 'is not', null)]))
        .orderBy('a.occurred_at')
        .orderBy('a.seq')
        .execute();
      return rows.map((a) => ({ occurredAt: iso(a.occurred_at), actor: a.actor_label, category: a.category, action: a.action, purpose: a.purpose }));
    },
  },
];
