import type { Actor } from '../../platform/access/index.js';
import { todayInNl } from '../../platform/access/index.js';
import type { AppContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { conflict, invalid, notFound } from '../../platform/errors.js';
import { actionViews } from './actions-views.js';
import { logCaseReads, readableItemIds, withCaseMinutes } from './minutes-case-gate.js';
import { minutesDueOn } from './minutes-dates.js';
import type { ItemMinutesInput, ItemMinutesView, MinutesView } from './minutes-model.js';
import { publishedMail } from './minutes-mails.js';
import { minutesRole, networkPeople, requireWriter, type MinutesRole } from './minutes-roles.js';

type Ctx = AppContext;

interface ItemRow {
  id: string;
  meeting_id: string;
  kind: 'case' | 'theme';
  position: number;
  title: string;
  case_id: string | null;
  status: string;
}

async function agendaItems(db: Db, regionId: string, meetingId: string): Promise<ItemRow[]> {
  return db
    .selectFrom('care_meeting_items')
    .select(['id', 'meeting_id', 'kind', 'position', 'title', 'case_id', 'status'])
    .where('region_id', '=', regionId)
    .where('meeting_id', '=', meetingId)
    .where('status', '<>', 'removed')
    .orderBy('position')
    .orderBy('created_at')
    .execute();
}

const userName = async (db: Db, regionId: string, id: string | null): Promise<string | null> =>
  id ? ((await db.selectFrom('users').select('display_name').where('region_id', '=', regionId).where('id', '=', id).executeTakeFirst())?.display_name ?? null) : null;

/**
 * The minutes of one meeting as this person may see them: every item's title, and the text,
 * decisions and action points of the items they may read. Members see the text once it is sent;
 * the writer and the chair see the draft.
 */
export async function getMinutes(ctx: Ctx, actor: Actor, meetingId: string, requestId: string | null, now = new Date()): Promise<MinutesView> {
  const role = await minutesRole(ctx.db, actor, meetingId);
  return buildView(ctx, actor, role, requestId, now);
}

async function buildView(ctx: Ctx, actor: Actor, role: MinutesRole, requestId: string | null, now: Date): Promise<MinutesView> {
  const { meeting } = role;
  const head = await ctx.db.selectFrom('care_minutes').selectAll().where('region_id', '=', meeting.regionId).where('meeting_id', '=', meeting.id).executeTakeFirst();
  const published = head?.status === 'published';
  const visible = role.writer || role.chair || published;
  const all = await agendaItems(ctx.db, meeting.regionId, meeting.id);
  const listed = role.reader ? all : all.filter((i) => role.guestItemIds.includes(i.id));
  let readable = visible ? await readableItemIds(ctx, actor, role, listed) : new Set<string>();
  const texts = readable.size
    ? await ctx.db
        .selectFrom('care_minutes_items as mi')
        .leftJoin('users as u', 'u.id', 'mi.updated_by')
        .select(['mi.item_id', 'mi.body', 'mi.decisions', 'mi.version', 'mi.updated_at', 'u.display_name'])
        .where('mi.region_id', '=', meeting.regionId)
        .where('mi.item_id', 'in', [...readable])
        .execute()
    : [];
  // A case item's text is about a client: log the read (and drop it if the case closed meanwhile).
  const caseItemsShown = listed.filter((i) => i.kind === 'case' && readable.has(i.id));
  if (caseItemsShown.length) {
    const logged = await logCaseReads(ctx, actor, caseItemsShown, requestId);
    readable = new Set([...readable].filter((id) => logged.has(id) || !caseItemsShown.some((c) => c.id === id)));
  }
  const actions = readable.size ? await actionViews(ctx.db, actor, { meetingId: meeting.id, itemIds: [...readable] }, now) : [];
  const items: ItemMinutesView[] = listed.map((i) => {
    const r = readable.has(i.id);
    const t = r ? texts.find((x) => x.item_id === i.id) : undefined;
    return {
      itemId: i.id,
      kind: i.kind,
      position: i.position,
      title: i.title,
      itemStatus: i.status,
      readable: r,
      body: t?.body ?? '',
      decisions: t?.decisions ?? '',
      version: t?.version ?? 0,
      updatedAt: t ? t.updated_at.toISOString() : null,
      updatedByName: t?.display_name ?? null,
      actions: actions.filter((a) => a.itemId === i.id),
    };
  });
  const dueOn = minutesDueOn(meeting.startsAt);
  return {
    meetingId: meeting.id,
    networkId: meeting.networkId,
    networkName: meeting.networkName,
    startsAt: meeting.startsAt.toISOString(),
    meetingStatus: meeting.status,
    status: published ? 'published' : 'draft',
    version: head?.version ?? 0,
    publishedAt: head?.published_at?.toISOString() ?? null,
    publishedByName: await userName(ctx.db, meeting.regionId, head?.published_by ?? null),
    dueOn,
    overdue: !published && meeting.status !== 'cancelled' && todayInNl(now) > dueOn,
    canWrite: role.writer,
    visible,
    items,
    people: role.writer ? await networkPeople(ctx.db, meeting.regionId, meeting.networkId, todayInNl(now)) : [],
  };
}

/** The one agenda item of this meeting the writer may write about, or 404/403. */
export async function writableItem(ctx: Ctx, actor: Actor, role: MinutesRole, itemId: string): Promise<ItemRow> {
  requireWriter(role);
  if (role.meeting.status === 'cancelled') throw invalid('meetingId', 'Dit overleg is afgelast: er komt geen verslag.', 'This meeting was cancelled: there are no minutes.');
  const item = (await agendaItems(ctx.db, actor.regionId, role.meeting.id)).find((i) => i.id === itemId);
  if (!item) throw notFound({ nl: 'Dit agendapunt hoort niet bij dit overleg.', en: 'This agenda item is not part of this meeting.' });
  const ok = await readableItemIds(ctx, actor, role, [item]);
  if (!ok.has(item.id)) throw notFound({ nl: 'Dit agendapunt hoort niet bij dit overleg.', en: 'This agenda item is not part of this meeting.' });
  return item;
}

async function ensureHead(trx: Db, regionId: string, meetingId: string): Promise<void> {
  await trx.insertInto('care_minutes').values({ region_id: regionId, meeting_id: meetingId }).onConflict((oc) => oc.column('meeting_id').doNothing()).execute();
}

async function itemView(ctx: Ctx, actor: Actor, item: ItemRow, now: Date): Promise<ItemMinutesView> {
  const t = await ctx.db
    .selectFrom('care_minutes_items as mi')
    .leftJoin('users as u', 'u.id', 'mi.updated_by')
    .select(['mi.body', 'mi.decisions', 'mi.version', 'mi.updated_at', 'u.display_name'])
    .where('mi.region_id', '=', actor.regionId)
    .where('mi.item_id', '=', item.id)
    .executeTakeFirst();
  return {
    itemId: item.id,
    kind: item.kind,
    position: item.position,
    title: item.title,
    itemStatus: item.status,
    readable: true,
    body: t?.body ?? '',
    decisions: t?.decisions ?? '',
    version: t?.version ?? 0,
    updatedAt: t ? t.updated_at.toISOString() : null,
    updatedByName: t?.display_name ?? null,
    actions: await actionViews(ctx.db, actor, { meetingId: item.meeting_id, itemIds: [item.id] }, now),
  };
}

/**
 * Saves the text of one item. Made for autosave while the meeting runs: the version the writer
 * started from must still be current, otherwise the answer is 409 with the text saved meanwhile.
 */
export async function saveItemMinutes(ctx: Ctx, actor: Actor, meetingId: string, itemId: string, input: ItemMinutesInput, requestId: string | null, now = new Date()): Promise<ItemMinutesView> {
  const role = await minutesRole(ctx.db, actor, meetingId);
  const item = await writableItem(ctx, actor, role, itemId);
  const saved = await withCaseMinutes(ctx, actor, item, 'update', requestId, () =>
    ctx.db.transaction().execute(async (trx) => {
      await ensureHead(trx, actor.regionId, meetingId);
      if (input.version === 0) {
        const row = await trx
          .insertInto('care_minutes_items')
          .values({ region_id: actor.regionId, meeting_id: meetingId, item_id: itemId, body: input.body, decisions: input.decisions, updated_by: actor.userId })
          .onConflict((oc) => oc.column('item_id').doNothing())
          .returning('id')
          .executeTakeFirst();
        return row !== undefined;
      }
      const res = await trx
        .updateTable('care_minutes_items')
        .set((eb) => ({ body: input.body, decisions: input.decisions, updated_by: actor.userId, updated_at: now, version: eb('version', '+', 1) }))
        .where('region_id', '=', actor.regionId)
        .where('item_id', '=', itemId)
        .where('version', '=', input.version)
        .executeTakeFirst();
      return res.numUpdatedRows > 0n;
    }),
  );
  const view = await itemView(ctx, actor, item, now);
  if (!saved) throw conflict(view);
  return view;
}

/**
 * Sends the minutes: members read them in the app. Everyone who may read them gets an in-app notice
 * and a mail that says only that there is something new (no network, no case, no name).
 */
export async function publishMinutes(ctx: Ctx, actor: Actor, meetingId: string, version: number, requestId: string | null, now = new Date()): Promise<MinutesView> {
  const role = await minutesRole(ctx.db, actor, meetingId);
  requireWriter(role);
  const { meeting } = role;
  if (meeting.status === 'cancelled') throw invalid('meetingId', 'Dit overleg is afgelast: er komt geen verslag.', 'This meeting was cancelled: there are no minutes.');
  if (meeting.startsAt.getTime() > now.getTime()) throw invalid('meetingId', 'Het overleg is nog niet begonnen. Verstuur het verslag na het overleg.', 'The meeting has not started yet. Send the minutes after the meeting.');
  const recipients = await ctx.db.transaction().execute(async (trx) => {
    await ensureHead(trx, meeting.regionId, meetingId);
    const head = await trx.selectFrom('care_minutes').select(['version', 'status']).where('meeting_id', '=', meetingId).forUpdate().executeTakeFirstOrThrow();
    if (head.status === 'published' || (version !== 0 && head.version !== version) || (version === 0 && head.version !== 1)) return null;
    await trx
      .updateTable('care_minutes')
      .set((eb) => ({ status: 'published', published_at: now, published_by: actor.userId, updated_at: now, version: eb('version', '+', 1) }))
      .where('meeting_id', '=', meetingId)
      .execute();
    const people = await readersOf(trx, meeting.regionId, meeting.networkId, meetingId, todayInNl(now));
    const others = people.filter((p) => p.id !== actor.userId);
    if (others.length) {
      await trx
        .insertInto('care_minutes_notices')
        .values(others.map((p) => ({ region_id: meeting.regionId, user_id: p.id, meeting_id: meetingId, kind: 'published' as const })))
        .execute();
    }
    return others;
  });
  const view = await buildView(ctx, actor, role, requestId, now);
  if (recipients === null) throw conflict(view);
  const link = `${ctx.config.publicUrl}/zorgnetwerken/overleggen/${meetingId}/verslag`;
  for (const p of recipients) await ctx.mail.send({ regionId: meeting.regionId, to: p.email, ...publishedMail(p.locale, link) });
  return view;
}

/** Everyone who reads the minutes of this meeting: chair, secretary, active members, substitutes and guests of this meeting. */
async function readersOf(db: Db, regionId: string, networkId: string, meetingId: string, today: string): Promise<{ id: string; email: string; locale: 'nl' | 'en' }[]> {
  const rows = await db
    .selectFrom('users as u')
    .select(['u.id', 'u.email', 'u.locale'])
    .where('u.region_id', '=', regionId)
    .where('u.status', '=', 'active')
    .where((eb) =>
      eb.or([
        eb('u.id', 'in', eb.selectFrom('care_networks').select('chair_user_id').where('id', '=', networkId).where('chair_user_id', 'is not', null).$narrowType<{ chair_user_id: string }>()),
        eb('u.id', 'in', eb.selectFrom('care_networks').select('secretary_user_id').where('id', '=', networkId).where('secretary_user_id', 'is not', null).$narrowType<{ secretary_user_id: string }>()),
        eb(
          'u.id',
          'in',
          eb
            .selectFrom('care_network_members')
            .select('user_id')
            .where('network_id', '=', networkId)
            .where('active_from', '<=', today)
            .where((w) => w.or([w('active_until', 'is', null), w('active_until', '>=', today)])),
        ),
        eb('u.id', 'in', eb.selectFrom('care_meeting_attendance').select('substitute_user_id').where('meeting_id', '=', meetingId).where('substitute_user_id', 'is not', null).$narrowType<{ substitute_user_id: string }>()),
        eb(
          'u.id',
          'in',
          eb
            .selectFrom('care_item_guests as g')
            .innerJoin('care_meeting_items as i', 'i.id', 'g.item_id')
            .select('g.user_id')
            .where('i.meeting_id', '=', meetingId),
        ),
      ]),
    )
    .execute();
  return rows;
}
