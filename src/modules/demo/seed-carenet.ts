import type { Db } from '../../platform/db/database.js';
import { addDays, nlInstant, nlToday } from '../carenet/meetings-time.js';
import type { AgeGroup, AttendanceStatus, MandateLevel } from '../carenet/schema.js';
import type { SeededIds } from './seed.js';

interface Seat {
  person: string;
  role?: 'representative' | 'substitute';
  mandate?: string;
  level?: MandateLevel;
}

interface DemoNetwork {
  name: string;
  ageGroup: AgeGroup;
  area: string;
  target: string;
  chair: string;
  secretary: string;
  seats: Seat[];
  /** Days ago of held meetings, with who was not there ('absent' or 'apologised'). */
  held: { daysAgo: number; away: Record<string, AttendanceStatus>; themes: string[] }[];
  upcoming: number[];
}

/**
 * Three fictional networks of Regio Voorbeeld. Fatima chairs "Netwerk 12-18", the network the case
 * and minutes seeds build on (they pick the first network she chairs by name), and the 18+ network.
 */
export const DEMO_NETWORKS: readonly DemoNetwork[] = [
  {
    name: 'Buurtnetwerk 0-12 Centrum',
    ageGroup: '0-12',
    area: 'Centrum en De Essen, Beekdal',
    target: 'Kinderen van 0 tot 12 jaar en hun ouders',
    chair: 'ruben',
    secretary: 'sanne',
    seats: [
      { person: 'sanne', mandate: 'Zet zelf lichte hulp van het wijkteam in.', level: 'full' },
      { person: 'ingrid', mandate: 'Overlegt over sancties eerst met de schoolleider.', level: 'after-consultation' },
      { person: 'lotte', level: 'unclear' },
      { person: 'eline', mandate: 'Mag een gezinscoach inzetten tot 3 maanden.', level: 'full' },
    ],
    held: [{ daysAgo: 30, away: { lotte: 'absent' }, themes: ['Wachttijd logopedie', 'Ouders die de weg niet weten naar het consultatiebureau'] }],
    upcoming: [12, 54],
  },
  {
    name: 'Netwerk 12-18',
    ageGroup: '12-18',
    area: 'Veenwijk',
    target: 'Jongeren van 12 tot 18 jaar',
    chair: 'fatima',
    secretary: 'noor',
    seats: [
      { person: 'sanne', mandate: 'Zet zelf hulp van het wijkteam in.', level: 'full' },
      { person: 'joost', mandate: 'Beslist over jeugdhulp tot 6 maanden.', level: 'full' },
      { person: 'eline', role: 'substitute' },
      { person: 'daan', mandate: 'Beslist samen met de teamleider leerlingzorg.', level: 'after-consultation' },
      { person: 'mehmet', level: 'unclear' },
    ],
    held: [{ daysAgo: 84, away: { daan: 'absent', mehmet: 'apologised' }, themes: ["Jongeren die 's avonds rondhangen bij het station"] }],
    upcoming: [7, 49],
  },
  {
    name: 'Zorgnetwerk 18+',
    ageGroup: '18+',
    area: 'Heuvelstad',
    target: 'Volwassenen die zorg mijden of vastlopen',
    chair: 'fatima',
    secretary: 'karin',
    seats: [
      { person: 'mehmet', mandate: 'Zet bemoeizorg in na overleg met het team.', level: 'after-consultation' },
      { person: 'anouk', role: 'substitute' },
      { person: 'marloes', mandate: 'Mag een betalingsregeling voor huurachterstand afspreken.', level: 'full' },
      { person: 'noor', level: 'full' },
      { person: 'sanne', level: 'full' },
    ],
    held: [
      { daysAgo: 77, away: { marloes: 'absent' }, themes: ['Huurachterstand na stoppen toeslag'] },
      { daysAgo: 35, away: { marloes: 'absent', noor: 'apologised' }, themes: ['Eenzaamheid bij ouderen na verhuizing'] },
    ],
    upcoming: [10, 52],
  },
];

const user = (ids: SeededIds, key: string): string => {
  const u = ids.users.get(key);
  if (!u) throw new Error(`demo user ${key} missing`);
  return u.id;
};

/** The demo networks by name, for the case and minutes seeds. */
export async function demoNetworkIds(trx: Db, regionId: string): Promise<Map<string, string>> {
  const rows = await trx.selectFrom('care_networks').select(['id', 'name']).where('region_id', '=', regionId).execute();
  return new Map(rows.map((r) => [r.name, r.id]));
}

/** Demo content of this area, inside the seed transaction. */
export async function seedCareNet(trx: Db, ids: SeededIds, today: Date): Promise<void> {
  const day = nlToday(today);
  const orgs = new Map((await trx.selectFrom('users').select(['id', 'organisation_id']).where('region_id', '=', ids.regionId).execute()).map((u) => [u.id, u.organisation_id]));
  const orgOf = (userId: string): string => {
    const o = orgs.get(userId);
    if (!o) throw new Error('demo network member without organisation');
    return o;
  };
  const allReps = new Map<string, string>();
  for (const n of DEMO_NETWORKS) {
    const chair = user(ids, n.chair);
    const network = await trx
      .insertInto('care_networks')
      .values({
        region_id: ids.regionId,
        name: n.name,
        age_group: n.ageGroup,
        area: n.area,
        target_group: n.target,
        chair_user_id: chair,
        secretary_user_id: user(ids, n.secretary),
        meeting_interval_weeks: 6,
        meeting_minutes: 90,
        schedule_first_day: addDays(day, n.upcoming[0]!),
        schedule_time: '14:00',
        default_location: 'Wijkcentrum De Brink',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('care_network_members')
      .values(
        n.seats.map((s) => ({
          region_id: ids.regionId,
          network_id: network.id,
          organisation_id: orgOf(user(ids, s.person)),
          user_id: user(ids, s.person),
          role: s.role ?? 'representative',
          mandate: s.mandate ?? null,
          mandate_level: s.level ?? null,
          active_from: addDays(day, -400),
        })),
      )
      .execute();
    const reps = n.seats.filter((s) => (s.role ?? 'representative') === 'representative').map((s) => user(ids, s.person));
    for (const r of reps) allReps.set(r, orgOf(r));
    const meetings = [
      ...n.held.map((h) => ({ at: nlInstant(addDays(day, -h.daysAgo), '14:00'), held: h })),
      ...n.upcoming.map((d) => ({ at: nlInstant(addDays(day, d), '14:00'), held: null })),
    ];
    for (const m of meetings) {
      const row = await trx
        .insertInto('care_meetings')
        .values({
          region_id: ids.regionId,
          network_id: network.id,
          starts_at: m.at,
          duration_minutes: 90,
          location: 'Wijkcentrum De Brink',
          status: m.held ? 'held' : 'planned',
          started_at: m.held ? m.at : null,
          ended_at: m.held ? new Date(m.at.getTime() + 85 * 60_000) : null,
          created_by: chair,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const away = m.held?.away ?? {};
      const status = (r: string): AttendanceStatus => {
        const key = [...ids.users].find(([, v]) => v.id === r)?.[0] ?? '';
        return m.held ? (away[key] ?? 'present') : 'invited';
      };
      await trx
        .insertInto('care_meeting_attendance')
        .values(reps.map((r) => ({ region_id: ids.regionId, meeting_id: row.id, user_id: r, organisation_id: orgOf(r), status: status(r) })))
        .execute();
      if (m.held) {
        await trx
          .insertInto('care_meeting_items')
          .values(m.held.themes.map((title, i) => ({ region_id: ids.regionId, meeting_id: row.id, kind: 'theme' as const, position: i + 1, title, status: 'discussed' as const, submitted_by: reps[i % reps.length]! })))
          .execute();
      } else {
        await trx
          .insertInto('care_meeting_notices')
          .values([...new Set([...reps, chair, user(ids, n.secretary)])].map((u) => ({ region_id: ids.regionId, meeting_id: row.id, user_id: u, kind: 'invitation' as const })))
          .execute();
      }
    }
  }
  // The yearly meeting of all networks, in about four months.
  const yearly = await trx
    .insertInto('care_meetings')
    .values({ region_id: ids.regionId, network_id: null, kind: 'yearly', starts_at: nlInstant(addDays(day, 120), '16:00'), duration_minutes: 120, location: 'Raadzaal Heuvelstad', created_by: user(ids, 'bram') })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('care_meeting_attendance')
    .values([...allReps].map(([u, o]) => ({ region_id: ids.regionId, meeting_id: yearly.id, user_id: u, organisation_id: o })))
    .execute();
}
