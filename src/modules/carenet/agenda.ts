import type { Actor } from '../../platform/access/index.js';
import type { AppContext } from '../../platform/context.js';
import type { Updateable } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import { conflict, forbidden, invalid, notFound } from '../../platform/errors.js';
import type { EndMeetingInput, GuestInput, ItemUpdate, MeetingDetail, MoveInput, ThemeItemInput } from './model.js';
import { meetingAccess, type MeetingAccess } from './meetings-access.js';
import { meetingView } from './meetings-view.js';
import type { CareMeetingItemsTable } from './schema.js';

const CHAIR_ONLY = { nl: 'Alleen de voorzitter of secretaris doet dit.', en: 'Only the chair or secretary does this.' };
const closed = () => invalid('meeting', 'Dit overleg is al afgelopen of gaat niet door.', 'This meeting is over or cancelled.');

async function itemOf(db: Db, actor: Actor, itemId: string) {
  const item = await db
    .selectFrom('care_meeting_items')
    .select(['id', 'meeting_id', 'kind', 'position', 'status', 'submitted_by', 'version', 'title', 'case_id', 'time_box_minutes'])
    .where('region_id', '=', actor.regionId)
    .where('id', '=', itemId)
    .where('status', '<>', 'removed')
    .executeTakeFirst();
  if (!item) throw notFound();
  const access = await meetingAccess(db, actor, item.meeting_id);
  if (!access.member) throw forbidden();
  return { item, access };
}

const view = async (ctx: AppContext, actor: Actor, meetingId: string) => meetingView(ctx.db, actor, await meetingAccess(ctx.db, actor, meetingId));
const stale = async (ctx: AppContext, actor: Actor, meetingId: string) => conflict(await view(ctx, actor, meetingId));

type ItemChange = Updateable<CareMeetingItemsTable>;

/** Changes one item if nobody changed it meanwhile (else 409 with the meeting), and returns the meeting. */
async function changeItem(ctx: AppContext, actor: Actor, item: { id: string; meeting_id: string }, version: number, change: ItemChange): Promise<MeetingDetail> {
  const done = await ctx.db
    .updateTable('care_meeting_items')
    .set((eb) => ({ ...change, version: eb('version', '+', 1) }))
    .where('region_id', '=', actor.regionId)
    .where('id', '=', item.id)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
  if (!done) throw await stale(ctx, actor, item.meeting_id);
  return view(ctx, actor, item.meeting_id);
}
const open = (a: MeetingAccess) => a.meeting.status === 'planned' || a.meeting.status === 'running';

/** A trend or theme any member may put on the agenda; it goes last. */
export async function addThemeItem(ctx: AppContext, actor: Actor, meetingId: string, input: ThemeItemInput): Promise<MeetingDetail> {
  const access = await meetingAccess(ctx.db, actor, meetingId);
  if (!access.member) throw forbidden();
  if (!open(access)) throw closed();
  await ctx.db.transaction().execute(async (trx) => {
    const last = await trx.selectFrom('care_meeting_items').select((eb) => eb.fn.max('position').as('p')).where('region_id', '=', actor.regionId).where('meeting_id', '=', meetingId).executeTakeFirst();
    await trx
      .insertInto('care_meeting_items')
      .values({ region_id: actor.regionId, meeting_id: meetingId, kind: 'theme', position: Number(last?.p ?? 0) + 1, title: input.title, note: input.note, submitted_by: actor.userId })
      .execute();
  });
  return view(ctx, actor, meetingId);
}

/** Title and note: the chair, secretary or whoever put a theme on; the time box: the chair or secretary. */
export async function updateItem(ctx: AppContext, actor: Actor, itemId: string, input: ItemUpdate): Promise<MeetingDetail> {
  const { item, access } = await itemOf(ctx.db, actor, itemId);
  if (!open(access)) throw closed();
  const own = item.kind === 'theme' && item.submitted_by === actor.userId;
  if (input.timeBoxMinutes !== undefined && !access.manage) throw forbidden(CHAIR_ONLY);
  if ((input.title !== undefined || input.note !== undefined) && !access.manage && !own) throw forbidden(CHAIR_ONLY);
  // A case item's title is the case's label; it is changed on the case, not on the agenda.
  if (item.kind === 'case' && input.title !== undefined && input.title !== item.title) throw invalid('title', 'De titel van een casus pas je aan bij de casus.', 'Change the title of a case on the case itself.');
  return changeItem(ctx, actor, item, input.version, {
    ...(input.title !== undefined ? { title: input.title } : {}),
    ...(input.note !== undefined ? { note: input.note } : {}),
    ...(input.timeBoxMinutes !== undefined ? { time_box_minutes: input.timeBoxMinutes } : {}),
  });
}

export async function removeItem(ctx: AppContext, actor: Actor, itemId: string, version: number): Promise<MeetingDetail> {
  const { item, access } = await itemOf(ctx.db, actor, itemId);
  const own = item.kind === 'theme' && item.submitted_by === actor.userId;
  if (!access.manage && !own) throw forbidden(CHAIR_ONLY);
  if (item.status !== 'planned') throw invalid('status', 'Alleen een punt dat nog niet besproken is gaat van de agenda.', 'Only an item not yet discussed can be taken off.');
  return changeItem(ctx, actor, item, version, { status: 'removed' });
}

/** Swaps the item with its neighbour; positions are renumbered 1..n so gaps never pile up. */
export async function moveItem(ctx: AppContext, actor: Actor, itemId: string, input: MoveInput): Promise<MeetingDetail> {
  const { item, access } = await itemOf(ctx.db, actor, itemId);
  if (!access.manage) throw forbidden(CHAIR_ONLY);
  if (!open(access)) throw closed();
  const ok = await ctx.db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('care_meeting_items')
      .select(['id', 'version'])
      .where('region_id', '=', actor.regionId)
      .where('meeting_id', '=', item.meeting_id)
      .where('status', '<>', 'removed')
      .orderBy('position')
      .orderBy('created_at')
      .forUpdate()
      .execute();
    const at = rows.findIndex((r) => r.id === itemId);
    if (at < 0 || rows[at]!.version !== input.version) return false;
    const to = input.direction === 'up' ? at - 1 : at + 1;
    if (to < 0 || to >= rows.length) return true;
    const order = rows.map((r) => r.id);
    [order[at], order[to]] = [order[to]!, order[at]!];
    for (const [i, id] of order.entries()) {
      await trx
        .updateTable('care_meeting_items')
        .set((eb) => ({ position: i + 1, ...(id === itemId || id === rows[to]!.id ? { version: eb('version', '+', 1) } : {}) }))
        .where('id', '=', id)
        .execute();
    }
    return true;
  });
  if (!ok) throw await stale(ctx, actor, item.meeting_id);
  return view(ctx, actor, item.meeting_id);
}

export async function startMeeting(ctx: AppContext, actor: Actor, meetingId: string, version: number): Promise<MeetingDetail> {
  const access = await meetingAccess(ctx.db, actor, meetingId);
  if (!access.manage) throw forbidden(CHAIR_ONLY);
  if (access.meeting.status !== 'planned') throw invalid('status', 'Dit overleg is al begonnen, afgelopen of gaat niet door.', 'This meeting has already started, ended or is cancelled.');
  const done = await ctx.db
    .updateTable('care_meetings')
    .set((eb) => ({ status: 'running', started_at: new Date(), version: eb('version', '+', 1) }))
    .where('region_id', '=', actor.regionId)
    .where('id', '=', meetingId)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
  if (!done) throw await stale(ctx, actor, meetingId);
  return view(ctx, actor, meetingId);
}

/**
 * Starts the clock of one item; the item that was running is done. The start time is stored, so every
 * screen counts down from the same moment.
 */
export async function startItem(ctx: AppContext, actor: Actor, itemId: string, version: number): Promise<MeetingDetail> {
  const { item, access } = await itemOf(ctx.db, actor, itemId);
  if (!access.manage) throw forbidden(CHAIR_ONLY);
  if (access.meeting.status !== 'running') throw invalid('status', 'Start eerst het overleg.', 'Start the meeting first.');
  if (item.status !== 'planned') throw invalid('status', 'Dit punt is al besproken.', 'This item has already been discussed.');
  const ok = await ctx.db.transaction().execute(async (trx) => {
    const now = new Date();
    const done = await trx
      .updateTable('care_meeting_items')
      .set((eb) => ({ status: 'running', started_at: now, ended_at: null, version: eb('version', '+', 1) }))
      .where('region_id', '=', actor.regionId)
      .where('id', '=', itemId)
      .where('version', '=', version)
      .where('status', '=', 'planned')
      .returning('id')
      .executeTakeFirst();
    if (!done) return false;
    await trx
      .updateTable('care_meeting_items')
      .set((eb) => ({ status: 'discussed', ended_at: now, version: eb('version', '+', 1) }))
      .where('region_id', '=', actor.regionId)
      .where('meeting_id', '=', item.meeting_id)
      .where('status', '=', 'running')
      .where('id', '<>', itemId)
      .execute();
    return true;
  });
  if (!ok) throw await stale(ctx, actor, item.meeting_id);
  return view(ctx, actor, item.meeting_id);
}

export async function finishItem(ctx: AppContext, actor: Actor, itemId: string, version: number): Promise<MeetingDetail> {
  const { item, access } = await itemOf(ctx.db, actor, itemId);
  if (!access.manage) throw forbidden(CHAIR_ONLY);
  if (item.status !== 'running') throw invalid('status', 'Dit punt loopt niet.', 'This item is not running.');
  return changeItem(ctx, actor, item, version, { status: 'discussed', ended_at: new Date() });
}

/**
 * Ends the meeting. Items named in carryOver that were not discussed move to the next planned meeting
 * of the network and are marked "doorgeschoven" there; a case item keeps its case, whose consent is
 * asked again for that meeting by the case rules.
 */
export async function endMeeting(ctx: AppContext, actor: Actor, meetingId: string, input: EndMeetingInput): Promise<MeetingDetail> {
  const access = await meetingAccess(ctx.db, actor, meetingId);
  if (!access.manage) throw forbidden(CHAIR_ONLY);
  const m = access.meeting;
  if (m.status !== 'running') throw invalid('status', 'Dit overleg loopt niet.', 'This meeting is not running.');
  const carry = [...new Set(input.carryOver)];
  const items = await ctx.db
    .selectFrom('care_meeting_items')
    .select(['id', 'kind', 'title', 'note', 'case_id', 'time_box_minutes', 'status', 'submitted_by'])
    .where('region_id', '=', actor.regionId)
    .where('meeting_id', '=', meetingId)
    .execute();
  const moving = items.filter((i) => carry.includes(i.id));
  if (moving.length !== carry.length || moving.some((i) => i.status !== 'planned')) throw invalid('carryOver', 'Alleen punten die nog niet besproken zijn kun je doorschuiven.', 'Only items not yet discussed can be carried over.');
  let next: { id: string } | undefined;
  if (carry.length) {
    if (m.network_id === null) throw invalid('carryOver', 'Punten van de jaarbijeenkomst schuiven niet door.', 'Items of the yearly meeting are not carried over.');
    next = await ctx.db
      .selectFrom('care_meetings')
      .select('id')
      .where('region_id', '=', actor.regionId)
      .where('network_id', '=', m.network_id)
      .where('status', '=', 'planned')
      .where('starts_at', '>', m.starts_at)
      .orderBy('starts_at')
      .executeTakeFirst();
    if (!next) throw invalid('carryOver', 'Er is nog geen volgend overleg gepland. Plan dat eerst.', 'No next meeting is planned yet. Plan it first.');
  }
  const ok = await ctx.db.transaction().execute(async (trx) => {
    const now = new Date();
    const done = await trx
      .updateTable('care_meetings')
      .set((eb) => ({ status: 'held', ended_at: now, version: eb('version', '+', 1) }))
      .where('region_id', '=', actor.regionId)
      .where('id', '=', meetingId)
      .where('version', '=', input.version)
      .where('status', '=', 'running')
      .returning('id')
      .executeTakeFirst();
    if (!done) return false;
    await trx
      .updateTable('care_meeting_items')
      .set((eb) => ({ status: 'discussed', ended_at: now, version: eb('version', '+', 1) }))
      .where('region_id', '=', actor.regionId)
      .where('meeting_id', '=', meetingId)
      .where('status', '=', 'running')
      .execute();
    if (next && moving.length) {
      const last = await trx.selectFrom('care_meeting_items').select((eb) => eb.fn.max('position').as('p')).where('region_id', '=', actor.regionId).where('meeting_id', '=', next.id).executeTakeFirst();
      let position = Number(last?.p ?? 0);
      for (const i of moving) {
        position += 1;
        await trx
          .insertInto('care_meeting_items')
          .values({ region_id: actor.regionId, meeting_id: next.id, kind: i.kind, position, title: i.title, note: i.note, case_id: i.case_id, time_box_minutes: i.time_box_minutes, carried_over_from: i.id, submitted_by: i.submitted_by })
          .execute();
      }
      await trx
        .updateTable('care_meeting_items')
        .set((eb) => ({ status: 'carried-over', version: eb('version', '+', 1) }))
        .where('region_id', '=', actor.regionId)
        .where('id', 'in', moving.map((i) => i.id))
        .execute();
    }
    return true;
  });
  if (!ok) throw await stale(ctx, actor, meetingId);
  return view(ctx, actor, meetingId);
}

/** A guest on call for one case item: they see that item only. */
export async function addGuest(ctx: AppContext, actor: Actor, itemId: string, input: GuestInput): Promise<MeetingDetail> {
  const { item, access } = await itemOf(ctx.db, actor, itemId);
  if (!access.manage) throw forbidden(CHAIR_ONLY);
  if (item.kind !== 'case') throw invalid('itemId', 'Een gast op afroep komt voor één casus.', 'A guest on call joins for one case.');
  if (!open(access)) throw closed();
  const user = await ctx.db
    .selectFrom('users as u')
    .select(['u.id', 'u.organisation_id'])
    .where('u.region_id', '=', actor.regionId)
    .where('u.id', '=', input.userId)
    .where('u.status', '=', 'active')
    .where((eb) => eb.exists(eb.selectFrom('user_roles as r').select('r.user_id').whereRef('r.user_id', '=', 'u.id').where('r.role', 'in', ['professional', 'netwerkvoorzitter', 'teamleider'])))
    .executeTakeFirst();
  if (!user) throw invalid('userId', 'Kies een professional uit deze regio.', 'Choose a professional from this region.');
  const added = await ctx.db
    .insertInto('care_item_guests')
    .values({ region_id: actor.regionId, item_id: itemId, user_id: user.id, organisation_id: user.organisation_id, role_label: input.roleLabel, invited_by: actor.userId })
    .onConflict((oc) => oc.columns(['item_id', 'user_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!added) throw invalid('userId', 'Deze gast staat al bij dit punt.', 'This guest is already on this item.');
  return view(ctx, actor, item.meeting_id);
}

export async function removeGuest(ctx: AppContext, actor: Actor, itemId: string, guestId: string): Promise<MeetingDetail> {
  const { item, access } = await itemOf(ctx.db, actor, itemId);
  if (!access.manage) throw forbidden(CHAIR_ONLY);
  const gone = await ctx.db.deleteFrom('care_item_guests').where('region_id', '=', actor.regionId).where('item_id', '=', itemId).where('id', '=', guestId).returning('id').executeTakeFirst();
  if (!gone) throw notFound();
  return view(ctx, actor, item.meeting_id);
}
