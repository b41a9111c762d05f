// Only type imports from libraries here: the web app imports the vocabulary lists from this file.
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

/** Sectors of the ecogram: the parts of life a person belongs to. */
export const SECTORS = ['familie', 'vrienden', 'buurt', 'school-werk', 'vrije-tijd', 'zorg'] as const;
export type Sector = (typeof SECTORS)[number];

/** The three rings around the client, from the middle outward. */
export const CLOSENESS = ['heel-dichtbij', 'dichtbij', 'verder'] as const;
export type Closeness = (typeof CLOSENESS)[number];

/** How the contact feels to the client; the map draws each with its own line. */
export const QUALITIES = ['steunend', 'wisselend', 'moeizaam', 'verbroken'] as const;
export type Quality = (typeof QUALITIES)[number];

/** Support functions (emotional, practical, informational, companionship, guidance, advocacy). */
export const SUPPORT_FUNCTIONS = ['emotioneel', 'praktisch', 'informatie', 'gezelschap', 'begeleiding', 'belangen'] as const;
export type SupportFunction = (typeof SUPPORT_FUNCTIONS)[number];

export const CONTACT_FREQUENCIES = ['dagelijks', 'wekelijks', 'maandelijks', 'paar-keer-per-jaar', 'zelden', 'geen'] as const;
export type ContactFrequency = (typeof CONTACT_FREQUENCIES)[number];

export const PERSON_STATUSES = ['actief', 'contact-kwijt', 'wil-herstellen', 'nu-niet-helpend'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

export const PERSON_GENDERS = ['vrouw', 'man', 'anders'] as const;
export type PersonGender = (typeof PERSON_GENDERS)[number];

type NullableDay = ColumnType<string | null, string | null | undefined, string | null>;

export interface NetworkPersonsTable {
  id: Generated<string>;
  region_id: string;
  client_id: string;
  display_name: string;
  birth_date: NullableDay;
  gender: PersonGender | null;
  relation: string;
  sector: Sector;
  closeness: Closeness;
  quality: Generated<Quality>;
  support_given: JSONColumnType<SupportFunction[], string | undefined, string>;
  support_received: JSONColumnType<SupportFunction[], string | undefined, string>;
  contact_frequency: ContactFrequency | null;
  paid: Generated<boolean>;
  status: Generated<PersonStatus>;
  note: string | null;
  deceased: Generated<boolean>;
  link_id: string | null;
  invitation_id: string | null;
  pos_x: number | null;
  pos_y: number | null;
  created_by: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** Family relations for the genogram. 'ouder-van': from is a parent of to. A null end is the client. */
export const FAMILY_KINDS = ['partner', 'ex-partner', 'ouder-van'] as const;
export type FamilyKind = (typeof FAMILY_KINDS)[number];

export interface NetworkFamilyLinksTable {
  id: Generated<string>;
  region_id: string;
  client_id: string;
  kind: FamilyKind;
  from_person_id: string | null;
  to_person_id: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
}

/** Why a snapshot was saved. */
export const SNAPSHOT_LABELS = ['intake', 'evaluatie', 'anders'] as const;
export type SnapshotLabel = (typeof SNAPSHOT_LABELS)[number];

export interface NetworkSnapshotsTable {
  id: Generated<string>;
  region_id: string;
  client_id: string;
  label: SnapshotLabel;
  taken_on: ColumnType<string, string, string>;
  note: string | null;
  created_by: string | null;
  created_by_label: string;
  created_at: Generated<Date>;
}

export interface NetworkSnapshotEntriesTable {
  region_id: string;
  snapshot_id: string;
  person_key: string;
  removed: Generated<boolean>;
  display_name: string | null;
  birth_date: NullableDay;
  gender: PersonGender | null;
  relation: string;
  sector: Sector;
  closeness: Closeness;
  quality: Quality;
  support_given: JSONColumnType<SupportFunction[], string | undefined, string>;
  support_received: JSONColumnType<SupportFunction[], string | undefined, string>;
  contact_frequency: ContactFrequency | null;
  paid: boolean;
  status: PersonStatus;
  note: string | null;
  deceased: Generated<boolean>;
}

export interface NetmapTables {
  network_persons: NetworkPersonsTable;
  network_family_links: NetworkFamilyLinksTable;
  network_snapshots: NetworkSnapshotsTable;
  network_snapshot_entries: NetworkSnapshotEntriesTable;
}
