import type { Actor } from '../../platform/access/index.js';
import { todayInNl } from '../../platform/access/index.js';
import type { Db } from '../../platform/db/database.js';
import type { ActionView } from './minutes-model.js';

/** Action points of some items of one meeting (the caller decided which items this person may see). */
export async function actionViews(db: Db, actor: Actor, where: { meetingId: string; itemIds: string[] }, now = new Date()): Promise<ActionView[]> {
  if (where.itemIds.length === 0) return [];
  const rows = await db
    .selectFrom('care_actions as a')
    .innerJoin('users as o', 'o.id', 'a.owner_user_id')
    .leftJoin('users as c', 'c.id', 'a.closed_by')
    .select(['a.id', 'a.meeting_id', 'a.item_id', 'a.body', 'a.owner_user_id', 'o.display_name as owner', 'a.due_on', 'a.status', 'a.closed_at', 'c.display_name as closer', 'a.version'])
    .where('a.region_id', '=', actor.regionId)
    .where('a.meeting_id', '=', where.meetingId)
    .where('a.item_id', 'in', where.itemIds)
    .orderBy('a.created_at')
    .orderBy('a.id')
    .execute();
  const today = todayInNl(now);
  return rows.map((r) => actionView(r, actor, today));
}

/** The columns an action point row brings, as both queries select them. */
export interface ActionRow {
  id: string;
  meeting_id: string;
  item_id: string;
  body: string;
  owner_user_id: string;
  owner: string;
  due_on: string;
  status: ActionView['status'];
  closed_at: Date | null;
  closer: string | null;
  version: number;
}

export function actionView(r: ActionRow, actor: Actor, today: string): ActionView {
  return {
    id: r.id,
    meetingId: r.meeting_id,
    itemId: r.item_id,
    body: r.body,
    ownerUserId: r.owner_user_id,
    ownerName: r.owner,
    dueOn: r.due_on,
    status: r.status,
    closedAt: r.closed_at?.toISOString() ?? null,
    closedByName: r.closer,
    overdue: r.status === 'open' && r.due_on < today,
    mine: r.owner_user_id === actor.userId,
    version: r.version,
  };
}
