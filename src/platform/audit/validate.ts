import type { AccessLogInput } from '../context.js';
import { ACCESS_ACTIONS, INFORMATION_CATEGORIES } from './schema.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (v: string): boolean => UUID.test(v);

const categories: ReadonlySet<string> = new Set(INFORMATION_CATEGORIES);
const actions: ReadonlySet<string> = new Set(ACCESS_ACTIONS);

/**
 * Entries from many requests share one INSERT, so a single malformed entry would fail everyone's
 * batch. Checking here fails only the caller that passed it. Returns a reason, or null when valid.
 */
export function invalidEntryReason(e: AccessLogInput): string | null {
  if (!isUuid(e.regionId)) return 'regionId is not a uuid';
  if (e.actorUserId !== null && !isUuid(e.actorUserId)) return 'actorUserId is not a uuid';
  if (e.clientId !== null && !isUuid(e.clientId)) return 'clientId is not a uuid';
  if (!categories.has(e.category)) return 'unknown category';
  if (!actions.has(e.action)) return 'unknown action';
  // PostgreSQL text cannot hold NUL.
  for (const text of [e.actorLabel, e.purpose, e.requestId ?? '']) {
    if (text.includes('\u0000')) return 'text contains a NUL character';
  }
  if (e.actorLabel.length === 0) return 'actorLabel is empty';
  if (e.purpose.length === 0) return 'purpose is empty';
  return null;
}
