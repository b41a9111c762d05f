// Only type imports from libraries here: the web app may import vocabulary lists from this file.
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

/** When a naaste wants to be involved. */
export const OCCASIONS = ['crisis', 'grote-beslissingen', 'dagelijks', 'evaluaties', 'plan-gesprekken'] as const;
export type Occasion = (typeof OCCASIONS)[number];

/** How often they want contact. */
export const FREQUENCIES = ['wekelijks', 'twee-weken', 'maandelijks', 'bij-plan', 'als-nodig'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const CHANNELS = ['telefoon', 'app', 'email', 'persoonlijk'] as const;
export type Channel = (typeof CHANNELS)[number];

/** The roles a naaste can hold at once (report 001 §A7, 000 A7); "eigen-hulpvraag" = someone with own needs. */
export const NAASTE_ROLES = ['signalerend', 'co-begeleider', 'informatiebron', 'mantelzorger', 'eigen-hulpvraag'] as const;
export type NaasteRole = (typeof NAASTE_ROLES)[number];

/** The agreed check-in rhythm in weeks. */
export const CHECK_IN_WEEKS = [2, 4, 6, 8] as const;

/** Circle members who get a naastenkaart. */
export const CARD_RELATIONS = ['naaste', 'vertegenwoordiger'] as const;

export const DEFAULT_DEADLINE_DAYS = 21;

type Day = ColumnType<string, string, string>;

export interface NaastenSettingsTable {
  organisation_id: string;
  region_id: string;
  deadline_days: number;
  version: Generated<number>;
  updated_by_label: string;
  updated_at: Generated<Date>;
}

export interface NaastenCircleStartsTable {
  client_id: string;
  region_id: string;
  admitted_on: Day;
  version: Generated<number>;
  set_by_label: string;
  updated_at: Generated<Date>;
}

export interface NaastenCardsTable {
  id: Generated<string>;
  region_id: string;
  client_id: string;
  link_id: string;
  occasions: JSONColumnType<Occasion[]>;
  frequency: Frequency;
  channels: JSONColumnType<Channel[]>;
  roles: JSONColumnType<NaasteRole[]>;
  own_story: string | null;
  own_needs: string | null;
  check_in_weeks: number | null;
  check_in_user_id: string | null;
  check_in_anchor: ColumnType<string | null, string | null, string | null>;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  updated_by_label: string;
}

export interface NaastenBurdenChecksTable {
  id: Generated<string>;
  region_id: string;
  client_id: string;
  card_id: string;
  day: Day;
  score: number;
  note: string | null;
  created_at: Generated<Date>;
}

export interface NaastenCheckInsTable {
  id: Generated<string>;
  region_id: string;
  client_id: string;
  card_id: string;
  professional_user_id: string;
  period_start: Day;
  created_at: Generated<Date>;
  done_at: Date | null;
  done_by_label: string | null;
  note: string | null;
}

export interface NaastenAlertsTable {
  id: Generated<string>;
  region_id: string;
  client_id: string;
  link_id: string;
  note: string | null;
  created_at: Generated<Date>;
  seen_at: Date | null;
  seen_by_label: string | null;
}

/** Tables of this area, wired into the Database interface in src/platform/db/database.ts. */
export interface NaastenTables {
  naasten_settings: NaastenSettingsTable;
  naasten_circle_starts: NaastenCircleStartsTable;
  naasten_cards: NaastenCardsTable;
  naasten_burden_checks: NaastenBurdenChecksTable;
  naasten_check_ins: NaastenCheckInsTable;
  naasten_alerts: NaastenAlertsTable;
}
