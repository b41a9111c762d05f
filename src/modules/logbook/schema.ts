import type { Generated } from 'kysely';

/** Updates by the circle ('logboek') and reports by professionals ('rapportage'). */
export const UPDATE_KINDS = ['update', 'goed-nieuws', 'zorg'] as const;
export type UpdateKind = (typeof UPDATE_KINDS)[number];
export const ENTRY_KINDS = [...UPDATE_KINDS, 'rapportage'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const REACTIONS = ['klopt', 'klopt-niet'] as const;
export type Reaction = (typeof REACTIONS)[number];

export interface LogbookEntriesTable {
  id: Generated<string>;
  region_id: string;
  client_id: string;
  kind: EntryKind;
  body: string;
  author_user_id: string | null;
  author_label: string;
  edited_at: Date | null;
  reaction: Reaction | null;
  reaction_note: string | null;
  reaction_by_label: string | null;
  reaction_at: Date | null;
  reaction_on_version: number | null;
  version: Generated<number>;
  created_at: Generated<Date>;
}

export interface LogbookTables {
  logbook_entries: LogbookEntriesTable;
}
