import type { ColumnType, Generated, JSONColumnType } from 'kysely';

export const OFFER_KINDS = ['activiteit', 'ondersteuning', 'cursus', 'dagbesteding', 'financieel', 'materieel'] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];
export const OFFER_COSTS = ['gratis', 'eigen-bijdrage', 'betaald'] as const;
export type OfferCost = (typeof OFFER_COSTS)[number];
export const ACCESS_ROUTES = ['vrij', 'aanmelden', 'verwijzing'] as const;
export type AccessRoute = (typeof ACCESS_ROUTES)[number];
/** Needs people search by; an offer can meet several. */
export const OFFER_NEEDS = ['eenzaamheid', 'geld', 'opvoeding', 'gezondheid', 'wonen', 'werk', 'mantelzorg', 'vervoer', 'taal', 'vrije-tijd'] as const;
export type OfferNeed = (typeof OFFER_NEEDS)[number];

type IsoDate = ColumnType<string, string | undefined, string>;

export interface SocialContactsTable {
  id: Generated<string>;
  region_id: string;
  organisation_id: string;
  name: string;
  role: string;
  what_they_do: string | null;
  working_days: JSONColumnType<number[]>;
  absent_until: ColumnType<string | null, string | null | undefined, string | null>;
  phone: string | null;
  email: string | null;
  up_to_date_on: IsoDate;
  stale_reminded_at: Date | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface SocialOffersTable {
  id: Generated<string>;
  region_id: string;
  organisation_id: string;
  contact_id: string | null;
  title: string;
  description: string;
  kind: OfferKind;
  needs: JSONColumnType<OfferNeed[]>;
  target_group: string | null;
  age_min: number | null;
  age_max: number | null;
  municipality_id: string | null;
  cost: OfferCost;
  cost_note: string | null;
  access_route: AccessRoute;
  opening_times: JSONColumnType<Record<string, string>>;
  up_to_date_on: IsoDate;
  stale_reminded_at: Date | null;
  search: ColumnType<string, never, never>;
  version: Generated<number>;
  archived_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export const IMPORT_MODES = ['all', 'good'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];
export const IMPORT_STATUSES = ['queued', 'checking', 'importing', 'done', 'rejected', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** One problem in an imported file: spreadsheet row (the header is row 1; 0 = the whole file), column header, message. */
export interface ImportProblem {
  row: number;
  column: string;
  nl: string;
  en: string;
}

/** A data row of an uploaded file: spreadsheet row number (the header is row 1) and cells by column header. */
export interface ImportRow {
  row: number;
  cells: Record<string, string>;
  /** More cells than the header row has columns. */
  extraCells: boolean;
}

export interface SocialImportRunsTable {
  id: Generated<string>;
  region_id: string;
  created_by: string;
  file_name: string;
  mode: ImportMode;
  status: ColumnType<ImportStatus, ImportStatus | undefined, ImportStatus>;
  rows: JSONColumnType<ImportRow[]>;
  total_rows: number;
  checked_rows: Generated<number>;
  good_rows: Generated<number>;
  bad_rows: Generated<number>;
  created_count: Generated<number>;
  updated_count: Generated<number>;
  problems: JSONColumnType<ImportProblem[]>;
  created_at: Generated<Date>;
  finished_at: Date | null;
}

export interface SocialMapTables {
  social_contacts: SocialContactsTable;
  social_offers: SocialOffersTable;
  social_import_runs: SocialImportRunsTable;
}
