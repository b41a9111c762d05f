import { addExportSection } from '../avg/sections.js';

const m = (nl: string, en: string) => ({ nl, en });
const iso = (d: Date | null): string | null => (d ? new Date(d).toISOString() : null);

/** Naastenkaarten in the client's AVG download: each card with its burden checks, calls and signals, and the circle's start date. */
addExportSection({
  key: 'naastenkaarten',
  title: m('Naastenkaarten', 'Carer cards'),
  labels: {
    admittedOn: m('Startdatum van de kring', 'Start date of the circle'),
    cards: m('Kaarten', 'Cards'),
    naaste: m('Naaste', 'Carer'),
    occasions: m('Wil betrokken zijn bij', 'Wants to be involved in'),
    frequency: m('Hoe vaak', 'How often'),
    channels: m('Hoe bereikbaar', 'How to reach'),
    roles: m('Rollen', 'Roles'),
    ownStory: m('Eigen verhaal', 'Own story'),
    ownNeeds: m('Wat de naaste zelf nodig heeft', 'What the carer needs'),
    checkInWeeks: m('Even bellen, elke zoveel weken', 'Check-in call every so many weeks'),
    updatedBy: m('Laatst ingevuld door', 'Last filled in by'),
    updatedAt: m('Laatst ingevuld op', 'Last filled in on'),
    burden: m('Draaglast (1 licht – 10 heel zwaar)', 'Burden (1 light – 10 very heavy)'),
    day: m('Dag', 'Day'),
    score: m('Score', 'Score'),
    note: m('Toelichting', 'Note'),
    checkIns: m('Belmomenten', 'Check-in calls'),
    periodStart: m('Periode vanaf', 'Period from'),
    doneAt: m('Gebeld op', 'Called on'),
    doneBy: m('Gebeld door', 'Called by'),
    alerts: m('"Het wordt me te veel"', '"It is too much for me"'),
    createdAt: m('Gemeld op', 'Raised on'),
    seenAt: m('Gezien op', 'Seen on'),
    seenBy: m('Gezien door', 'Seen by'),
  },
  values: {
    occasions: {
      crisis: m('bij een crisis', 'in a crisis'),
      'grote-beslissingen': m('bij grote beslissingen', 'for big decisions'),
      dagelijks: m('bij dagelijkse dingen', 'for day-to-day things'),
      evaluaties: m('bij evaluaties', 'at evaluations'),
      'plan-gesprekken': m('bij gesprekken over het plan', 'at meetings about the plan'),
    },
    channels: { telefoon: m('telefoon', 'phone'), app: m('app', 'app'), email: m('e-mail', 'e-mail'), persoonlijk: m('langskomen of afspreken', 'in person') },
    roles: {
      signalerend: m('signaleren', 'signalling'),
      'co-begeleider': m('helpt mee in de begeleiding', 'co-supporter'),
      informatiebron: m('informatie geven', 'information source'),
      mantelzorger: m('mantelzorger', 'informal carer'),
      'eigen-hulpvraag': m('heeft zelf ook steun nodig', 'needs support too'),
    },
    frequency: {
      wekelijks: m('elke week', 'every week'),
      'twee-weken': m('elke twee weken', 'every two weeks'),
      maandelijks: m('elke maand', 'every month'),
      'bij-plan': m('alleen bij gesprekken over het plan', 'only at plan meetings'),
      'als-nodig': m('als het nodig is', 'when needed'),
    },
  },
  async collect(db, scope) {
    const [start, cards, links, checks, calls, alerts] = await Promise.all([
      db.selectFrom('naasten_circle_starts').select('admitted_on').where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).executeTakeFirst(),
      db.selectFrom('naasten_cards').selectAll().where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).orderBy('created_at').execute(),
      db
        .selectFrom('client_links as l')
        .innerJoin('users as u', (j) => j.onRef('u.id', '=', 'l.user_id').onRef('u.region_id', '=', 'l.region_id'))
        .select(['l.id', 'u.display_name', 'l.label'])
        .where('l.region_id', '=', scope.regionId)
        .where('l.client_id', '=', scope.clientId)
        .execute(),
      db.selectFrom('naasten_burden_checks').selectAll().where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).orderBy('day').execute(),
      db.selectFrom('naasten_check_ins').selectAll().where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).orderBy('period_start').execute(),
      db.selectFrom('naasten_alerts').selectAll().where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).orderBy('created_at').execute(),
    ]);
    const nameOf = (linkId: string) => {
      const l = links.find((x) => x.id === linkId);
      return l ? (l.label ? `${l.display_name} (${l.label})` : l.display_name) : null;
    };
    return {
      admittedOn: start?.admitted_on ?? null,
      cards: cards.map((c) => ({
        naaste: nameOf(c.link_id),
        occasions: c.occasions,
        frequency: c.frequency,
        channels: c.channels,
        roles: c.roles,
        ownStory: c.own_story,
        ownNeeds: c.own_needs,
        checkInWeeks: c.check_in_weeks,
        updatedBy: c.updated_by_label,
        updatedAt: iso(c.updated_at),
        burden: checks.filter((b) => b.card_id === c.id).map((b) => ({ day: b.day, score: b.score, note: b.note })),
        checkIns: calls.filter((x) => x.card_id === c.id).map((x) => ({ periodStart: x.period_start, doneAt: iso(x.done_at), doneBy: x.done_by_label, note: x.note })),
      })),
      alerts: alerts.map((a) => ({ naaste: nameOf(a.link_id), note: a.note, createdAt: iso(a.created_at), seenAt: iso(a.seen_at), seenBy: a.seen_by_label })),
    };
  },
});
