import type { Db } from '../../platform/db/database.js';
import type { Yield } from '../plan/evaluation-schema.js';
import type { SeededIds } from './seed.js';

interface DemoEvaluation {
  client: string;
  by: string;
  /** People keys from people.ts who are invited. */
  invited: string[];
  held: { daysAgo: number; yields: Yield[]; wentWell: string; toChange: string; other?: { who: string; delta: number } } | null;
  plannedInDays: number | null;
  agendaNote?: string;
}

/**
 * One held evaluation six weeks ago and the next one coming for Kim and Henk, so the evaluation
 * pages show a record, a trend and the yields. Runs after seedPlans: it reads the plan's goals and
 * agreements, and the held evaluation ends at today's scores. All names are invented.
 */
const EVALUATIONS: readonly DemoEvaluation[] = [
  {
    client: 'kim',
    by: 'sanne',
    invited: ['jessica'],
    held: {
      daysAgo: 42,
      yields: ['praktische-steun', 'vertrouwen'],
      wentWell: 'Kim opent de post weer, samen met Jessica.',
      toChange: 'Meer tijd voor Kim zelf.',
      other: { who: 'jessica', delta: 1 },
    },
    plannedInDays: 10,
    agendaNote: 'Hoe gaat het met de post en het geld? En lukt de avond voor jezelf?',
  },
  {
    client: 'henk',
    by: 'karin',
    invited: ['ria', 'monique', 'els'],
    held: {
      daysAgo: 45,
      yields: ['contact', 'praktische-steun'],
      wentWell: 'Els komt elke ochtend koffie drinken. Henk vindt dat fijn.',
      toChange: 'Monique doet veel. Kunnen anderen iets overnemen?',
    },
    plannedInDays: 20,
    agendaNote: 'Kan Monique iets minder doen? Wie helpt met de soos?',
  },
];

const day = (today: Date, days: number) => new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10);

async function linkOf(trx: Db, clientId: string, userId: string) {
  const l = await trx
    .selectFrom('client_links as l')
    .innerJoin('users as u', 'u.id', 'l.user_id')
    .select(['l.id', 'l.label', 'u.display_name'])
    .where('l.client_id', '=', clientId)
    .where('l.user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return { linkId: l.id, label: l.label ? `${l.display_name} (${l.label})` : l.display_name };
}

export async function seedEvaluations(trx: Db, ids: SeededIds, today: Date): Promise<void> {
  for (const e of EVALUATIONS) {
    const clientId = ids.clients.get(e.client);
    const by = ids.users.get(e.by);
    if (!clientId || !by) throw new Error(`demo evaluation: unknown ${e.client} or ${e.by}`);
    const plan = await trx.selectFrom('plans').select('id').where('client_id', '=', clientId).executeTakeFirst();
    if (!plan) continue;
    const invitees: { linkId: string; label: string }[] = [];
    for (const key of e.invited) {
      const user = ids.users.get(key);
      if (user) invitees.push(await linkOf(trx, clientId, user.id));
    }
    const base = { region_id: ids.regionId, client_id: clientId, plan_id: plan.id, scheduled_by: by.id, scheduled_by_label: by.label };
    const invite = async (evaluationId: string) => {
      if (invitees.length) {
        await trx
          .insertInto('evaluation_invitees')
          .values(invitees.map((i) => ({ region_id: ids.regionId, evaluation_id: evaluationId, link_id: i.linkId, label: i.label })))
          .execute();
      }
    };

    if (e.held) {
      const heldOn = day(today, -e.held.daysAgo);
      const row = await trx
        .insertInto('evaluations')
        .values({
          ...base,
          planned_on: heldOn,
          status: 'held',
          held_on: heldOn,
          held_by: by.id,
          held_by_label: by.label,
          went_well: e.held.wentWell,
          to_change: e.held.toChange,
          yields: e.held.yields,
          created_at: new Date(today.getTime() - (e.held.daysAgo + 14) * 86_400_000),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await invite(row.id);
      const goals = await trx
        .selectFrom('plan_goals')
        .select(['id', 'domain', 'own_words', 'score_now'])
        .where('plan_id', '=', plan.id)
        .where('status', '=', 'active')
        .orderBy('position')
        .execute();
      const other = e.held.other ? invitees.find((_, i) => e.invited[i] === e.held?.other?.who) : undefined;
      for (const [position, g] of goals.entries()) {
        const score = g.score_now ?? 5;
        const goal = await trx
          .insertInto('evaluation_goals')
          .values({
            region_id: ids.regionId,
            evaluation_id: row.id,
            goal_id: g.id,
            domain: g.domain,
            own_words: g.own_words,
            previous_score: Math.max(1, score - 1),
            client_score: score,
            position,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        if (other && e.held.other) {
          await trx
            .insertInto('evaluation_scores')
            .values({ region_id: ids.regionId, evaluation_goal_id: goal.id, rater_link_id: other.linkId, rater_label: other.label, score: Math.min(10, score + e.held.other.delta) })
            .execute();
        }
      }
      const tasks = await trx.selectFrom('plan_tasks').select(['id', 'title', 'assignee_label']).where('plan_id', '=', plan.id).where('status', 'in', ['accepted', 'asked', 'open']).execute();
      if (tasks.length) {
        await trx
          .insertInto('evaluation_agreements')
          .values(tasks.map((t) => ({ region_id: ids.regionId, evaluation_id: row.id, task_id: t.id, title: t.title, assignee_label: t.assignee_label, decision: 'continue' as const, note: null })))
          .execute();
      }
    }
    if (e.plannedInDays !== null) {
      const row = await trx
        .insertInto('evaluations')
        .values({ ...base, planned_on: day(today, e.plannedInDays), agenda_note: e.agendaNote ?? null })
        .returning('id')
        .executeTakeFirstOrThrow();
      await invite(row.id);
    }
  }
}
