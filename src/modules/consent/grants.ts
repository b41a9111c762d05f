import { runMemberAccessHooks } from './access-hooks.js';
import { INFORMATION_CATEGORIES } from '../../platform/audit/schema.js';
import type { Db } from '../../platform/db/database.js';
import { NO_ACCESS } from './presets.js';
import type { Cells, GrantedLevel } from './schema.js';

export interface MemberGrants {
  cells: Cells;
  expiresAt: Date | null;
}

/** A member's current, unexpired grants as eight cells. */
export async function grantsOf(db: Db, regionId: string, linkId: string, now = new Date()): Promise<MemberGrants> {
  const rows = await db
    .selectFrom('consent_grants')
    .select(['category', 'level', 'expires_at'])
    .where('region_id', '=', regionId)
    .where('link_id', '=', linkId)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
    .execute();
  const cells: Cells = { ...NO_ACCESS };
  let expiresAt: Date | null = null;
  for (const r of rows) {
    cells[r.category] = r.level;
    if (r.expires_at) expiresAt = r.expires_at;
  }
  return { cells, expiresAt };
}

/** Replaces all of a member's grants by the given cells; 'none' cells get no row. */
export async function writeGrants(
  db: Db,
  target: { regionId: string; clientId: string; linkId: string },
  cells: Cells,
  expiresAt: Date | null,
  decisionId: string,
): Promise<void> {
  await db.deleteFrom('consent_grants').where('region_id', '=', target.regionId).where('link_id', '=', target.linkId).execute();
  const rows = INFORMATION_CATEGORIES.filter((c) => cells[c] !== 'none').map((category) => ({
    link_id: target.linkId,
    category,
    region_id: target.regionId,
    client_id: target.clientId,
    level: cells[category] as GrantedLevel,
    expires_at: expiresAt,
    decision_id: decisionId,
  }));
  if (rows.length) await db.insertInto('consent_grants').values(rows).execute();
  await runMemberAccessHooks(db, { ...target, leaving: false });
}
