import { todayInNl, withClientAccess, type Actor } from '../../platform/access/index.js';
import { AppError, invalid } from '../../platform/errors.js';
import { byStart, itemOccurrences, loadItems, toItemView } from './item-views.js';
import type { AgendaCtx } from './items.js';
import type { CalendarView, OccurrenceView, WindowQuery } from './model.js';
import { invitablePeople, mayWriteAgenda } from './people.js';
import { planTasks, taskOccurrences, type ScheduledTask } from './plan-tasks.js';
import { addDays } from './recurrence.js';

const DEFAULT_DAYS = 28;
const MAX_DAYS = 92;

/** A window of Dutch days: from today for four weeks unless asked otherwise, at most about three months. */
export function windowOf(q: WindowQuery, today = todayInNl()): { from: string; to: string } {
  const from = q.from ?? today;
  const to = q.to ?? addDays(from, DEFAULT_DAYS - 1);
  if (to < from) throw invalid('to', 'De einddatum moet na de begindatum liggen.', 'The end date must be after the start date.');
  if (to > addDays(from, MAX_DAYS)) throw invalid('to', 'Kies een periode van hoogstens drie maanden.', 'Choose a period of at most three months.');
  return { from, to };
}

/**
 * The plan's agreements for the window, when the reader may see the plan; null when not. The plan
 * is its own category: having the agenda does not open it.
 */
export async function planOccurrences(
  ctx: AgendaCtx,
  actor: Actor,
  clientId: string,
  window: { from: string; to: string },
  requestId: string | null,
  purpose: string,
  keep: (t: ScheduledTask, myLinkIds: readonly string[]) => boolean = () => true,
  myLinkIds: readonly string[] = [],
): Promise<OccurrenceView[] | null> {
  try {
    return await withClientAccess(ctx, actor, { clientId, category: 'plan', action: 'read', purpose, requestId }, async (db, scope) => {
      const tasks = await planTasks(db, scope.regionId, scope.clientId);
      return tasks.filter((t) => keep(t, myLinkIds)).flatMap((t) => taskOccurrences(scope.clientId, t, window.from, window.to));
    });
  } catch (err) {
    if (err instanceof AppError && err.status === 403) return null;
    throw err;
  }
}

/** One circle's calendar: its appointments and the plan's dated agreements, per day. */
export async function circleCalendar(ctx: AgendaCtx, actor: Actor, clientId: string, q: WindowQuery, requestId: string | null): Promise<CalendarView> {
  const window = windowOf(q);
  const base = await withClientAccess(ctx, actor, { clientId, category: 'agenda', action: 'read', purpose: 'de agenda bekijken', requestId }, async (db, scope) => {
    const items = await loadItems(db, scope.regionId, scope.clientId, window);
    const canEdit = mayWriteAgenda(scope);
    const people = canEdit ? await invitablePeople(db, scope.regionId, scope.clientId) : [];
    return { clientId: scope.clientId, items, canEdit, people };
  });
  const tasks = await planOccurrences(ctx, actor, clientId, window, requestId, 'afspraken uit het plan in de agenda tonen');
  const fromItems = base.items.map((i) => ({ item: i, dates: itemOccurrences(i, window.from, window.to) })).filter((x) => x.dates.length > 0);
  return {
    clientId: base.clientId,
    from: window.from,
    to: window.to,
    occurrences: [...fromItems.flatMap((x) => x.dates), ...(tasks ?? [])].sort(byStart),
    items: fromItems.map((x) => toItemView(x.item)),
    canEdit: base.canEdit,
    people: base.people.map((p) => ({ userId: p.userId, label: p.label })),
    planIncluded: tasks !== null,
  };
}
