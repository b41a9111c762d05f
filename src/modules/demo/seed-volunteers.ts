import { todayInNl, ageOnDay } from '../../platform/access/index.js';
import type { Db } from '../../platform/db/database.js';
import type { SeededIds } from './seed.js';

interface DemoProfile {
  person: string;
  interests: string[];
  skills: string[];
  languages: string[];
  availability: string[];
  birthYear: number;
  gender: 'vrouw' | 'man';
  preferAge: 'geen' | 'jong' | 'volwassen' | 'ouder';
  postcodeArea: string;
  maxClients: number;
  about: string;
  training: { course: string; daysAgo: number; certificate: boolean }[];
  checkIn?: 'goed' | 'druk' | 'te-veel';
}

/** The four demo volunteers; all names and details are invented. */
const PROFILES: readonly DemoProfile[] = [
  {
    person: 'wim',
    interests: ['wandelen', 'vissen', 'koffie drinken'],
    skills: ['luisteren', 'klussen'],
    languages: ['nederlands'],
    availability: ['di-ochtend', 'do-ochtend', 'vr-middag'],
    birthYear: 1956,
    gender: 'man',
    preferAge: 'ouder',
    postcodeArea: '7391',
    maxClients: 3,
    about: 'Ik ben gepensioneerd en kom graag op de koffie. Ik vis en wandel graag.',
    training: [{ course: 'Basistraining bezoekvrijwilliger', daysAgo: 400, certificate: true }],
    checkIn: 'te-veel',
  },
  {
    person: 'lisa',
    interests: ['sport', 'muziek', 'gamen'],
    skills: ['huiswerk helpen'],
    languages: ['nederlands', 'engels'],
    availability: ['wo-middag', 'za-middag'],
    birthYear: 1999,
    gender: 'vrouw',
    preferAge: 'jong',
    postcodeArea: '7392',
    maxClients: 2,
    about: 'Ik studeer en ben buddy voor jongeren. Samen sporten of muziek maken vind ik leuk.',
    training: [{ course: 'Buddytraining jongeren (vier middagen)', daysAgo: 200, certificate: true }],
    checkIn: 'goed',
  },
  {
    person: 'gerrit',
    interests: ['tuinieren', 'wandelen', 'koken'],
    skills: ['klussen', 'vervoer'],
    languages: ['nederlands'],
    availability: ['ma-middag', 'wo-ochtend'],
    birthYear: 1961,
    gender: 'man',
    preferAge: 'geen',
    postcodeArea: '7321',
    maxClients: 2,
    about: 'Ik help graag met de tuin of een klusje, en ik rijd mee naar afspraken.',
    training: [{ course: 'Basistraining maatje', daysAgo: 700, certificate: true }],
    checkIn: 'druk',
  },
  {
    person: 'samira',
    interests: ['taal', 'koffie drinken', 'wandelen', 'koken'],
    skills: ['taalles', 'formulieren'],
    languages: ['nederlands', 'arabisch', 'frans'],
    availability: ['di-middag', 'do-middag', 'za-ochtend'],
    birthYear: 1985,
    gender: 'vrouw',
    preferAge: 'volwassen',
    postcodeArea: '6842',
    maxClients: 2,
    about: 'Ik help mensen met de Nederlandse taal en met brieven. Ik drink graag een kop koffie en wandel graag.',
    training: [
      { course: 'Training taalmaatje', daysAgo: 120, certificate: true },
      { course: 'Gespreksvaardigheden (rollenspel)', daysAgo: 30, certificate: false },
    ],
  },
];

const dayBefore = (today: Date, days: number) => todayInNl(new Date(today.getTime() - days * 86_400_000));

/**
 * Volunteer profiles of the demo volunteer organisation. The volunteers already in a circle get that
 * place as a running match (so their load shows), and Kim's circle has one open request waiting for
 * the coordinator. Called inside the seed transaction.
 */
export async function seedVolunteers(trx: Db, ids: SeededIds, today: Date): Promise<void> {
  const day = todayInNl(today);
  const coordinator = ids.users.get('thijs');
  if (!coordinator) return;
  const org = await trx.selectFrom('users').select('organisation_id').where('id', '=', coordinator.id).executeTakeFirstOrThrow();
  if (!org.organisation_id) return;
  const organisationId = org.organisation_id;
  for (const p of PROFILES) {
    const user = ids.users.get(p.person);
    if (!user) continue;
    await trx
      .insertInto('volunteer_profiles')
      .values({
        user_id: user.id,
        region_id: ids.regionId,
        organisation_id: organisationId,
        status: 'active',
        skills: JSON.stringify(p.skills),
        interests: JSON.stringify(p.interests),
        languages: JSON.stringify(p.languages),
        availability: JSON.stringify(p.availability),
        birth_year: p.birthYear,
        gender: p.gender,
        prefer_age: p.preferAge,
        postcode_area: p.postcodeArea,
        about: p.about,
        max_clients: p.maxClients,
        max_hours_week: 3,
        intake_on: dayBefore(today, 420),
        intake_by_label: coordinator.label,
        intake_notes: 'Intakegesprek gehad. Wil graag iets betekenen voor mensen in de buurt.',
        check_in_anchor: dayBefore(today, 420),
      })
      .execute();
    for (const tr of p.training) {
      await trx
        .insertInto('volunteer_trainings')
        .values({ region_id: ids.regionId, user_id: user.id, course: tr.course, completed_on: dayBefore(today, tr.daysAgo), certificate: tr.certificate, recorded_by_label: coordinator.label })
        .execute();
    }
    if (p.checkIn) {
      await trx
        .insertInto('volunteer_check_ins')
        .values({ region_id: ids.regionId, user_id: user.id, period_start: dayBefore(today, 3), answer: p.checkIn, answered_at: new Date(today.getTime() - 2 * 86_400_000) })
        .execute();
    }
    await matchesForExistingLinks(trx, ids, organisationId, user, coordinator.label, day);
  }
  const kim = ids.clients.get('kim');
  const sanne = ids.users.get('sanne');
  if (kim && sanne) {
    const c = await trx.selectFrom('clients').select(['first_name', 'birth_date']).where('id', '=', kim).executeTakeFirstOrThrow();
    const r = await trx
      .insertInto('volunteer_requests')
      .values({
        region_id: ids.regionId,
        client_id: kim,
        organisation_id: organisationId,
        first_name: c.first_name,
        age_years: ageOnDay(c.birth_date, day),
        client_gender: 'vrouw',
        purpose: 'Een maatje dat samen met Kim de post doorneemt en helpt met brieven en formulieren.',
        interests: JSON.stringify(['formulieren', 'koffie drinken']),
        day_parts: JSON.stringify(['di-middag', 'do-middag']),
        gender_wish: 'vrouw',
        postcode_area: '7393',
        hours_per_week: 2,
        requested_by: sanne.id,
        requested_by_label: sanne.label,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.insertInto('volunteer_match_events').values({ region_id: ids.regionId, client_id: kim, request_id: r.id, kind: 'requested', actor_label: sanne.label, details: '{}' }).execute();
  }
}

/** A volunteer already in a circle: recorded as the request and match that brought them there. */
async function matchesForExistingLinks(trx: Db, ids: SeededIds, organisationId: string, user: { id: string; label: string }, coordinatorLabel: string, day: string): Promise<void> {
  const links = await trx
    .selectFrom('client_links as l')
    .innerJoin('clients as c', (j) => j.onRef('c.id', '=', 'l.client_id').onRef('c.region_id', '=', 'l.region_id'))
    .select(['l.client_id', 'l.label', 'c.first_name', 'c.birth_date'])
    .where('l.region_id', '=', ids.regionId)
    .where('l.user_id', '=', user.id)
    .where('l.relation', '=', 'vrijwilliger')
    .execute();
  for (const l of links) {
    const r = await trx
      .insertInto('volunteer_requests')
      .values({
        region_id: ids.regionId,
        client_id: l.client_id,
        organisation_id: organisationId,
        status: 'matched',
        first_name: l.first_name,
        age_years: ageOnDay(l.birth_date, day),
        purpose: `Een ${l.label ?? 'vrijwilliger'} voor een vast moment in de week.`,
        interests: '[]',
        day_parts: '[]',
        hours_per_week: 1,
        requested_by_label: coordinatorLabel,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const m = await trx
      .insertInto('volunteer_matches')
      .values({
        region_id: ids.regionId,
        client_id: l.client_id,
        request_id: r.id,
        volunteer_user_id: user.id,
        volunteer_label: user.label,
        status: 'matched',
        reasons: '[]',
        volunteer_answer: 'yes',
        client_answer: 'yes',
        matched_at: new Date(),
        proposed_by_label: coordinatorLabel,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.insertInto('volunteer_match_events').values({ region_id: ids.regionId, client_id: l.client_id, request_id: r.id, match_id: m.id, kind: 'matched', actor_label: coordinatorLabel, details: '{}' }).execute();
  }
}
