import { addExportSection } from '../avg/sections.js';

const m = (nl: string, en: string) => ({ nl, en });
const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/**
 * Network intakes in the client's AVG download: when, with whom, what was said per step and who was
 * added to the map in which step. The people themselves are in the network map's own section.
 */
addExportSection({
  key: 'network-intakes',
  title: m('Netwerkintakes', 'Network intakes'),
  labels: {
    status: m('Stand', 'Status'),
    step: m('Stap', 'Step'),
    participants: m('Wie deden mee', 'Who took part'),
    startedBy: m('Begonnen door', 'Started by'),
    startedAt: m('Begonnen op', 'Started on'),
    pausedAt: m('Gepauzeerd op', 'Paused on'),
    finishedAt: m('Afgerond op', 'Finished on'),
    finishedBy: m('Afgerond door', 'Finished by'),
    notes: m('Aantekeningen per stap', 'Notes per step'),
    summary: m('Samenvatting', 'Summary'),
    people: m('Mensen', 'People'),
    sectors: m('Levensgebieden', 'Areas of life'),
    restore: m('Weer contact zoeken', 'Get back in touch'),
    added: m('Toegevoegd tijdens de intake', 'Added during the intake'),
    person: m('Persoon', 'Person'),
    answer: m('Antwoord', 'Answer'),
  },
  values: {
    status: { running: m('bezig', 'in progress'), paused: m('gepauzeerd', 'paused'), finished: m('afgerond', 'finished') },
    answer: { nu: m('is er nu', 'there now'), vroeger: m('was er vroeger', 'used to be there'), vragen: m('kan ik vragen', 'could be asked') },
  },
  async collect(db, scope) {
    const [intakes, added] = await Promise.all([
      db.selectFrom('network_intakes').selectAll().where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).orderBy('started_at').execute(),
      db
        .selectFrom('network_intake_persons as ip')
        .innerJoin('network_persons as p', (j) => j.onRef('p.id', '=', 'ip.person_id').onRef('p.region_id', '=', 'ip.region_id'))
        .select(['ip.intake_id', 'ip.step', 'ip.answer', 'p.display_name', 'p.relation'])
        .where('ip.region_id', '=', scope.regionId)
        .where('ip.client_id', '=', scope.clientId)
        .orderBy('ip.created_at')
        .execute(),
    ]);
    return intakes.map((i) => ({
      status: i.status,
      step: i.step,
      participants: i.participants,
      startedBy: i.started_by_label,
      startedAt: iso(i.started_at),
      pausedAt: iso(i.paused_at),
      finishedAt: iso(i.finished_at),
      finishedBy: i.finished_by_label,
      notes: Object.fromEntries(Object.entries(i.notes).filter((e): e is [string, string] => typeof e[1] === 'string')),
      summary: i.summary ? { people: i.summary.people, sectors: i.summary.sectors, restore: i.summary.restore, added: i.summary.added } : null,
      added: added.filter((a) => a.intake_id === i.id).map((a) => ({ person: `${a.display_name} (${a.relation})`, step: a.step, answer: a.answer })),
    }));
  },
});
