import type { Db } from '../../platform/db/database.js';
import type { LifeDomain, Payer, TaskStatus } from '../plan/schema.js';
import type { SeededIds } from './seed.js';

interface DemoGoal {
  domain: LifeDomain;
  ownWords: string;
  success: string;
  now: number;
  target: number;
}

interface DemoTask {
  title: string;
  /** A person key from people.ts, 'client' for the client, or null for nobody yet. */
  who: string | null;
  status: TaskStatus;
  goal: number | null;
  frequency?: string;
  recurrence?: string;
  localTime?: string;
  location?: string;
  costCents?: number;
  costNote?: string;
  payer?: Payer;
  dueInDays?: number;
}

interface DemoPlan {
  client: string;
  by: string;
  goals: DemoGoal[];
  tasks: DemoTask[];
}

/**
 * Henk's plan shows the pain point of report 004: his daughter carries most agreements (the overload
 * flag), the neighbour and the visiting volunteer do a little, and one request still waits for an
 * answer. Kim's plan is small and fresh. All names are invented.
 */
const PLANS: readonly DemoPlan[] = [
  {
    client: 'henk',
    by: 'karin',
    goals: [
      { domain: 'wonen', ownWords: 'Ik wil zo lang mogelijk in mijn eigen huis blijven wonen.', success: 'Ik voel me veilig thuis en de trap gaat nog.', now: 6, target: 8 },
      { domain: 'relaties', ownWords: 'Ik wil weer naar de soos op donderdag.', success: 'Ik ben er drie keer per maand.', now: 3, target: 7 },
      { domain: 'gezondheid', ownWords: 'Mijn pillen op tijd nemen.', success: 'Ik vergeet ze bijna nooit meer.', now: 5, target: 9 },
    ],
    tasks: [
      { title: 'Boodschappen doen', who: 'monique', status: 'accepted', goal: 0, frequency: 'elke zaterdagochtend', recurrence: 'FREQ=WEEKLY;BYDAY=SA', localTime: '10:00', costCents: 0, payer: 'client' },
      { title: 'Medicijnen voor de week klaarzetten', who: 'monique', status: 'accepted', goal: 2, frequency: 'elke zondag', recurrence: 'FREQ=WEEKLY;BYDAY=SU', localTime: '17:00' },
      { title: 'Post en rekeningen doornemen', who: 'monique', status: 'accepted', goal: 0, frequency: 'om de week' },
      { title: 'Naar de soos brengen en halen', who: 'monique', status: 'accepted', goal: 1, frequency: 'elke donderdag', recurrence: 'FREQ=WEEKLY;BYDAY=TH', localTime: '13:30', location: 'Buurthuis De Linde', costCents: 600, costNote: 'benzine', payer: 'client' },
      { title: 'Was doen en strijken', who: 'monique', status: 'accepted', goal: 0, frequency: 'elke woensdag' },
      { title: '’s Ochtends koffie drinken en even kijken', who: 'els', status: 'accepted', goal: 0, frequency: 'elke werkdag', recurrence: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', localTime: '10:30' },
      { title: 'Samen wandelen naar het park', who: 'wim', status: 'asked', goal: 1, frequency: 'elke dinsdagmiddag', recurrence: 'FREQ=WEEKLY;BYDAY=TU', localTime: '14:00' },
      { title: 'Zelf de krant halen bij de buren', who: 'client', status: 'accepted', goal: 0, frequency: 'elke dag' },
      { title: 'Huishoudelijke hulp aanvragen bij de gemeente', who: 'karin', status: 'accepted', goal: 0, dueInDays: 14, payer: 'gemeente' },
    ],
  },
  {
    client: 'kim',
    by: 'sanne',
    goals: [
      { domain: 'geld', ownWords: 'Ik wil overzicht over mijn geld.', success: 'Ik weet elke maand wat er binnenkomt en wat eruit gaat.', now: 3, target: 7 },
      { domain: 'zelfzorg', ownWords: 'Ik wil tijd voor mezelf, ook als Jayden thuis is.', success: 'Eén avond per week is van mij.', now: 4, target: 7 },
    ],
    tasks: [
      { title: 'Samen de post van de week sorteren', who: 'jessica', status: 'accepted', goal: 0, frequency: 'elke maandagavond', recurrence: 'FREQ=WEEKLY;BYDAY=MO', localTime: '19:30' },
      { title: 'Oppassen op Jayden', who: 'priya', status: 'asked', goal: 1, frequency: 'één avond per week' },
      { title: 'Budgetcursus uitzoeken', who: 'client', status: 'accepted', goal: 0, dueInDays: 21 },
    ],
  },
];

const dayPlus = (today: Date, days: number) => new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10);

export async function seedPlans(trx: Db, ids: SeededIds, today: Date): Promise<void> {
  for (const p of PLANS) {
    const clientId = ids.clients.get(p.client);
    const by = ids.users.get(p.by);
    if (!clientId || !by) throw new Error(`demo plan: unknown ${p.client} or ${p.by}`);
    const plan = await trx.insertInto('plans').values({ region_id: ids.regionId, client_id: clientId, created_by: by.id }).returning('id').executeTakeFirstOrThrow();
    const goalIds: string[] = [];
    for (const [i, g] of p.goals.entries()) {
      const row = await trx
        .insertInto('plan_goals')
        .values({ region_id: ids.regionId, client_id: clientId, plan_id: plan.id, domain: g.domain, own_words: g.ownWords, success: g.success, score_now: g.now, score_target: g.target, position: i + 1, created_by: by.id, created_by_label: by.label })
        .returning('id')
        .executeTakeFirstOrThrow();
      goalIds.push(row.id);
    }
    const client = await trx.selectFrom('clients').select(['first_name', 'last_name']).where('id', '=', clientId).executeTakeFirstOrThrow();
    for (const tk of p.tasks) {
      const person = tk.who && tk.who !== 'client' ? ids.users.get(tk.who) : undefined;
      const link = person ? await trx.selectFrom('client_links').select(['id', 'label']).where('client_id', '=', clientId).where('user_id', '=', person.id).executeTakeFirstOrThrow() : undefined;
      await trx
        .insertInto('plan_tasks')
        .values({
          region_id: ids.regionId,
          client_id: clientId,
          plan_id: plan.id,
          goal_id: tk.goal === null ? null : (goalIds[tk.goal] ?? null),
          title: tk.title,
          assignee_kind: tk.who === 'client' ? 'client' : link ? 'member' : 'open',
          assignee_link_id: link?.id ?? null,
          assignee_label: tk.who === 'client' ? `${client.first_name} ${client.last_name}` : person && link ? `${person.label.replace(/ \(.*\)$/, '')} (${link.label})` : null,
          status: tk.status,
          frequency: tk.frequency ?? null,
          recurrence: tk.recurrence ?? null,
          local_time: tk.localTime ?? null,
          starts_on: tk.recurrence ? dayPlus(today, -30) : null,
          due_on: tk.dueInDays === undefined ? null : dayPlus(today, tk.dueInDays),
          location: tk.location ?? null,
          cost_cents: tk.costCents ?? null,
          cost_note: tk.costNote ?? null,
          payer: tk.payer ?? null,
          asked_by: by.id,
          asked_by_label: by.label,
        })
        .execute();
    }
  }
}
