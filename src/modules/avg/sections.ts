import type { AccessScope } from '../../platform/access/index.js';
import type { Db } from '../../platform/db/database.js';
import type { Messages } from '../../platform/errors.js';
import { CORE_SECTIONS } from './core-sections.js';

/** Plain JSON: what a section hands over for both the JSON download and the readable document. */
export type ExportValue = string | number | boolean | null | ExportValue[] | { [key: string]: ExportValue };

/**
 * One part of "everything Samenspel stores about you" (AVG art. 15 and 20).
 *
 * A module that stores client data adds its own section, so the download stays complete:
 *
 *   addExportSection({ key: 'plan', title: { nl: 'Plan', en: 'Plan' }, labels: {...}, collect: (db, scope) => ... });
 *
 * called once at start-up (for example from the module's register…Jobs or routes function).
 * `collect` runs inside withClientAccess for the client or their decider, after the export was
 * logged for every information category; it must read only rows of scope.regionId and scope.clientId.
 * Return codes and ISO dates rather than sentences: the JSON stays machine-readable, and the readable
 * document turns them into Dutch with `labels` (field names) and `values` (codes per field).
 */
export interface ExportSection {
  key: string;
  title: Messages;
  /** Field name → readable name. Keys without a label are shown as they are. */
  labels?: Record<string, Messages>;
  /** Field name → code → readable text, e.g. { status: { open: { nl: 'open', en: 'open' } } }. */
  values?: Record<string, Record<string, Messages>>;
  collect(db: Db, scope: AccessScope): Promise<ExportValue>;
}

const sections: ExportSection[] = [...CORE_SECTIONS];

/** Adds a section at the end of the download; a key can be used once. */
export function addExportSection(section: ExportSection): void {
  if (sections.some((s) => s.key === section.key)) throw new Error(`Export section "${section.key}" already exists`);
  sections.push(section);
}

export function exportSections(): readonly ExportSection[] {
  return sections;
}
