import type { Db } from '../../platform/db/database.js';
import { ensurePlan } from '../plan/service.js';
import type { SeededIds } from './seed.js';

/**
 * Demo data of the crisis plan, continuity and toekomstplan. Bas (24) has a fresh crisis plan with
 * his mother's phone number, shared by herself, and an agreement on who takes over from her; Henk's
 * crisis plan has not been looked at for seven months, so it shows as overdue for his professionals.
 * Milan (14) had a first toekomstplan conversation, in pictures. All names and numbers are invented.
 */

const dayPlus = (today: Date, days: number) => new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10);

function who(ids: SeededIds, key: string): { id: string; label: string } {
  const u = ids.users.get(key);
  if (!u) throw new Error(`demo continuity: unknown person ${key}`);
  return u;
}

function clientOf(ids: SeededIds, key: string): string {
  const id = ids.clients.get(key);
  if (!id) throw new Error(`demo continuity: unknown client ${key}`);
  return id;
}

async function linkOf(trx: Db, clientId: string, userId: string): Promise<{ id: string; label: string }> {
  const l = await trx
    .selectFrom('client_links as l')
    .innerJoin('users as u', 'u.id', 'l.user_id')
    .select(['l.id', 'l.label', 'u.display_name'])
    .where('l.client_id', '=', clientId)
    .where('l.user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return { id: l.id, label: l.label ? `${l.display_name} (${l.label})` : l.display_name };
}

interface Person {
  member?: string;
  name?: string;
  task: string;
  phone?: string;
}

async function crisisPlan(
  trx: Db,
  ids: SeededIds,
  c: { client: string; by: string; reviewedDaysAgo: number; reviewInDays: number; earlySigns: string[]; whatHelps: string[]; people: Person[] },
  today: Date,
): Promise<void> {
  const clientId = clientOf(ids, c.client);
  const by = who(ids, c.by);
  const planId = await ensurePlan(trx, ids.regionId, clientId, by.id);
  const reviewedAt = new Date(today.getTime() - c.reviewedDaysAgo * 86_400_000);
  const plan = await trx
    .insertInto('crisis_plans')
    .values({
      region_id: ids.regionId,
      client_id: clientId,
      plan_id: planId,
      early_signs: JSON.stringify(c.earlySigns),
      what_helps: JSON.stringify(c.whatHelps),
      review_on: dayPlus(today, c.reviewInDays),
      reviewed_at: reviewedAt,
      reviewed_by_label: by.label,
      created_by: by.id,
      created_at: reviewedAt,
      updated_at: reviewedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [position, p] of c.people.entries()) {
    const member = p.member ? who(ids, p.member) : null;
    const link = member ? await linkOf(trx, clientId, member.id) : null;
    await trx
      .insertInto('crisis_plan_people')
      .values({
        region_id: ids.regionId,
        client_id: clientId,
        crisis_plan_id: plan.id,
        kind: link ? 'member' : 'named',
        link_id: link?.id ?? null,
        name: link?.label ?? p.name ?? '',
        task: p.task,
        phone: p.phone ?? null,
        // A member's number is theirs to share; a named person's number was written down by whoever made the plan.
        phone_shared_by_user_id: p.phone ? (member?.id ?? by.id) : null,
        phone_shared_by_label: p.phone ? (member ? link!.label.replace(/ \(.*\)$/, '') : by.label) : null,
        position,
      })
      .execute();
  }
}

export async function seedContinuity(trx: Db, ids: SeededIds, today: Date): Promise<void> {
  await crisisPlan(
    trx,
    ids,
    {
      client: 'bas',
      by: 'mehmet',
      reviewedDaysAgo: 20,
      reviewInDays: 60,
      earlySigns: ['Ik trek me terug en zeg afspraken af', 'Ik slaap slecht, een paar nachten achter elkaar', 'Ik neem de telefoon niet meer op'],
      whatHelps: ['Rustig praten, zonder druk', 'Samen een stuk wandelen', 'Mijn medicijnen op tijd nemen'],
      people: [
        { member: 'anja', task: 'Belt mij of komt langs als ik niet opneem', phone: '06 12345678' },
        { member: 'mehmet', task: 'Maakt binnen twee dagen een extra afspraak' },
        { name: 'Crisisdienst GGZ (buiten kantoortijd)', task: 'Bellen als het echt niet gaat', phone: '0800 0000000' },
      ],
    },
    today,
  );
  await crisisPlan(
    trx,
    ids,
    {
      client: 'henk',
      by: 'karin',
      reviewedDaysAgo: 215,
      reviewInDays: -30,
      earlySigns: ['Henk eet niet meer', 'Hij belt ’s nachts zijn dochter'],
      whatHelps: ['Een vast gezicht aan de deur', 'Foto’s van vroeger bekijken'],
      people: [{ member: 'monique', task: 'Komt direct langs' }],
    },
    today,
  );

  const bas = clientOf(ids, 'bas');
  const mehmet = who(ids, 'mehmet');
  const anja = await linkOf(trx, bas, who(ids, 'anja').id);
  const niels = await linkOf(trx, bas, who(ids, 'niels').id);
  const gerrit = await linkOf(trx, bas, who(ids, 'gerrit').id);
  const mehmetLink = await linkOf(trx, bas, mehmet.id);
  await trx
    .insertInto('continuity_roles')
    .values([
      {
        region_id: ids.regionId,
        client_id: bas,
        holder_link_id: anja.id,
        holder_label: anja.label,
        role: 'Eerste aanspreekpunt als het minder gaat',
        successor_link_id: niels.id,
        successor_label: niels.label,
        when_text: 'Als mama er niet is of het niet meer kan',
        when_on: null,
        created_by: mehmet.id,
        created_by_label: mehmet.label,
      },
      {
        region_id: ids.regionId,
        client_id: bas,
        holder_link_id: mehmetLink.id,
        holder_label: mehmetLink.label,
        role: 'Begeleiding naar werk',
        successor_link_id: gerrit.id,
        successor_label: gerrit.label,
        when_text: 'Als de begeleiding van de GGZ stopt',
        when_on: dayPlus(today, 180),
        created_by: mehmet.id,
        created_by_label: mehmet.label,
      },
    ])
    .execute();

  const joost = who(ids, 'joost');
  await trx
    .insertInto('future_dialogues')
    .values({
      region_id: ids.regionId,
      client_id: clientOf(ids, 'milan'),
      held_on: dayPlus(today, -10),
      participants: JSON.stringify([
        { name: 'Milan', kind: 'jongere' },
        { name: 'Joost Brinkman', kind: 'professional' },
        { name: 'Sven', kind: 'ervaringsdeskundige' },
      ]),
      topics_discussed: JSON.stringify(['Weer naar school gaan', 'Slapen en de telefoon', 'Voetballen met vrienden']),
      topics_open: JSON.stringify(['Wonen bij mama of bij papa', 'Geld en een bijbaantje']),
      wishes: JSON.stringify([
        { text: 'Na de zomer naar een andere school', changeable: true },
        { text: 'Weer bij een voetbalclub', changeable: true },
        { text: 'Mijn eigen kamer houden', changeable: false },
      ]),
      format: 'plaatjes',
      story: null,
      pictograms: JSON.stringify(['school', 'vrienden', 'sport']),
      created_by: joost.id,
      created_by_label: joost.label,
    })
    .execute();
}
