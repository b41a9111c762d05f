import { todayInNl } from '../../platform/access/index.js';
import type { Db } from '../../platform/db/database.js';
import { CHECK_IN_JOB } from '../naasten/service.js';
import { dayPlus } from '../naasten/deadlines.js';
import type { Channel, Frequency, NaasteRole, Occasion } from '../naasten/schema.js';
import type { SeededIds } from './seed.js';

interface DemoCard {
  client: string;
  naaste: string;
  occasions: Occasion[];
  frequency: Frequency;
  channels: Channel[];
  roles: NaasteRole[];
  ownStory: string;
  ownNeeds: string;
  /** Burden scores, one a week, the last one this week. */
  burden: number[];
  /** A check-in rhythm agreed with this professional, started this many days ago. */
  checkIn?: { weeks: number; with: string; daysAgo: number };
}

const CARDS: readonly DemoCard[] = [
  {
    client: 'kim',
    naaste: 'jessica',
    occasions: ['crisis', 'grote-beslissingen', 'evaluaties'],
    frequency: 'twee-weken',
    channels: ['app', 'telefoon'],
    roles: ['co-begeleider', 'signalerend'],
    ownStory: 'Ik ben de zus van Kim. Ik pas vaak op Jayden als Kim naar afspraken moet.',
    ownNeeds: 'Ik wil weten wat er is afgesproken, zodat ik niet alles dubbel vraag.',
    burden: [4, 5, 4],
    checkIn: { weeks: 4, with: 'sanne', daysAgo: 29 },
  },
  {
    client: 'henk',
    naaste: 'monique',
    occasions: ['crisis', 'grote-beslissingen', 'dagelijks'],
    frequency: 'wekelijks',
    channels: ['telefoon', 'persoonlijk'],
    roles: ['mantelzorger', 'informatiebron', 'eigen-hulpvraag'],
    ownStory: 'Ik ben de dochter van Henk en ga drie keer per week langs. Ik werk zelf ook.',
    ownNeeds: 'Ik slaap slecht van de zorgen. Kan er iets van mijn bordje af?',
    burden: [4, 5, 6, 7, 8],
  },
];

/** Kim's circle started 30 days ago; her friend Priya has no card yet, so Ruben's team shows one late card. */
const STARTS: readonly { client: string; daysAgo: number }[] = [
  { client: 'kim', daysAgo: 30 },
  { client: 'henk', daysAgo: 60 },
];

const at = (day: string) => new Date(`${day}T09:00:00Z`);

/** Demo naastenkaarten: a few dozen rows inside the seed transaction. */
export async function seedNaasten(trx: Db, ids: SeededIds, today: Date): Promise<void> {
  const day = todayInNl(today);
  const user = (key: string) => ids.users.get(key)!;
  for (const s of STARTS) {
    const clientId = ids.clients.get(s.client)!;
    const start = dayPlus(day, -s.daysAgo);
    await trx.insertInto('naasten_circle_starts').values({ client_id: clientId, region_id: ids.regionId, admitted_on: start, set_by_label: 'Demo' }).execute();
    // The people came in at the start, not on the day the demo was made.
    await trx.updateTable('client_links').set({ created_at: at(start) }).where('region_id', '=', ids.regionId).where('client_id', '=', clientId).execute();
  }
  for (const c of CARDS) {
    const clientId = ids.clients.get(c.client)!;
    const link = await trx.selectFrom('client_links').select('id').where('region_id', '=', ids.regionId).where('client_id', '=', clientId).where('user_id', '=', user(c.naaste).id).executeTakeFirstOrThrow();
    const anchor = c.checkIn ? dayPlus(day, -c.checkIn.daysAgo) : null;
    const card = await trx
      .insertInto('naasten_cards')
      .values({
        region_id: ids.regionId,
        client_id: clientId,
        link_id: link.id,
        occasions: JSON.stringify(c.occasions),
        frequency: c.frequency,
        channels: JSON.stringify(c.channels),
        roles: JSON.stringify(c.roles),
        own_story: c.ownStory,
        own_needs: c.ownNeeds,
        check_in_weeks: c.checkIn?.weeks ?? null,
        check_in_user_id: c.checkIn ? user(c.checkIn.with).id : null,
        check_in_anchor: anchor,
        updated_by_label: user(c.naaste).label,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('naasten_burden_checks')
      .values(c.burden.map((score, i) => ({ region_id: ids.regionId, client_id: clientId, card_id: card.id, day: dayPlus(day, -7 * (c.burden.length - 1 - i)), score, note: null })))
      .execute();
    if (c.checkIn && anchor) {
      // The first period has come: the call is on the professional's list, the next one is planned.
      const period = dayPlus(anchor, c.checkIn.weeks * 7);
      const next = dayPlus(period, c.checkIn.weeks * 7);
      if (period <= day) {
        await trx.insertInto('naasten_check_ins').values({ region_id: ids.regionId, client_id: clientId, card_id: card.id, professional_user_id: user(c.checkIn.with).id, period_start: period }).execute();
      }
      const planned = period <= day ? next : period;
      await trx
        .insertInto('jobs')
        .values({
          kind: CHECK_IN_JOB,
          payload: JSON.stringify({ cardId: card.id, anchor, weeks: c.checkIn.weeks, periodStart: planned }),
          region_id: ids.regionId,
          unique_key: `${CHECK_IN_JOB}:${card.id}:${anchor}:${c.checkIn.weeks}:${planned}`,
          run_at: new Date(`${planned}T07:00:00Z`),
        })
        .execute();
    }
  }
}
