import { withClientAccess, type Actor } from '../../platform/access/index.js';
import type { Db } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { readClientDetail } from '../clients/service.js';
import { planOccurrences, windowOf } from './calendar.js';
import { byStart, itemOccurrences, loadItems } from './item-views.js';
import type { AgendaCtx } from './items.js';
import type { MyAgendaView, OccurrenceView, WindowQuery } from './model.js';

interface Candidate {
  clientId: string;
  linkIds: string[];
}

/**
 * The circles where something in the agenda may be the person's: their own record, clients they
 * represent, appointments they are invited to or made, agreements they took on. Only ids: what is
 * shown is read per client through platform/access, which decides.
 */
async function candidates(db: Db, actor: Actor): Promise<Candidate[]> {
  const me = actor.userId;
  const r = actor.regionId;
  const rows = await db
    .selectFrom('agenda_attendees')
    .select('client_id')
    .where('user_id', '=', me)
    .where('region_id', '=', r)
    .union(db.selectFrom('agenda_items').select('client_id').where('created_by', '=', me).where('region_id', '=', r))
    .union(db.selectFrom('client_links').select('client_id').where('user_id', '=', me).where('region_id', '=', r).where('relation', '=', 'vertegenwoordiger'))
    .union(db.selectFrom('clients').select('id as client_id').where('user_id', '=', me).where('region_id', '=', r))
    .union(
      db
        .selectFrom('plan_tasks as t')
        .innerJoin('client_links as l', (j) => j.onRef('l.id', '=', 't.assignee_link_id').onRef('l.region_id', '=', 't.region_id'))
        .select('t.client_id')
        .where('l.user_id', '=', me)
        .where('t.region_id', '=', r)
        .where('t.status', 'in', ['asked', 'accepted']),
    )
    .execute();
  const links = await db.selectFrom('client_links').select(['id', 'client_id']).where('user_id', '=', me).where('region_id', '=', r).execute();
  return rows.map((row) => ({ clientId: row.client_id, linkIds: links.filter((l) => l.client_id === row.client_id).map((l) => l.id) }));
}

const denied = (err: unknown): boolean => err instanceof AppError && (err.status === 403 || err.status === 404);

interface ClientAgenda {
  clientId: string;
  name: string | null;
  occurrences: OccurrenceView[];
}

/** One circle as the person sees it: everything when it is their own or they decide, else what is theirs. */
async function clientAgenda(ctx: AgendaCtx, actor: Actor, c: Candidate, window: { from: string; to: string }, requestId: string | null, purpose: string): Promise<ClientAgenda | null> {
  let all = false;
  let items: OccurrenceView[];
  try {
    items = await withClientAccess(ctx, actor, { clientId: c.clientId, category: 'agenda', action: 'read', purpose, requestId }, async (db, scope) => {
      all = scope.relation === 'self' || scope.decidesAs !== null;
      const loaded = await loadItems(db, scope.regionId, scope.clientId, window);
      return loaded
        .filter((i) => all || i.row.created_by === actor.userId || i.attendees.some((a) => a.userId === actor.userId))
        .flatMap((i) => itemOccurrences(i, window.from, window.to));
    });
  } catch (err) {
    if (denied(err)) return null;
    throw err;
  }
  const tasks =
    (await planOccurrences(ctx, actor, c.clientId, window, requestId, purpose, (t, mine) => all || (t.assigneeLinkId !== null && mine.includes(t.assigneeLinkId)), c.linkIds)) ?? [];
  let name: string | null = null;
  try {
    name = await withClientAccess(ctx, actor, { clientId: c.clientId, category: 'basis', action: 'read', purpose, requestId }, async (db, scope) => {
      const d = await readClientDetail(db, scope);
      return `${d.firstName} ${d.lastName}`;
    });
  } catch (err) {
    if (!denied(err)) throw err;
  }
  return { clientId: c.clientId, name, occurrences: [...items, ...tasks] };
}

/** Everything on the person's own agenda in a window, over all their circles. */
export async function agendaFor(ctx: AgendaCtx, actor: Actor, window: { from: string; to: string }, requestId: string | null, purpose: string): Promise<MyAgendaView> {
  const found: ClientAgenda[] = [];
  // One circle after the other: each is its own access decision and log line, and the list is short.
  for (const c of await candidates(ctx.db, actor)) {
    const a = await clientAgenda(ctx, actor, c, window, requestId, purpose);
    if (a) found.push(a);
  }
  return {
    from: window.from,
    to: window.to,
    clients: found.map((f) => ({ id: f.clientId, name: f.name })),
    occurrences: found.flatMap((f) => f.occurrences).sort(byStart),
  };
}

export const myAgenda = (ctx: AgendaCtx, actor: Actor, q: WindowQuery, requestId: string | null): Promise<MyAgendaView> =>
  agendaFor(ctx, actor, windowOf(q), requestId, 'je eigen agenda bekijken');
