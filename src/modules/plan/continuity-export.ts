import { addExportSection, type ExportValue } from '../avg/sections.js';

/**
 * The crisis plan, continuity and toekomstplan in "everything Samenspel stores about you" (AVG art.
 * 15 and 20). Imported once by continuity-routes.ts; runs inside the export's withClientAccess.
 */

const m = (nl: string, en: string) => ({ nl, en });
const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);
const plain = (v: unknown): ExportValue => JSON.parse(JSON.stringify(v ?? null)) as ExportValue;

addExportSection({
  key: 'crisis-plan',
  title: m('Crisisplan', 'Crisis plan'),
  labels: {
    earlySigns: m('Vroege signalen', 'Early signs'),
    whatHelps: m('Wat helpt', 'What helps'),
    people: m('Wie doet wat', 'Who does what'),
    name: m('Naam', 'Name'),
    task: m('Wat doet deze persoon', 'What this person does'),
    phone: m('Telefoon', 'Phone'),
    phoneSharedBy: m('Telefoonnummer gedeeld door', 'Phone number shared by'),
    reviewOn: m('Nakijken op', 'Review on'),
    reviewedAt: m('Laatst nagekeken', 'Last reviewed'),
    reviewedBy: m('Nagekeken door', 'Reviewed by'),
  },
  async collect(db, scope) {
    const plan = await db.selectFrom('crisis_plans').selectAll().where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).executeTakeFirst();
    if (!plan) return null;
    const people = await db.selectFrom('crisis_plan_people').selectAll().where('region_id', '=', scope.regionId).where('crisis_plan_id', '=', plan.id).orderBy('position').execute();
    return {
      earlySigns: plain(plan.early_signs),
      whatHelps: plain(plan.what_helps),
      people: people.map((p) => ({ name: p.name, task: p.task, phone: p.phone, phoneSharedBy: p.phone_shared_by_label })),
      reviewOn: plan.review_on,
      reviewedAt: iso(plan.reviewed_at),
      reviewedBy: plan.reviewed_by_label,
    };
  },
});

addExportSection({
  key: 'continuity',
  title: m('Wie neemt wat over, afronden en overdragen', 'Who takes over, completion and hand-over'),
  labels: {
    roles: m('Wie neemt welke rol over', 'Who takes over which role'),
    holder: m('Wie heeft de rol nu', 'Who holds the role now'),
    role: m('Rol', 'Role'),
    successor: m('Wie neemt het over', 'Who takes over'),
    whenText: m('Wanneer', 'When'),
    whenOn: m('Datum', 'Date'),
    closures: m('Afgerond en weer geopend', 'Completed and reopened'),
    kind: m('Wat', 'What'),
    summary: m('Samenvatting', 'Summary'),
    by: m('Door', 'By'),
    at: m('Wanneer', 'When'),
    handovers: m('Overdrachten van professionals', 'Hand-overs of professionals'),
    professional: m('Professional', 'Professional'),
    tasksMoved: m('Afspraken overgedragen', 'Agreements handed over'),
  },
  values: { kind: { closed: m('afgerond', 'completed'), reopened: m('weer geopend', 'reopened') } },
  async collect(db, scope) {
    const [roles, closures, handovers] = await Promise.all([
      db.selectFrom('continuity_roles').selectAll().where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).orderBy('created_at').execute(),
      db.selectFrom('plan_closures').selectAll().where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).orderBy('created_at').execute(),
      db.selectFrom('involvement_handovers').selectAll().where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).orderBy('created_at').execute(),
    ]);
    if (roles.length + closures.length + handovers.length === 0) return null;
    return {
      roles: roles.map((r) => ({ holder: r.holder_label, role: r.role, successor: r.successor_label, whenText: r.when_text, whenOn: r.when_on })),
      closures: closures.map((c) => ({ kind: c.kind, summary: c.summary, by: c.by_label, at: iso(c.created_at) })),
      handovers: handovers.map((h) => ({ professional: h.professional_label, summary: h.summary, successor: h.successor_label, tasksMoved: h.tasks_moved, at: iso(h.created_at) })),
    };
  },
});

addExportSection({
  key: 'toekomstplan',
  title: m('Toekomstplan', 'Future plan'),
  labels: {
    heldOn: m('Datum van het gesprek', 'Date of the conversation'),
    participants: m('Wie deden mee', 'Who took part'),
    topicsDiscussed: m('Waar we over praatten', 'What we talked about'),
    topicsOpen: m('Nog niet over gepraat', 'Not talked about yet'),
    wishes: m('Wensen', 'Wishes'),
    changeable: m('Kan nog veranderen', 'May still change'),
    format: m('Vorm', 'Form'),
    story: m('In eigen woorden', 'In own words'),
    pictograms: m('Plaatjes', 'Pictures'),
  },
  values: { format: { tekst: m('tekst', 'text'), lijst: m('lijst', 'list'), plaatjes: m('plaatjes', 'pictures') } },
  async collect(db, scope) {
    const rows = await db.selectFrom('future_dialogues').selectAll().where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).orderBy('held_on').execute();
    if (rows.length === 0) return null;
    return rows.map((r) => ({
      heldOn: r.held_on,
      participants: plain(r.participants),
      topicsDiscussed: plain(r.topics_discussed),
      topicsOpen: plain(r.topics_open),
      wishes: plain(r.wishes),
      format: r.format,
      story: r.story,
      pictograms: plain(r.pictograms),
    }));
  },
});
