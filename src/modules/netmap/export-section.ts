import { addExportSection } from '../avg/sections.js';

const m = (nl: string, en: string) => ({ nl, en });

const personLabels = {
  name: m('Naam', 'Name'),
  relation: m('Relatie', 'Relation'),
  sector: m('Deel van het leven', 'Part of life'),
  closeness: m('Hoe dichtbij', 'How close'),
  quality: m('Hoe het contact is', 'How the contact is'),
  supportGiven: m('Geeft steun', 'Gives support'),
  supportReceived: m('Krijgt steun terug', 'Receives support back'),
  contactFrequency: m('Hoe vaak contact', 'How often in contact'),
  paid: m('Betaald (beroepskracht)', 'Paid (professional)'),
  status: m('Stand van het contact', 'State of the contact'),
  note: m('Notitie', 'Note'),
  birthDate: m('Geboortedatum', 'Date of birth'),
  gender: m('Gender', 'Gender'),
  deceased: m('Overleden', 'Deceased'),
  removed: m('Verwijderd van de kaart', 'Removed from the map'),
};

/** The network map in the client's AVG download: the people, family links and every snapshot. */
addExportSection({
  key: 'network-map',
  title: m('Netwerkkaart', 'Network map'),
  labels: {
    ...personLabels,
    persons: m('Mensen op de kaart', 'People on the map'),
    family: m('Familierelaties', 'Family relations'),
    kind: m('Soort relatie', 'Kind of relation'),
    from: m('Van', 'From'),
    to: m('Naar', 'To'),
    snapshots: m('Momentopnamen', 'Snapshots'),
    label: m('Moment', 'Moment'),
    takenOn: m('Datum', 'Date'),
    createdBy: m('Bewaard door', 'Saved by'),
    entries: m('Mensen toen', 'People then'),
  },
  values: {
    kind: { partner: m('partner', 'partner'), 'ex-partner': m('ex-partner', 'ex-partner'), 'ouder-van': m('ouder van', 'parent of') },
    label: { intake: m('intake', 'intake'), evaluatie: m('evaluatie', 'evaluation'), anders: m('ander moment', 'other moment') },
    quality: { steunend: m('steunend', 'supportive'), wisselend: m('wisselend', 'mixed'), moeizaam: m('moeizaam', 'strained'), verbroken: m('verbroken', 'broken') },
    closeness: { 'heel-dichtbij': m('heel dichtbij', 'very close'), dichtbij: m('dichtbij', 'close'), verder: m('verder weg', 'further away') },
  },
  async collect(db, scope) {
    const [persons, family, snapshots, entries] = await Promise.all([
      db.selectFrom('network_persons').selectAll().where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).orderBy('created_at').orderBy('id').execute(),
      db.selectFrom('network_family_links').selectAll().where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).orderBy('created_at').orderBy('id').execute(),
      db.selectFrom('network_snapshots').selectAll().where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).orderBy('taken_on').orderBy('id').execute(),
      db
        .selectFrom('network_snapshot_entries as e')
        .innerJoin('network_snapshots as s', (j) => j.onRef('s.id', '=', 'e.snapshot_id').onRef('s.region_id', '=', 'e.region_id'))
        .selectAll('e')
        .where('s.region_id', '=', scope.regionId)
        .where('s.client_id', '=', scope.clientId)
        .orderBy('e.display_name')
        .execute(),
    ]);
    const nameOf = new Map(persons.map((p) => [p.id, p.display_name]));
    const end = (id: string | null) => (id === null ? 'cliënt' : (nameOf.get(id) ?? id));
    return {
      persons: persons.map((p) => ({
        name: p.display_name,
        relation: p.relation,
        sector: p.sector,
        closeness: p.closeness,
        quality: p.quality,
        supportGiven: p.support_given,
        supportReceived: p.support_received,
        contactFrequency: p.contact_frequency,
        paid: p.paid,
        status: p.status,
        note: p.note,
        birthDate: p.birth_date,
        gender: p.gender,
        deceased: p.deceased,
      })),
      family: family.map((f) => ({ kind: f.kind, from: end(f.from_person_id), to: end(f.to_person_id) })),
      snapshots: snapshots.map((s) => ({
        label: s.label,
        takenOn: s.taken_on,
        note: s.note,
        createdBy: s.created_by_label,
        entries: entries
          .filter((e) => e.snapshot_id === s.id)
          .map((e) => ({
            name: e.display_name,
            removed: e.removed,
            relation: e.relation,
            sector: e.sector,
            closeness: e.closeness,
            quality: e.quality,
            supportGiven: e.support_given,
            supportReceived: e.support_received,
            contactFrequency: e.contact_frequency,
            paid: e.paid,
            status: e.status,
            note: e.note,
            birthDate: e.birth_date,
            deceased: e.deceased,
          })),
      })),
    };
  },
});
