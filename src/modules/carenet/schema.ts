// Only type imports from libraries here: the web app imports the vocabulary lists from this file.
import type { ColumnType, Generated } from 'kysely';

export const AGE_GROUPS = ['0-12', '12-18', '18+', 'alle'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

export const NETWORK_MEMBER_ROLES = ['representative', 'substitute'] as const;
export type NetworkMemberRole = (typeof NETWORK_MEMBER_ROLES)[number];

/** What a representative may decide alone: everything, only after asking their own manager, or not yet clear. */
export const MANDATE_LEVELS = ['full', 'after-consultation', 'unclear'] as const;
export type MandateLevel = (typeof MANDATE_LEVELS)[number];

export const MEETING_KINDS = ['regular', 'yearly'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const MEETING_STATUSES = ['planned', 'running', 'held', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** How a case is brought in: with consent for one meeting, without anything identifying, or for safety. */
export const CASE_MODES = ['identified', 'anonymous', 'safety'] as const;
export type CaseMode = (typeof CASE_MODES)[number];
export const CASE_STATUSES = ['open', 'closed', 'handed-over'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
/** The fields an anonymous case may never hold. */
export const IDENTIFYING_FIELDS = ['clientId', 'firstName', 'lastName', 'birthDate', 'address', 'school'] as const;

export const ITEM_KINDS = ['case', 'theme'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
export const ITEM_STATUSES = ['planned', 'running', 'discussed', 'carried-over', 'removed'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

type Day = ColumnType<string, string | undefined, string>;
type NullableDay = ColumnType<string | null, string | null | undefined, string | null>;

export interface CareNetworksTable {
  id: Generated<string>;
  region_id: string;
  name: string;
  age_group: AgeGroup;
  area: string | null;
  municipality_id: string | null;
  target_group: string | null;
  meeting_interval_weeks: Generated<number>;
  meeting_minutes: Generated<number>;
  chair_user_id: string | null;
  secretary_user_id: string | null;
  schedule_first_day: NullableDay;
  schedule_time: string | null;
  default_location: string | null;
  archived_at: Date | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface CareNetworkMembersTable {
  id: Generated<string>;
  region_id: string;
  network_id: string;
  organisation_id: string;
  user_id: string;
  role: NetworkMemberRole;
  job_title: string | null;
  mandate: string | null;
  mandate_level: MandateLevel | null;
  active_from: Day;
  active_until: NullableDay;
  version: Generated<number>;
  created_at: Generated<Date>;
}

export interface CareMeetingsTable {
  id: Generated<string>;
  region_id: string;
  network_id: string | null;
  kind: Generated<MeetingKind>;
  starts_at: Date;
  duration_minutes: Generated<number>;
  location: string | null;
  status: Generated<MeetingStatus>;
  started_at: Date | null;
  ended_at: Date | null;
  created_by: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
}

export interface CareCasesTable {
  id: Generated<string>;
  region_id: string;
  network_id: string;
  mode: CaseMode;
  label: string;
  client_id: string | null;
  subject_first_name: string | null;
  subject_last_name: string | null;
  subject_birth_date: NullableDay;
  subject_address: string | null;
  subject_school: string | null;
  age_years: number | null;
  question: string;
  submitted_by: string;
  submitted_org_id: string;
  status: Generated<CaseStatus>;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface CareMeetingItemsTable {
  id: Generated<string>;
  region_id: string;
  meeting_id: string;
  kind: ItemKind;
  position: number;
  title: string;
  case_id: string | null;
  time_box_minutes: Generated<number>;
  carried_over_from: string | null;
  status: Generated<ItemStatus>;
  started_at: Date | null;
  ended_at: Date | null;
  submitted_by: string | null;
  note: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
}

export const ATTENDANCE_STATUSES = ['invited', 'present', 'apologised', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export interface CareMeetingAttendanceTable {
  id: Generated<string>;
  region_id: string;
  meeting_id: string;
  user_id: string;
  organisation_id: string;
  status: Generated<AttendanceStatus>;
  substitute_user_id: string | null;
  substitute_present: Generated<boolean>;
  note: string | null;
  version: Generated<number>;
  updated_at: Generated<Date>;
}

export interface CareItemGuestsTable {
  id: Generated<string>;
  region_id: string;
  item_id: string;
  user_id: string;
  organisation_id: string | null;
  role_label: string | null;
  invited_by: string | null;
  created_at: Generated<Date>;
}

export const MEETING_NOTICE_KINDS = ['invitation', 'reminder', 'changed', 'cancelled'] as const;
export type MeetingNoticeKind = (typeof MEETING_NOTICE_KINDS)[number];

export interface CareMeetingNoticesTable {
  id: Generated<string>;
  region_id: string;
  meeting_id: string;
  user_id: string;
  kind: MeetingNoticeKind;
  created_at: Generated<Date>;
  read_at: Date | null;
}

export interface CareNetTables {
  care_networks: CareNetworksTable;
  care_network_members: CareNetworkMembersTable;
  care_meetings: CareMeetingsTable;
  care_cases: CareCasesTable;
  care_meeting_items: CareMeetingItemsTable;
  care_meeting_attendance: CareMeetingAttendanceTable;
  care_item_guests: CareItemGuestsTable;
  care_meeting_notices: CareMeetingNoticesTable;
}
