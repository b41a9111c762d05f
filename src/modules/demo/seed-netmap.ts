import { randomUUID } from 'node:crypto';
import type { Db } from '../../platform/db/database.js';
import type { PersonInput } from '../netmap/model.js';
import type { Insertable } from 'kysely';
import type { FamilyKind, NetworkSnapshotEntriesTable, SnapshotLabel } from '../netmap/schema.js';
import { insertPerson } from '../netmap/service.js';
import type { SeededIds } from './seed.js';

type Moment = 'intake' | 'evaluatie';

interface DemoMapPerson extends Partial<PersonInput> {
  key: string;
  displayName: string;
  relation: string;
  sector: PersonInput['sector'];
  closeness: PersonInput['closeness'];
  /** The demo user this person is in the circle. */
  member?: string;
  /** How they stood at each snapshot; false: not on the map then. */
  then?: Partial<Record<Moment, Partial<PersonInput> | false>>;
}

/**
 * Kim Hofman's network map (all fictional): her family for the genogram, friends, neighbours, work,
 * leisure and care. Her ex-partner's contact is strained, her aunt's broken (Kim wants it back), an
 * old friend lost; two snapshots (intake, evaluation) show the neighbour coming in and Priya coming
 * closer; Fatima joined after the evaluation.
 */
const KIM: readonly DemoMapPerson[] = [
  { key: 'jayden', displayName: 'Jayden', relation: 'zoon', sector: 'familie', closeness: 'heel-dichtbij', gender: 'man', supportReceived: ['emotioneel', 'praktisch'], supportGiven: ['gezelschap'], contactFrequency: 'dagelijks' },
  { key: 'jessica', member: 'jessica', displayName: 'Jessica', relation: 'zus', sector: 'familie', closeness: 'heel-dichtbij', gender: 'vrouw', supportGiven: ['emotioneel', 'praktisch'], supportReceived: ['gezelschap'], contactFrequency: 'wekelijks', note: 'Past op Jayden als Kim naar afspraken moet.' },
  { key: 'anja', displayName: 'Anja', relation: 'moeder', sector: 'familie', closeness: 'dichtbij', quality: 'wisselend', gender: 'vrouw', supportGiven: ['emotioneel'], contactFrequency: 'maandelijks' },
  { key: 'theo', displayName: 'Theo', relation: 'vader', sector: 'familie', closeness: 'verder', gender: 'man', deceased: true, contactFrequency: 'geen', note: 'Overleden in 2019.' },
  { key: 'lies', displayName: 'Oma Lies', relation: 'oma', sector: 'familie', closeness: 'dichtbij', gender: 'vrouw', supportGiven: ['gezelschap'], supportReceived: ['praktisch'], contactFrequency: 'wekelijks' },
  {
    key: 'ria',
    displayName: 'Tante Ria',
    relation: 'tante',
    sector: 'familie',
    closeness: 'verder',
    quality: 'verbroken',
    status: 'wil-herstellen',
    gender: 'vrouw',
    contactFrequency: 'geen',
    note: 'Ruzie na de begrafenis van Theo. Kim mist haar en wil het goedmaken.',
  },
  { key: 'rick', displayName: 'Rick', relation: 'ex-partner', sector: 'familie', closeness: 'verder', quality: 'moeizaam', status: 'nu-niet-helpend', gender: 'man', contactFrequency: 'maandelijks', then: { intake: { quality: 'verbroken' } } },
  { key: 'priya', member: 'priya', displayName: 'Priya', relation: 'vriendin', sector: 'vrienden', closeness: 'dichtbij', supportGiven: ['emotioneel', 'gezelschap'], supportReceived: ['emotioneel'], contactFrequency: 'wekelijks', then: { intake: { closeness: 'verder', quality: 'wisselend' } } },
  { key: 'demi', displayName: 'Demi', relation: 'vriendin van vroeger', sector: 'vrienden', closeness: 'verder', quality: 'wisselend', status: 'contact-kwijt', contactFrequency: 'zelden', then: { intake: { status: 'actief', contactFrequency: 'paar-keer-per-jaar' } } },
  { key: 'anneke', displayName: 'Buurvrouw Anneke', relation: 'buurvrouw', sector: 'buurt', closeness: 'dichtbij', supportGiven: ['praktisch', 'gezelschap'], supportReceived: ['gezelschap'], contactFrequency: 'wekelijks', then: { intake: false } },
  { key: 'kees', displayName: 'Kees', relation: 'buurman', sector: 'buurt', closeness: 'verder', supportGiven: ['praktisch'], contactFrequency: 'maandelijks' },
  { key: 'sandra', displayName: 'Juf Sandra', relation: 'juf van Jayden', sector: 'school-werk', closeness: 'verder', supportGiven: ['informatie'], paid: true, contactFrequency: 'maandelijks' },
  { key: 'mo', displayName: 'Mo', relation: 'collega', sector: 'school-werk', closeness: 'verder', quality: 'wisselend', supportGiven: ['gezelschap'], contactFrequency: 'wekelijks' },
  { key: 'linda', displayName: 'Linda', relation: 'maatje van zumba', sector: 'vrije-tijd', closeness: 'verder', supportGiven: ['gezelschap'], supportReceived: ['gezelschap'], contactFrequency: 'wekelijks' },
  { key: 'sanne', member: 'sanne', displayName: 'Sanne Verbeek', relation: 'wijkcoach', sector: 'zorg', closeness: 'dichtbij', supportGiven: ['begeleiding', 'informatie'], paid: true, contactFrequency: 'wekelijks' },
  {
    key: 'fatima',
    member: 'fatima',
    displayName: 'Fatima',
    relation: 'maatschappelijk werker',
    sector: 'zorg',
    closeness: 'dichtbij',
    supportGiven: ['praktisch', 'belangen'],
    paid: true,
    contactFrequency: 'wekelijks',
    then: { intake: false, evaluatie: false },
  },
  { key: 'bakker', displayName: 'Dokter Bakker', relation: 'huisarts', sector: 'zorg', closeness: 'verder', supportGiven: ['informatie'], paid: true, contactFrequency: 'paar-keer-per-jaar' },
];

/** [kind, from, to]; null is Kim herself. */
const FAMILY: readonly [FamilyKind, string | null, string | null][] = [
  ['partner', 'anja', 'theo'],
  ['ouder-van', 'anja', null],
  ['ouder-van', 'theo', null],
  ['ouder-van', 'anja', 'jessica'],
  ['ouder-van', 'theo', 'jessica'],
  ['ouder-van', 'lies', 'anja'],
  ['ouder-van', 'lies', 'ria'],
  ['ex-partner', null, 'rick'],
  ['ouder-van', null, 'jayden'],
  ['ouder-van', 'rick', 'jayden'],
];

const SNAPSHOTS: readonly { label: SnapshotLabel; moment: Moment; daysAgo: number; note: string }[] = [
  { label: 'intake', moment: 'intake', daysAgo: 90, note: 'Netwerkgesprek bij Kim thuis.' },
  { label: 'evaluatie', moment: 'evaluatie', daysAgo: 30, note: 'Eerste evaluatie van het plan.' },
];

const normal = (p: DemoMapPerson): PersonInput => ({
  displayName: p.displayName,
  relation: p.relation,
  sector: p.sector,
  closeness: p.closeness,
  quality: p.quality ?? 'steunend',
  supportGiven: p.supportGiven ?? [],
  supportReceived: p.supportReceived ?? [],
  contactFrequency: p.contactFrequency ?? null,
  paid: p.paid ?? false,
  status: p.status ?? 'actief',
  note: p.note ?? null,
  birthDate: p.birthDate ?? null,
  gender: p.gender ?? null,
  deceased: p.deceased ?? false,
});

export async function seedNetmap(trx: Db, ids: SeededIds, today: Date): Promise<void> {
  const clientId = ids.clients.get('kim');
  const sanne = ids.users.get('sanne');
  if (!clientId || !sanne) throw new Error('demo network map: Kim or Sanne missing');
  const links = await trx.selectFrom('client_links').select(['id', 'user_id']).where('region_id', '=', ids.regionId).where('client_id', '=', clientId).execute();

  const personId = new Map<string, string>();
  for (const p of KIM) {
    const row = await insertPerson(trx, ids.regionId, clientId, sanne.id, normal(p));
    personId.set(p.key, row.id);
    const user = p.member ? ids.users.get(p.member) : undefined;
    const link = user ? links.find((l) => l.user_id === user.id) : undefined;
    if (link) await trx.updateTable('network_persons').set({ link_id: link.id }).where('id', '=', row.id).execute();
  }
  const idOf = (key: string | null) => (key === null ? null : (personId.get(key) ?? null));
  await trx
    .insertInto('network_family_links')
    .values(FAMILY.map(([kind, from, to]) => ({ region_id: ids.regionId, client_id: clientId, kind, from_person_id: idOf(from), to_person_id: idOf(to), created_by: sanne.id })))
    .execute();

  for (const s of SNAPSHOTS) {
    const snap = await trx
      .insertInto('network_snapshots')
      .values({
        region_id: ids.regionId,
        client_id: clientId,
        label: s.label,
        taken_on: new Date(today.getTime() - s.daysAgo * 86_400_000).toISOString().slice(0, 10),
        note: s.note,
        created_by: sanne.id,
        created_by_label: sanne.label,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const entries: Insertable<NetworkSnapshotEntriesTable>[] = KIM.flatMap((p) => {
      const then = p.then?.[s.moment];
      if (then === false) return [];
      const v = { ...normal(p), ...then };
      return [
        {
          region_id: ids.regionId,
          snapshot_id: snap.id,
          person_key: personId.get(p.key) as string,
          display_name: v.displayName,
          birth_date: v.birthDate,
          gender: v.gender,
          relation: v.relation,
          sector: v.sector,
          closeness: v.closeness,
          quality: v.quality,
          support_given: JSON.stringify(v.supportGiven),
          support_received: JSON.stringify(v.supportReceived),
          contact_frequency: v.contactFrequency,
          paid: v.paid,
          status: v.status,
          note: v.note,
          deceased: v.deceased,
        },
      ];
    });
    // A colleague who was on the map at the intake and was taken off later: anonymised, as deletion leaves it.
    if (s.moment === 'intake') {
      entries.push({
        region_id: ids.regionId,
        snapshot_id: snap.id,
        person_key: randomUUID(),
        removed: true,
        display_name: null,
        birth_date: null,
        gender: null,
        relation: 'oud-collega',
        sector: 'school-werk',
        closeness: 'verder',
        quality: 'steunend',
        support_given: JSON.stringify(['gezelschap']),
        support_received: '[]',
        contact_frequency: 'maandelijks',
        paid: false,
        status: 'actief',
        note: null,
        deceased: false,
      });
    }
    await trx
      .insertInto('network_snapshot_entries')
      .values(entries)
      .execute();
  }
}
