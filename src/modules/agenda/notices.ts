import { withClientAccess, type Actor } from '../../platform/access/index.js';
import type { Db } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { readClientDetail } from '../clients/service.js';
import { loadItems, type LoadedItem } from './item-views.js';
import type { AgendaCtx } from './items.js';
import type { NoticeView } from './model.js';
import { nlParts } from './recurrence.js';

const MAX_NOTICES = 40;
const denied = (err: unknown): boolean => err instanceof AppError && (err.status === 403 || err.status === 404);

/**
 * The person's latest agenda notices. A notice holds only what happened to which item; the item
 * itself is read per client through platform/access now, so a notice about a circle the person can
 * no longer see is left out rather than shown from an old copy.
 */
export async function myNotices(ctx: AgendaCtx, actor: Actor, requestId: string | null): Promise<NoticeView[]> {
  const rows = await ctx.db
    .selectFrom('agenda_notices')
    .select(['id', 'client_id', 'item_id', 'kind', 'occurs_at', 'created_at', 'read_at'])
    .where('user_id', '=', actor.userId)
    .where('region_id', '=', actor.regionId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(MAX_NOTICES)
    .execute();
  const clientIds = [...new Set(rows.map((r) => r.client_id))];
  const views: NoticeView[] = [];
  for (const clientId of clientIds) {
    const mine = rows.filter((r) => r.client_id === clientId);
    let items: LoadedItem[];
    try {
      items = await withClientAccess(ctx, actor, { clientId, category: 'agenda', action: 'read', purpose: 'berichten over de agenda bekijken', requestId }, (db, scope) =>
        loadItems(db, scope.regionId, scope.clientId, { ids: [...new Set(mine.map((m) => m.item_id))] }),
      );
    } catch (err) {
      if (denied(err)) continue;
      throw err;
    }
    let clientName: string | null = null;
    try {
      clientName = await withClientAccess(ctx, actor, { clientId, category: 'basis', action: 'read', purpose: 'berichten over de agenda bekijken', requestId }, async (db, scope) => {
        const d = await readClientDetail(db, scope);
        return `${d.firstName} ${d.lastName}`;
      });
    } catch (err) {
      if (!denied(err)) throw err;
    }
    for (const n of mine) {
      const item = items.find((i) => i.row.id === n.item_id);
      if (!item) continue;
      const at = n.occurs_at ?? item.row.starts_at;
      const parts = nlParts(at);
      views.push({
        id: n.id,
        kind: n.kind,
        clientId,
        clientName,
        itemId: n.item_id,
        title: item.row.title,
        itemKind: item.row.kind,
        startsAt: at.toISOString(),
        date: parts.day,
        startTime: parts.time,
        createdAt: n.created_at.toISOString(),
        read: n.read_at !== null,
      });
    }
  }
  return views.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.id.localeCompare(b.id)));
}

/** Marks the person's own notices read: the given ones, or all. */
export async function markNoticesRead(db: Db, actor: Actor, ids?: readonly string[]): Promise<void> {
  if (ids && ids.length === 0) return;
  await db
    .updateTable('agenda_notices')
    .set({ read_at: new Date() })
    .where('user_id', '=', actor.userId)
    .where('region_id', '=', actor.regionId)
    .where('read_at', 'is', null)
    .$if(ids !== undefined, (qb) => qb.where('id', 'in', [...(ids ?? [])]))
    .execute();
}
