import type { Actor } from '../../platform/access/index.js';
import { todayInNl } from '../../platform/access/index.js';
import type { AppContext } from '../../platform/context.js';
import { conflict, forbidden, invalid, notFound } from '../../platform/errors.js';
import { meetingDay } from './minutes-dates.js';
import type { ActionInput, ItemMinutesView, MyActionView } from './minutes-model.js';
import { minutesRole, networkPeople } from './minutes-roles.js';
import { getMinutes, writableItem } from './minutes.js';
import { withCaseMinutes } from './minutes-case-gate.js';
import { actionView } from './actions-views.js';

/** The writer adds an action point to an item: someone of the network does something before a day. */
export async function addAction(ctx: AppContext, actor: Actor, meetingId: string, itemId: string, input: ActionInput, requestId: string | null, now = new Date()): Promise<ItemMinutesView> {
  const role = await minutesRole(ctx.db, actor, meetingId);
  const item = await writableItem(ctx, actor, role, itemId);
  const people = await networkPeople(ctx.db, actor.regionId, role.meeting.networkId, todayInNl(now));
  if (!people.some((p) => p.userId === input.ownerUserId)) {
    throw invalid('ownerUserId', 'Kies iemand die in dit netwerk zit.', 'Choose someone who is part of this network.');
  }
  if (input.dueOn < meetingDay(role.meeting.startsAt)) {
    throw invalid('dueOn', 'De datum mag niet voor het overleg liggen.', 'The date cannot be before the meeting.');
  }
  await withCaseMinutes(ctx, actor, item, 'update', requestId, () =>
    ctx.db.transaction().execute(async (trx) => {
      await trx.insertInto('care_minutes').values({ region_id: actor.regionId, meeting_id: meetingId }).onConflict((oc) => oc.column('meeting_id').doNothing()).execute();
      const row = await trx
        .insertInto('care_actions')
        .values({ region_id: actor.regionId, meeting_id: meetingId, item_id: itemId, body: input.body, owner_user_id: input.ownerUserId, due_on: input.dueOn, created_by: actor.userId })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (input.ownerUserId !== actor.userId) {
        await trx.insertInto('care_minutes_notices').values({ region_id: actor.regionId, user_id: input.ownerUserId, meeting_id: meetingId, kind: 'action', action_id: row.id }).execute();
      }
    }),
  );
  const view = await getMinutes(ctx, actor, meetingId, requestId, now);
  const out = view.items.find((i) => i.itemId === itemId);
  if (!out) throw notFound();
  return out;
}

interface MyActionRow {
  id: string;
  meeting_id: string;
  item_id: string;
  body: string;
  owner_user_id: string;
  owner: string;
  due_on: string;
  status: 'open' | 'done';
  closed_at: Date | null;
  closer: string | null;
  version: number;
  network: string;
  starts_at: Date;
  title: string;
}

function baseQuery(ctx: Pick<AppContext, 'db'>, actor: Actor) {
  return ctx.db
    .selectFrom('care_actions as a')
    .innerJoin('users as o', 'o.id', 'a.owner_user_id')
    .leftJoin('users as c', 'c.id', 'a.closed_by')
    .innerJoin('care_meetings as m', (j) => j.onRef('m.id', '=', 'a.meeting_id').onRef('m.region_id', '=', 'a.region_id'))
    .innerJoin('care_networks as n', (j) => j.onRef('n.id', '=', 'm.network_id').onRef('n.region_id', '=', 'm.region_id'))
    .innerJoin('care_meeting_items as i', (j) => j.onRef('i.id', '=', 'a.item_id').onRef('i.region_id', '=', 'a.region_id'))
    .select([
      'a.id',
      'a.meeting_id',
      'a.item_id',
      'a.body',
      'a.owner_user_id',
      'o.display_name as owner',
      'a.due_on',
      'a.status',
      'a.closed_at',
      'c.display_name as closer',
      'a.version',
      'n.name as network',
      'm.starts_at',
      'i.title',
    ])
    .where('a.region_id', '=', actor.regionId);
}

function toView(r: MyActionRow, actor: Actor, today: string): MyActionView {
  return { ...actionView(r, actor, today), networkName: r.network, meetingStartsAt: r.starts_at.toISOString(), itemTitle: r.title };
}

/** The owner's worklist: open action points, the overdue ones first, then by due date. */
export async function myActions(ctx: Pick<AppContext, 'db'>, actor: Actor, now = new Date()): Promise<MyActionView[]> {
  const rows = await baseQuery(ctx, actor).where('a.owner_user_id', '=', actor.userId).where('a.status', '=', 'open').orderBy('a.due_on').orderBy('a.created_at').limit(200).execute();
  const today = todayInNl(now);
  return rows.map((r) => toView(r, actor, today));
}

/** Only the owner closes an action point; two closes at once: the second gets 409 with the closed one. */
export async function closeAction(ctx: AppContext, actor: Actor, actionId: string, version: number, now = new Date()): Promise<MyActionView> {
  const current = async () => {
    const row = await baseQuery(ctx, actor).where('a.id', '=', actionId).executeTakeFirst();
    return row ? toView(row, actor, todayInNl(now)) : null;
  };
  const before = await current();
  if (!before) throw notFound();
  if (before.ownerUserId !== actor.userId) {
    // Someone who cannot read the meeting's minutes learns nothing about the action either.
    await minutesRole(ctx.db, actor, before.meetingId);
    throw forbidden({ nl: 'Alleen wie het actiepunt heeft, kan het afsluiten.', en: 'Only the owner of an action point can close it.' });
  }
  const res = await ctx.db
    .updateTable('care_actions')
    .set((eb) => ({ status: 'done', closed_at: now, closed_by: actor.userId, updated_at: now, version: eb('version', '+', 1) }))
    .where('region_id', '=', actor.regionId)
    .where('id', '=', actionId)
    .where('owner_user_id', '=', actor.userId)
    .where('status', '=', 'open')
    .where('version', '=', version)
    .executeTakeFirst();
  const after = await current();
  if (!after) throw notFound();
  if (res.numUpdatedRows === 0n) throw conflict(after);
  return after;
}
