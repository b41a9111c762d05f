import type { Db } from '../../platform/db/database.js';
import { nlInstant } from '../carenet/meetings-time.js';
import { shiftDay } from '../carenet/minutes-dates.js';
import { todayInNl } from '../../platform/access/index.js';
import { SURVEY_QUESTIONS } from '../carenet/survey-questions.js';
import type { SeededIds } from './seed.js';

type Likert = Record<string, number>;

/**
 * Minutes, action points, signals and a survey round for the demo network chaired by Fatima:
 * sent minutes of an earlier meeting with action points (one for Sanne), a meeting of nine days ago
 * whose minutes are late (the chair's dashboard shows it), four signals (one raised to the
 * municipality) and a closed survey round with four answers. Uses the network the care-network
 * seed made; makes a small one itself when there is none.
 */
export async function seedCareMinutes(trx: Db, ids: SeededIds, today: Date): Promise<void> {
  const user = (key: string): string => {
    const u = ids.users.get(key);
    if (!u) throw new Error(`demo user ${key} missing`);
    return u.id;
  };
  const regionId = ids.regionId;
  const day = todayInNl(today);
  const [fatima, noor, sanne, joost, daan, mehmet] = ['fatima', 'noor', 'sanne', 'joost', 'daan', 'mehmet'].map(user) as [string, string, string, string, string, string];
  const orgOf = async (userId: string) => (await trx.selectFrom('users').select('organisation_id').where('id', '=', userId).executeTakeFirstOrThrow()).organisation_id!;

  let network = await trx.selectFrom('care_networks').select(['id', 'secretary_user_id']).where('region_id', '=', regionId).where('chair_user_id', '=', fatima).orderBy('name').executeTakeFirst();
  if (!network) {
    network = await trx
      .insertInto('care_networks')
      .values({ region_id: regionId, name: 'Zorgnetwerk 12-18 Veenwijk', age_group: '12-18', area: 'Veenwijk', chair_user_id: fatima, secretary_user_id: noor })
      .returning(['id', 'secretary_user_id'])
      .executeTakeFirstOrThrow();
  }
  const networkId = network.id;
  if (!network.secretary_user_id) await trx.updateTable('care_networks').set({ secretary_user_id: noor }).where('id', '=', networkId).execute();
  const secretary = network.secretary_user_id ?? noor;
  for (const member of [sanne, joost, daan, mehmet]) {
    await trx
      .insertInto('care_network_members')
      .values({ region_id: regionId, network_id: networkId, organisation_id: await orgOf(member), user_id: member, role: 'representative', active_from: shiftDay(day, -400) })
      .onConflict((oc) => oc.columns(['network_id', 'user_id']).doNothing())
      .execute();
  }

  const meeting = async (daysAgo: number) =>
    (
      await trx
        .insertInto('care_meetings')
        .values({ region_id: regionId, network_id: networkId, starts_at: nlInstant(shiftDay(day, -daysAgo), '14:00'), status: 'held', created_by: fatima })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const theme = async (meetingId: string, position: number, title: string) =>
    (await trx.insertInto('care_meeting_items').values({ region_id: regionId, meeting_id: meetingId, kind: 'theme', position, title, status: 'discussed' }).returning('id').executeTakeFirstOrThrow()).id;

  // Earlier held meetings of the demo networks had their minutes sent a few days after; the latest
  // one of this network gets full minutes with action points.
  const twoWeeksAgo = nlInstant(shiftDay(day, -14), '00:00');
  const held = await trx
    .selectFrom('care_meetings as m')
    .innerJoin('care_networks as n', (j) => j.onRef('n.id', '=', 'm.network_id').onRef('n.region_id', '=', 'm.region_id'))
    .select(['m.id', 'm.network_id', 'm.starts_at', 'n.secretary_user_id', 'n.chair_user_id'])
    .where('m.region_id', '=', regionId)
    .where('m.status', '=', 'held')
    .where('m.starts_at', '<', twoWeeksAgo)
    .orderBy('m.starts_at', 'desc')
    .execute();
  const earlier = held.find((m) => m.network_id === networkId)?.id ?? (await meeting(42));
  for (const m of held.filter((x) => x.id !== earlier)) {
    const by = m.secretary_user_id ?? m.chair_user_id ?? fatima;
    await trx.insertInto('care_minutes').values({ region_id: regionId, meeting_id: m.id, status: 'published', published_at: new Date(m.starts_at.getTime() + 3 * 86_400_000), published_by: by, version: 2 }).execute();
    const items = await trx.selectFrom('care_meeting_items').select('id').where('meeting_id', '=', m.id).where('status', '<>', 'removed').execute();
    if (items.length) {
      await trx
        .insertInto('care_minutes_items')
        .values(items.map((i) => ({ region_id: regionId, meeting_id: m.id, item_id: i.id, body: 'Besproken. Iedereen herkent het beeld; we houden het in de gaten.', decisions: 'Terugkomen in het volgende overleg.', updated_by: by })))
        .execute();
    }
  }
  const lastPosition = (await trx.selectFrom('care_meeting_items').select('position').where('meeting_id', '=', earlier).orderBy('position', 'desc').executeTakeFirst())?.position ?? 0;
  const e1 = await theme(earlier, lastPosition + 1, 'Blowen rond het schoolplein');
  const e2 = await theme(earlier, lastPosition + 2, 'Wachtlijst jeugdhulp');
  const earlierAt = (await trx.selectFrom('care_meetings').select('starts_at').where('id', '=', earlier).executeTakeFirstOrThrow()).starts_at;
  await trx
    .insertInto('care_minutes')
    .values({ region_id: regionId, meeting_id: earlier, status: 'published', published_at: new Date(earlierAt.getTime() + 2 * 86_400_000), published_by: secretary, version: 2 })
    .execute();
  await trx
    .insertInto('care_minutes_items')
    .values([
      {
        region_id: regionId,
        meeting_id: earlier,
        item_id: e1,
        body: 'Twee scholen zien meer jongeren die blowen in de pauze. De wijkagent herkent het beeld. Jongerenwerk is er nu niet in de pauze.',
        decisions: 'Het wijkteam en de school gaan samen met jongerenwerk in gesprek.',
        updated_by: secretary,
      },
      {
        region_id: regionId,
        meeting_id: earlier,
        item_id: e2,
        body: 'De wachttijd voor jeugdhulp is nu ongeveer tien weken. Gezinnen krijgen in de tussentijd weinig steun.',
        decisions: 'We vragen de jeugdhulp om een overbruggingsaanbod.',
        updated_by: secretary,
      },
    ])
    .execute();
  const [sanneAction] = await trx
    .insertInto('care_actions')
    .values([
      { region_id: regionId, meeting_id: earlier, item_id: e1, body: 'Gesprek met jongerenwerk en school plannen', owner_user_id: sanne, due_on: shiftDay(day, 10), created_by: secretary },
      { region_id: regionId, meeting_id: earlier, item_id: e2, body: 'Overbruggingsaanbod navragen bij het team', owner_user_id: joost, due_on: shiftDay(day, -20), created_by: secretary },
      {
        region_id: regionId,
        meeting_id: earlier,
        item_id: e2,
        body: 'Lijst van wachtenden delen met de huisartsen',
        owner_user_id: mehmet,
        due_on: shiftDay(day, -30),
        created_by: secretary,
        status: 'done',
        closed_at: nlInstant(shiftDay(day, -32), '09:00'),
        closed_by: mehmet,
      },
    ])
    .returning('id')
    .execute();
  await trx
    .insertInto('care_minutes_notices')
    .values([fatima, sanne, joost, daan, mehmet].filter((u) => u !== secretary).map((u) => ({ region_id: regionId, user_id: u, meeting_id: earlier, kind: 'published' as const, read_at: u === sanne ? null : new Date(today) })))
    .execute();
  if (sanneAction) await trx.insertInto('care_minutes_notices').values({ region_id: regionId, user_id: sanne, meeting_id: earlier, kind: 'action', action_id: sanneAction.id, read_at: new Date(today) }).execute();

  // Nine days ago: held, minutes not sent. Late: the chair's dashboard shows it.
  const late = await meeting(9);
  await theme(late, 1, 'Overlast bij het winkelcentrum');
  await theme(late, 2, 'Aanbod voor jonge kinderen met autisme');
  await trx.insertInto('care_minutes_reminders').values([3, 6].map((d) => ({ region_id: regionId, meeting_id: late, day: d, sent_at: nlInstant(shiftDay(day, d - 9), '08:00') }))).execute();

  // Signals.
  const org = await orgOf(sanne);
  const school = await orgOf(daan);
  await trx
    .insertInto('care_signals')
    .values([
      {
        region_id: regionId,
        network_id: networkId,
        kind: 'trend',
        title: 'Blowen rond het schoolplein',
        body: 'Op twee middelbare scholen zien docenten meer leerlingen die blowen in de pauze en na school.',
        source_org_id: school,
        observed_on: shiftDay(day, -45),
        area: 'Veenwijk-Centrum',
        age_group: '12-18',
        follow_up_user_id: sanne,
        status: 'raised',
        raised_at: nlInstant(shiftDay(day, -40), '11:00'),
        raised_by: fatima,
        raised_note: 'Graag bespreken in het overleg jeugd en veiligheid.',
        created_by: daan,
      },
      {
        region_id: regionId,
        network_id: networkId,
        kind: 'hiaat',
        title: 'Weinig aanbod voor jonge kinderen met autisme',
        body: 'Voor kinderen onder de 6 met autisme is er in de regio bijna geen dagbesteding of oudergroep.',
        source_org_id: await orgOf(joost),
        observed_on: shiftDay(day, -20),
        area: null,
        age_group: '0-4',
        follow_up_user_id: joost,
        created_by: joost,
      },
      {
        region_id: regionId,
        network_id: networkId,
        kind: 'signaal',
        title: 'Overlast bij het winkelcentrum',
        body: 'Winkeliers melden groepjes jongeren die in de avond rondhangen. De meldingen komen niet bij de politie terecht.',
        source_org_id: org,
        observed_on: shiftDay(day, -12),
        area: 'Beekdal-Noord',
        age_group: '12-18',
        follow_up_user_id: null,
        created_by: sanne,
      },
      {
        region_id: regionId,
        network_id: networkId,
        kind: 'signaal',
        title: 'Meer vragen over schulden bij jonge ouders',
        body: 'Het wijkteam krijgt meer vragen van jonge ouders over huur en energie. Vaak komen ze laat.',
        source_org_id: org,
        observed_on: shiftDay(day, -5),
        area: 'Beekdal',
        age_group: '18-23',
        follow_up_user_id: mehmet,
        created_by: sanne,
      },
    ])
    .execute();

  // A closed survey round with four answers, so its results show.
  const round = await trx
    .insertInto('care_survey_rounds')
    .values({ region_id: regionId, network_id: networkId, opens_on: shiftDay(day, -35), closes_on: shiftDay(day, -21), opened_by: fatima })
    .returning('id')
    .executeTakeFirstOrThrow();
  const respondents = [joost, daan, mehmet, secretary];
  await trx
    .insertInto('care_survey_respondents')
    .values(respondents.map((u) => ({ region_id: regionId, round_id: round.id, user_id: u })))
    .onConflict((oc) => oc.columns(['round_id', 'user_id']).doNothing())
    .execute();
  const patterns: Likert[] = [4, 3, 5, 2].map((base, i) =>
    Object.fromEntries(SURVEY_QUESTIONS.filter((q) => q.kind === 'likert').map((q, j) => [q.id, Math.min(5, Math.max(1, base + (((i + j) % 3) - 1)))])),
  );
  const open = [
    { 'open-missing': 'Het consultatiebureau voor de jongste kinderen.', 'open-better': 'Kortere overleggen, met een tijd per casus.' },
    { 'open-better': 'Het verslag sneller sturen, binnen een week.' },
    { 'open-missing': 'De leerplichtambtenaar.', 'open-chair': 'Strakker op de tijd letten.' },
    { 'open-other': 'Fijn dat we elkaar zo makkelijk kunnen bellen.' },
  ];
  await trx
    .insertInto('care_survey_responses')
    .values(patterns.map((p, i) => ({ region_id: regionId, round_id: round.id, answers: JSON.stringify({ ...p, ...open[i] }) })))
    .execute();
}
