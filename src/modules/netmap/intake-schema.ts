// Only type imports from libraries here: the web app imports the vocabulary lists from this file.
import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { Sector } from './schema.js';

/**
 * The steps of the network intake: who takes part, then one step per life domain of the map (the
 * order of report 004: family first, then friends, "ending in a whole fan"), then the summary.
 */
export const INTAKE_STEPS = ['wie-neem-je-mee', 'familie', 'vrienden', 'buurt', 'school-werk', 'vrije-tijd', 'zorg', 'samenvatting'] as const;
export type IntakeStepKey = (typeof INTAKE_STEPS)[number];
export const LAST_STEP = INTAKE_STEPS.length - 1;

/** The sector a step walks, or null for the first and the last step. */
export const sectorOfStep = (step: number): Sector | null => {
  const key = INTAKE_STEPS[step];
  return key === undefined || key === 'wie-neem-je-mee' || key === 'samenvatting' ? null : key;
};

export const INTAKE_STATUSES = ['running', 'paused', 'finished'] as const;
export type IntakeStatus = (typeof INTAKE_STATUSES)[number];

/** The three questions of every life domain: who is there now, who used to be, who could be asked. */
export const INTAKE_ANSWERS = ['nu', 'vroeger', 'vragen'] as const;
export type IntakeAnswer = (typeof INTAKE_ANSWERS)[number];

/** What the worklist can say about a client's network. */
export const SIGNAL_KINDS = ['overbelast-taken', 'overbelast-steun', 'wil-herstellen', 'intake-zonder-kaart', 'intake-gepauzeerd'] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

export interface IntakeSummaryCounts {
  people: number;
  sectors: number;
  restore: number;
  added: number;
}

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface NetworkIntakesTable {
  id: Generated<string>;
  region_id: string;
  client_id: string;
  status: Generated<IntakeStatus>;
  step: Generated<number>;
  notes: JSONColumnType<Partial<Record<IntakeStepKey, string>>, string | undefined, string>;
  participants: JSONColumnType<string[], string | undefined, string>;
  started_by: string | null;
  started_by_label: string;
  started_at: Timestamp;
  paused_at: NullableTimestamp;
  finished_at: NullableTimestamp;
  finished_by_label: string | null;
  summary: JSONColumnType<IntakeSummaryCounts | null, string | null | undefined, string | null>;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface NetworkIntakePersonsTable {
  region_id: string;
  intake_id: string;
  person_id: string;
  client_id: string;
  step: number;
  answer: IntakeAnswer;
  created_at: Generated<Date>;
}

export interface NetworkSignalsTable {
  id: Generated<string>;
  region_id: string;
  client_id: string;
  kind: SignalKind;
  person_id: string | null;
  link_id: string | null;
  since: Timestamp;
}

export interface NetworkSignalStateTable {
  region_id: string;
  client_id: string;
  fingerprint: string;
  computed_at: Timestamp;
}

/** Tables of this area, wired into the Database interface in src/platform/db/database.ts. */
export interface NetIntakeTables {
  network_intakes: NetworkIntakesTable;
  network_intake_persons: NetworkIntakePersonsTable;
  network_signals: NetworkSignalsTable;
  network_signal_state: NetworkSignalStateTable;
}
