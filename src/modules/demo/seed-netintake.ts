import type { Db } from '../../platform/db/database.js';
import { insertPerson } from '../netmap/service.js';
import { personInput, type PersonInput } from '../netmap/model.js';
import type { IntakeAnswer } from '../netmap/intake-schema.js';
import type { SeededIds } from './seed.js';

interface DemoIntakePerson {
  step: number;
  answer: IntakeAnswer;
  /** Demo person key of the circle member this is, if any. */
  member?: string;
  person: Partial<PersonInput> & Pick<PersonInput, 'displayName' | 'relation' | 'sector' | 'closeness'>;
}

/**
 * Esther's network intake with her wijkcoach Sanne, paused at step 3 of 8 (friends): the family is done,
 * with one sister she lost touch with and would like to see again, and two friends are named. All names invented.
 */
const PEOPLE: readonly DemoIntakePerson[] = [
  {
    step: 1,
    answer: 'nu',
    member: 'dennis',
    person: { displayName: 'Dennis', relation: 'partner', sector: 'familie', closeness: 'heel-dichtbij', supportGiven: ['emotioneel', 'praktisch', 'gezelschap'], supportReceived: ['emotioneel', 'praktisch'], contactFrequency: 'dagelijks' },
  },
  {
    step: 1,
    answer: 'nu',
    member: 'gerda',
    person: { displayName: 'Gerda', relation: 'moeder', sector: 'familie', closeness: 'dichtbij', supportGiven: ['praktisch'], supportReceived: ['gezelschap'], contactFrequency: 'wekelijks', note: 'Past op Finn op woensdag.' },
  },
  {
    step: 1,
    answer: 'vroeger',
    person: { displayName: 'Ineke', relation: 'zus', sector: 'familie', closeness: 'verder', quality: 'verbroken', status: 'wil-herstellen', contactFrequency: 'geen', note: 'Ruzie na de verhuizing van moeder. Esther wil haar wel weer spreken.' },
  },
  {
    step: 2,
    answer: 'nu',
    person: { displayName: 'Fenna', relation: 'vriendin', sector: 'vrienden', closeness: 'dichtbij', supportGiven: ['emotioneel', 'gezelschap'], supportReceived: ['emotioneel'], contactFrequency: 'maandelijks' },
  },
  {
    step: 2,
    answer: 'vragen',
    person: { displayName: 'Ricardo', relation: 'vriend van het zwembad', sector: 'vrienden', closeness: 'verder', note: 'Heeft zelf een zoon met autisme.' },
  },
];

const NOTES = {
  'wie-neem-je-mee': 'Esther neemt Dennis mee. Haar moeder komt de volgende keer misschien ook.',
  familie: 'Dennis en Gerda doen nu het meeste. Met Ineke is het contact al twee jaar stil.',
  vrienden: 'Fenna is er altijd voor haar. Ricardo kan misschien meedenken over Finn.',
};

const daysAgo = (today: Date, days: number) => new Date(today.getTime() - days * 86_400_000);

export async function seedNetIntake(trx: Db, ids: SeededIds, today: Date): Promise<void> {
  const clientId = ids.clients.get('esther');
  const sanne = ids.users.get('sanne');
  if (!clientId || !sanne) throw new Error('demo data refers to unknown "esther" or "sanne"');
  const intake = await trx
    .insertInto('network_intakes')
    .values({
      region_id: ids.regionId,
      client_id: clientId,
      status: 'paused',
      step: 2,
      notes: JSON.stringify(NOTES),
      participants: JSON.stringify(['Esther Dijkhuis', 'Dennis (partner)', 'Sanne Verbeek (wijkcoach)']),
      started_by: sanne.id,
      started_by_label: sanne.label,
      started_at: daysAgo(today, 6),
      paused_at: daysAgo(today, 6),
      version: 4,
      updated_at: daysAgo(today, 6),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const p of PEOPLE) {
    const row = await insertPerson(trx, ids.regionId, clientId, sanne.id, personInput.parse(p.person));
    const member = p.member ? ids.users.get(p.member) : undefined;
    if (member) {
      const link = await trx.selectFrom('client_links').select('id').where('region_id', '=', ids.regionId).where('client_id', '=', clientId).where('user_id', '=', member.id).executeTakeFirstOrThrow();
      await trx.updateTable('network_persons').set({ link_id: link.id }).where('id', '=', row.id).execute();
    }
    await trx.insertInto('network_intake_persons').values({ region_id: ids.regionId, intake_id: intake.id, person_id: row.id, client_id: clientId, step: p.step, answer: p.answer }).execute();
  }
}
