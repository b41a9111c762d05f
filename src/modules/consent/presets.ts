import { INFORMATION_CATEGORIES, type InformationCategory } from '../../platform/audit/schema.js';
import type { AccessLevel, Cells, Preset } from './schema.js';

/**
 * Starting points the client can then change cell by cell. Sensitive notes are never part of a
 * preset: that category is opened only by an explicit choice of the client.
 */
export const PRESET_CELLS: Readonly<Record<Preset, Readonly<Cells>>> = {
  binnenkring: { basis: 'read', netwerk: 'contribute', plan: 'contribute', agenda: 'contribute', logboek: 'contribute', rapportage: 'none', gevoelig: 'none', documenten: 'read' },
  buitenkring: { basis: 'read', netwerk: 'none', plan: 'read', agenda: 'read', logboek: 'read', rapportage: 'none', gevoelig: 'none', documenten: 'none' },
  professional: { basis: 'contribute', netwerk: 'contribute', plan: 'contribute', agenda: 'contribute', logboek: 'contribute', rapportage: 'contribute', gevoelig: 'none', documenten: 'contribute' },
};

export const NO_ACCESS: Readonly<Cells> = Object.fromEntries(INFORMATION_CATEGORIES.map((c) => [c, 'none'])) as Cells;
/** What the client and whoever decides for them have: everything. */
export const FULL_ACCESS: Readonly<Cells> = Object.fromEntries(INFORMATION_CATEGORIES.map((c) => [c, 'contribute'])) as Cells;

const RANK: Record<AccessLevel, number> = { none: 0, read: 1, contribute: 2 };

/** The preset these cells equal, if any; the screen shows "binnenkring" rather than eight cells then. */
export function presetOf(cells: Cells): Preset | null {
  for (const [name, preset] of Object.entries(PRESET_CELLS) as [Preset, Cells][]) {
    if (INFORMATION_CATEGORIES.every((c) => preset[c] === cells[c])) return name;
  }
  return null;
}

/** True when nothing gets wider: no cell goes up and no end date is removed or moved later. */
export function onlyNarrows(from: { cells: Cells; expiresAt: Date | null }, to: { cells: Cells; expiresAt: Date | null }): boolean {
  const anyGranted = INFORMATION_CATEGORIES.some((c) => to.cells[c] !== 'none');
  if (INFORMATION_CATEGORIES.some((c: InformationCategory) => RANK[to.cells[c]] > RANK[from.cells[c]])) return false;
  if (!anyGranted) return true;
  if (to.expiresAt === null) return from.expiresAt === null;
  return from.expiresAt === null || to.expiresAt.getTime() <= from.expiresAt.getTime();
}
