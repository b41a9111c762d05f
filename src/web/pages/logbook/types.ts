/** The logbook API as the web app reads it (see src/modules/logbook/model.ts). */

export type UpdateKind = 'update' | 'goed-nieuws' | 'zorg';
export type EntryKind = UpdateKind | 'rapportage';
export const UPDATE_KINDS: readonly UpdateKind[] = ['update', 'goed-nieuws', 'zorg'];

export interface Reaction {
  reaction: 'klopt' | 'klopt-niet';
  note: string | null;
  byLabel: string;
  at: string;
  onCurrentText: boolean;
}

export interface Entry {
  id: string;
  kind: EntryKind;
  body: string;
  authorLabel: string;
  mine: boolean;
  createdAt: string;
  editedAt: string | null;
  reaction: Reaction | null;
  version: number;
}

export interface UpdateList {
  entries: Entry[];
  canWrite: boolean;
}

export interface ReportList {
  entries: Entry[];
  canWrite: boolean;
  canReact: boolean;
}

export const isEntry = (v: unknown): v is Entry => typeof v === 'object' && v !== null && 'id' in v && 'version' in v && 'body' in v;
