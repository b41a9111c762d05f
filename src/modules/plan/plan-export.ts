import { addExportSection } from '../avg/sections.js';
import { loadGoals, loadTasks } from './views.js';

/**
 * The plan in "everything Samenspel stores about you" (AVG art. 15 and 20): goals, agreements and
 * the regisseur hand-overs. Imported once by routes.ts; runs inside the export's withClientAccess.
 */

const m = (nl: string, en: string) => ({ nl, en });

addExportSection({
  key: 'plan',
  title: m('Plan', 'Plan'),
  labels: {
    goals: m('Doelen', 'Goals'),
    domain: m('Levensgebied', 'Life domain'),
    ownWords: m('In eigen woorden', 'In own words'),
    success: m('Zo weet je dat het gelukt is', 'How you will know it worked'),
    scoreNow: m('Cijfer nu', 'Score now'),
    scoreTarget: m('Doel-cijfer', 'Target score'),
    status: m('Stand', 'Status'),
    tasks: m('Afspraken', 'Agreements'),
    title: m('Wat', 'What'),
    who: m('Wie', 'Who'),
    frequency: m('Hoe vaak', 'How often'),
    untilOn: m('Tot en met', 'Until'),
    location: m('Waar', 'Where'),
    costCents: m('Kosten (cent)', 'Cost (cents)'),
    payer: m('Wie betaalt', 'Who pays'),
    askedBy: m('Gevraagd door', 'Asked by'),
    referral: m('Aanbod van de sociale kaart', 'Offer from the social map'),
    outcome: m('Hoe ging het', 'How it went'),
    handovers: m('Overdrachten van de regie', 'Regisseur hand-overs'),
    from: m('Van', 'From'),
    to: m('Naar', 'To'),
    note: m('Notitie', 'Note'),
    on: m('Datum', 'Date'),
  },
  async collect(db, scope) {
    const [goals, tasks, handovers] = await Promise.all([
      loadGoals(db, scope.regionId, scope.clientId),
      loadTasks(db, scope.regionId, scope.clientId),
      db.selectFrom('regisseur_handovers').selectAll().where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).orderBy('created_at').execute(),
    ]);
    if (goals.length === 0 && tasks.length === 0 && handovers.length === 0) return null;
    return {
      goals: goals.map((g) => ({ domain: g.domain, ownWords: g.own_words, success: g.success, scoreNow: g.score_now, scoreTarget: g.score_target, status: g.status })),
      tasks: tasks.map((t) => ({
        title: t.title,
        who: t.assignee_label ?? t.returned_from_label,
        status: t.status,
        frequency: t.frequency,
        untilOn: t.until_on,
        location: t.location,
        costCents: t.cost_cents,
        payer: t.payer,
        askedBy: t.asked_by_label,
        referral: t.referral_kind,
        outcome: t.referral_outcome,
      })),
      handovers: handovers.map((h) => ({ from: h.from_label, to: h.to_label, note: h.note, on: h.handed_over_on })),
    };
  },
});
