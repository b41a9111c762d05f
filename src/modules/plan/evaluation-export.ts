import { addExportSection } from '../avg/sections.js';

const m = (nl: string, en: string) => ({ nl, en });

/** Evaluations in the client's AVG download: each moment with its scores, decisions and yields. */
addExportSection({
  key: 'evaluations',
  title: m('Evaluaties van je plan', 'Evaluations of your plan'),
  labels: {
    plannedOn: m('Gepland op', 'Planned for'),
    status: m('Stand', 'Status'),
    heldOn: m('Gehouden op', 'Held on'),
    heldBy: m('Vastgelegd door', 'Recorded by'),
    invited: m('Uitgenodigd', 'Invited'),
    agendaNote: m('Waar het over gaat', 'What it is about'),
    wentWell: m('Wat ging goed', 'What went well'),
    toChange: m('Wat moet anders', 'What to change'),
    yields: m('Wat het opleverde', 'What it brought'),
    goals: m('Doelen', 'Goals'),
    agreements: m('Afspraken', 'Agreements'),
    ownWords: m('Doel', 'Goal'),
    previousScore: m('Cijfer daarvoor', 'Score before'),
    clientScore: m('Jouw cijfer', 'Your score'),
    otherScores: m('Cijfers van anderen', 'Scores by others'),
    title: m('Afspraak', 'Agreement'),
    decision: m('Besluit', 'Decision'),
    note: m('Toelichting', 'Note'),
  },
  values: {
    status: { planned: m('gepland', 'planned'), held: m('gehouden', 'held'), cancelled: m('gaat niet door', 'cancelled') },
    decision: { continue: m('gaat door', 'continues'), stop: m('stopt', 'stops') },
  },
  async collect(db, scope) {
    const rows = await db.selectFrom('evaluations').selectAll().where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).orderBy('planned_on').execute();
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [invitees, goals, agreements] = await Promise.all([
      db.selectFrom('evaluation_invitees').select(['evaluation_id', 'label']).where('region_id', '=', scope.regionId).where('evaluation_id', 'in', ids).orderBy('label').execute(),
      db.selectFrom('evaluation_goals').selectAll().where('region_id', '=', scope.regionId).where('evaluation_id', 'in', ids).orderBy('position').execute(),
      db.selectFrom('evaluation_agreements').selectAll().where('region_id', '=', scope.regionId).where('evaluation_id', 'in', ids).orderBy('title').execute(),
    ]);
    const scores = goals.length
      ? await db
          .selectFrom('evaluation_scores')
          .select(['evaluation_goal_id', 'rater_label', 'score'])
          .where('region_id', '=', scope.regionId)
          .where(
            'evaluation_goal_id',
            'in',
            goals.map((g) => g.id),
          )
          .execute()
      : [];
    return rows.map((r) => ({
      plannedOn: r.planned_on,
      status: r.status,
      heldOn: r.held_on,
      heldBy: r.held_by_label,
      invited: invitees.filter((i) => i.evaluation_id === r.id).map((i) => i.label),
      agendaNote: r.agenda_note,
      wentWell: r.went_well,
      toChange: r.to_change,
      yields: r.yields,
      goals: goals
        .filter((g) => g.evaluation_id === r.id)
        .map((g) => ({
          ownWords: g.own_words,
          previousScore: g.previous_score,
          clientScore: g.client_score,
          otherScores: scores.filter((s) => s.evaluation_goal_id === g.id).map((s) => `${s.rater_label}: ${s.score}`),
          wentWell: g.went_well,
          toChange: g.to_change,
        })),
      agreements: agreements.filter((a) => a.evaluation_id === r.id).map((a) => ({ title: a.title, decision: a.decision, note: a.note })),
    }));
  },
});
