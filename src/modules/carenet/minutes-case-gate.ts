import { mayReadCaseItem, withCaseAccess, type Actor } from '../../platform/access/index.js';
import type { AppContext } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import type { MinutesRole } from './minutes-roles.js';

export interface GateItem {
  id: string;
  kind: 'case' | 'theme';
  case_id: string | null;
}

const denied = (err: unknown): boolean => err instanceof AppError && (err.status === 403 || err.status === 404);

/**
 * Which items' minutes this person may see. Theme items: everyone who reads the minutes (a guest
 * only their own item). Case items follow the case's own rule in platform/access: the minutes of a
 * case are as private as the case itself, in this meeting.
 */
export async function readableItemIds(ctx: Pick<AppContext, 'db'>, actor: Actor, role: MinutesRole, items: readonly GateItem[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (const item of items) {
    const guestOnly = !role.reader;
    if (guestOnly && !role.guestItemIds.includes(item.id)) continue;
    if (item.kind === 'theme') out.add(item.id);
    else if (await mayReadCaseItem(ctx.db, actor, item.id)) out.add(item.id);
  }
  return out;
}

/**
 * Opens the minutes of one case item through the case's access check, so reading or writing what
 * was said about a client is logged in that client's access log like any other case access.
 */
export async function withCaseMinutes<T>(
  ctx: AppContext,
  actor: Actor,
  item: GateItem & { meeting_id: string },
  action: 'read' | 'update',
  requestId: string | null,
  fn: () => Promise<T>,
): Promise<T> {
  if (item.kind !== 'case' || item.case_id === null) return fn();
  return withCaseAccess(
    ctx,
    actor,
    { caseId: item.case_id, meetingId: item.meeting_id, action, purpose: action === 'read' ? 'verslag van het overleg lezen' : 'verslag van het overleg schrijven', requestId },
    () => fn(),
  );
}

/** Logs one read per readable case item; an item whose case closed to this person meanwhile is dropped. */
export async function logCaseReads(ctx: AppContext, actor: Actor, items: readonly (GateItem & { meeting_id: string })[], requestId: string | null): Promise<Set<string>> {
  const ok = new Set<string>();
  for (const item of items) {
    try {
      await withCaseMinutes(ctx, actor, item, 'read', requestId, async () => undefined);
      ok.add(item.id);
    } catch (err) {
      if (!denied(err)) throw err;
    }
  }
  return ok;
}
