// Only type imports from libraries here: the web app imports the vocabulary lists from this file.
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

export const VOLUNTEER_STATUSES = ['intake', 'active', 'paused', 'stopped'] as const;
export type VolunteerStatus = (typeof VOLUNTEER_STATUSES)[number];

export const GENDERS = ['vrouw', 'man', 'anders'] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_WISHES = ['geen', 'vrouw', 'man'] as const;
export type GenderWish = (typeof GENDER_WISHES)[number];
/** Age groups a volunteer may prefer: under 27, 27 to 64, 65 and over. */
export const AGE_WISHES = ['geen', 'jong', 'volwassen', 'ouder'] as const;
export type AgeWish = (typeof AGE_WISHES)[number];

export const DAYS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'] as const;
export const PARTS = ['ochtend', 'middag', 'avond'] as const;
export const DAY_PARTS = DAYS.flatMap((d) => PARTS.map((p) => `${d}-${p}` as const));
export type DayPart = (typeof DAY_PARTS)[number];

export const CHECK_IN_ANSWERS = ['goed', 'druk', 'te-veel'] as const;
export type CheckInAnswer = (typeof CHECK_IN_ANSWERS)[number];

export const REQUEST_STATUSES = ['open', 'matching', 'matched', 'closed'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const MATCH_STATUSES = ['proposed', 'introduction', 'thinking', 'matched', 'declined', 'ended'] as const;
export type MatchStatus = (typeof MATCH_STATUSES)[number];
/** A try still going: the request has no other try meanwhile. */
export const LIVE_MATCH: readonly MatchStatus[] = ['proposed', 'introduction', 'thinking', 'matched'];

export const END_REASONS = ['geen-klik', 'gestopt', 'doel-bereikt', 'anders'] as const;
export type EndReason = (typeof END_REASONS)[number];
export const ANSWERS = ['yes', 'no'] as const;
export type Answer = (typeof ANSWERS)[number];

/** Why a candidate ranks where it does, as data; the pages turn codes into words. */
export interface Reason {
  code: string;
  params?: Record<string, string | number | string[]>;
}

type Day = ColumnType<string, string, string>;
type NullableDay = ColumnType<string | null, string | null | undefined, string | null>;

export interface VolunteerProfilesTable {
  user_id: string;
  region_id: string;
  organisation_id: string;
  status: Generated<VolunteerStatus>;
  skills: JSONColumnType<string[]>;
  interests: JSONColumnType<string[]>;
  languages: JSONColumnType<string[]>;
  availability: JSONColumnType<string[]>;
  birth_year: number | null;
  gender: Gender | null;
  prefer_gender: Generated<GenderWish>;
  prefer_age: Generated<AgeWish>;
  postcode_area: string | null;
  about: string | null;
  max_clients: Generated<number>;
  max_hours_week: Generated<number>;
  check_in_weeks: Generated<number>;
  share_contact: Generated<boolean>;
  intake_on: NullableDay;
  intake_by_label: string | null;
  intake_notes: string | null;
  check_in_anchor: NullableDay;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface VolunteerTrainingsTable {
  id: Generated<string>;
  region_id: string;
  user_id: string;
  course: string;
  completed_on: Day;
  certificate: boolean;
  recorded_by_label: string;
  created_at: Generated<Date>;
}

export interface VolunteerCheckInsTable {
  id: Generated<string>;
  region_id: string;
  user_id: string;
  period_start: Day;
  asked_at: Generated<Date>;
  answer: CheckInAnswer | null;
  note: string | null;
  answered_at: Date | null;
  handled_at: Date | null;
  handled_by_label: string | null;
}

export interface VolunteerRequestsTable {
  id: Generated<string>;
  region_id: string;
  client_id: string;
  organisation_id: string;
  status: Generated<RequestStatus>;
  first_name: string;
  age_years: number;
  client_gender: Gender | null;
  purpose: string;
  interests: JSONColumnType<string[]>;
  day_parts: JSONColumnType<string[]>;
  language: string | null;
  gender_wish: Generated<GenderWish>;
  postcode_area: string | null;
  hours_per_week: Generated<number>;
  requested_by: string | null;
  requested_by_label: string;
  closed_reason: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface VolunteerMatchesTable {
  id: Generated<string>;
  region_id: string;
  client_id: string;
  request_id: string;
  volunteer_user_id: string;
  volunteer_label: string;
  status: MatchStatus;
  reasons: JSONColumnType<Reason[]>;
  intro_at: Date | null;
  intro_place: string | null;
  think_until: NullableDay;
  volunteer_answer: Answer | null;
  volunteer_answered_at: Date | null;
  client_answer: Answer | null;
  client_answered_by_label: string | null;
  client_answered_at: Date | null;
  matched_at: Date | null;
  ended_at: Date | null;
  end_reason: EndReason | null;
  end_note: string | null;
  proposed_by_label: string;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface VolunteerMatchEventsTable {
  id: Generated<string>;
  region_id: string;
  client_id: string;
  request_id: string;
  match_id: string | null;
  kind: string;
  actor_label: string;
  details: JSONColumnType<Record<string, string | null>>;
  occurred_at: Generated<Date>;
}

export interface VolunteerMessagesTable {
  id: Generated<string>;
  region_id: string;
  client_id: string;
  match_id: string;
  side: 'client' | 'volunteer';
  author_user_id: string | null;
  author_label: string;
  body: string;
  call_at: Date | null;
  agenda_item_id: string | null;
  created_at: Generated<Date>;
}

export interface VolunteerTables {
  volunteer_profiles: VolunteerProfilesTable;
  volunteer_trainings: VolunteerTrainingsTable;
  volunteer_check_ins: VolunteerCheckInsTable;
  volunteer_requests: VolunteerRequestsTable;
  volunteer_matches: VolunteerMatchesTable;
  volunteer_match_events: VolunteerMatchEventsTable;
  volunteer_messages: VolunteerMessagesTable;
}
