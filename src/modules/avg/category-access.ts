import { withClientAccess, type AccessContext, type Actor } from '../../platform/access/index.js';
import type { InformationCategory } from '../../platform/audit/schema.js';
import { AppError } from '../../platform/errors.js';

/**
 * A correction request says what is wrong in one category, so a professional sees it only when the
 * client lets them read that category. Each category is asked of platform/access (and logged when
 * allowed); 'basis' is left out because the caller opened it already.
 */
export async function readableCategories(
  ctx: AccessContext,
  actor: Actor,
  clientId: string,
  categories: Iterable<InformationCategory>,
  purpose: string,
  requestId: string | null,
): Promise<Set<InformationCategory>> {
  const allowed = new Set<InformationCategory>(['basis']);
  for (const category of new Set(categories)) {
    if (allowed.has(category)) continue;
    try {
      await withClientAccess(ctx, actor, { clientId, category, action: 'read', purpose, requestId }, async () => undefined);
      allowed.add(category);
    } catch (err) {
      if (!(err instanceof AppError && err.status === 403)) throw err;
    }
  }
  return allowed;
}
