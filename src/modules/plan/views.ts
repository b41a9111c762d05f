import type { Selectable } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { GoalView, TaskView } from './model.js';
import type { PlanGoalsTable, PlanTasksTable } from './schema.js';
import { offerLabels, type OfferLabel } from '../socialmap/service.js';

export type GoalRow = Selectable<PlanGoalsTable>;
export type TaskRow = Selectable<PlanTasksTable>;

export const goalView = (g: GoalRow): GoalView => ({
  id: g.id,
  domain: g.domain,
  ownWords: g.own_words,
  success: g.success,
  scoreNow: g.score_now,
  scoreTarget: g.score_target,
  status: g.status,
  version: g.version,
});

/** `mine`: the task asks something of the actor (their link, or the client reading their own plan). */
export const taskView = (t: TaskRow, actorLinkId: string | null, actorIsClient: boolean, offers: ReadonlyMap<string, OfferLabel> = new Map()): TaskView => ({
  id: t.id,
  goalId: t.goal_id,
  title: t.title,
  details: t.details,
  assignee: { kind: t.assignee_kind, linkId: t.assignee_link_id, label: t.assignee_label },
  status: t.status,
  frequency: t.frequency,
  recurrence: t.recurrence,
  localTime: t.local_time,
  durationMinutes: t.duration_minutes,
  startsOn: t.starts_on,
  untilOn: t.until_on,
  dueOn: t.due_on,
  location: t.location,
  costCents: t.cost_cents,
  costNote: t.cost_note,
  payer: t.payer,
  payerNote: t.payer_note,
  responseNote: t.response_note,
  returnedFrom: t.returned_from_label,
  askedBy: t.asked_by_label,
  offer: offerOf(t, offers),
  mine: (t.assignee_kind === 'member' && t.assignee_link_id !== null && t.assignee_link_id === actorLinkId) || (t.assignee_kind === 'client' && actorIsClient),
  version: t.version,
});

export const loadGoals = (db: Db, regionId: string, clientId: string) =>
  db.selectFrom('plan_goals').selectAll().where('region_id', '=', regionId).where('client_id', '=', clientId).orderBy('position').orderBy('created_at').execute();

export const loadTasks = (db: Db, regionId: string, clientId: string) =>
  db.selectFrom('plan_tasks').selectAll().where('region_id', '=', regionId).where('client_id', '=', clientId).orderBy('created_at').execute();

export async function actorLinkId(db: Db, regionId: string, clientId: string, userId: string): Promise<string | null> {
  const row = await db.selectFrom('client_links').select('id').where('region_id', '=', regionId).where('client_id', '=', clientId).where('user_id', '=', userId).executeTakeFirst();
  return row?.id ?? null;
}

function offerOf(t: TaskRow, offers: ReadonlyMap<string, OfferLabel>): TaskView['offer'] {
  if (t.offer_id === null || t.referral_kind === null) return null;
  const label = offers.get(t.offer_id);
  return {
    id: t.offer_id,
    title: label?.title ?? '',
    organisationName: label?.organisationName ?? '',
    visible: label?.visible ?? false,
    kind: t.referral_kind,
    outcome: t.referral_outcome,
    outcomeNote: t.referral_outcome_note,
  };
}

/** The names of the offers a set of tasks points to. */
export const offersOf = (db: Db, regionId: string, tasks: readonly TaskRow[]) =>
  offerLabels(
    db,
    regionId,
    tasks.flatMap((t) => (t.offer_id ? [t.offer_id] : [])),
  );
