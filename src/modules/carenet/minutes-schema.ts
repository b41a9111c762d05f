// Only type imports from libraries here: the web app may import vocabulary lists from this file.
import type { ColumnType, Generated } from 'kysely';

type Day = ColumnType<string, string, string>;

export const MINUTES_STATUSES = ['draft', 'published'] as const;
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];
export const ACTION_STATUSES = ['open', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
/** Minutes go out within this many days of the meeting. */
export const MINUTES_DUE_DAYS = 7;
/** Days after the meeting on which the secretary is reminded, each once. */
export const MINUTES_REMINDER_DAYS = [3, 6] as const;

export const SIGNAL_KINDS = ['signaal', 'trend', 'hiaat'] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];
export const SIGNAL_AGE_GROUPS = ['0-4', '4-12', '12-18', '18-23', '18+', 'alle'] as const;
export type SignalAgeGroup = (typeof SIGNAL_AGE_GROUPS)[number];
export const SIGNAL_STATUSES = ['open', 'raised', 'closed'] as const;
export type SignalStatus = (typeof SIGNAL_STATUSES)[number];

/** Survey results show only from this many answers, so no single answer can be recognised. */
export const SURVEY_MIN_ANSWERS = 3;

export interface CareMinutesTable {
  id: Generated<string>;
  region_id: string;
  meeting_id: string;
  status: Generated<MinutesStatus>;
  published_at: Date | null;
  published_by: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface CareMinutesItemsTable {
  id: Generated<string>;
  region_id: string;
  meeting_id: string;
  item_id: string;
  body: Generated<string>;
  decisions: Generated<string>;
  updated_by: string | null;
  version: Generated<number>;
  updated_at: Generated<Date>;
}

export interface CareActionsTable {
  id: Generated<string>;
  region_id: string;
  meeting_id: string;
  item_id: string;
  body: string;
  owner_user_id: string;
  due_on: Day;
  status: Generated<ActionStatus>;
  closed_at: Date | null;
  closed_by: string | null;
  created_by: string;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface CareMinutesRemindersTable {
  region_id: string;
  meeting_id: string;
  day: number;
  sent_at: Generated<Date>;
}

export interface CareMinutesNoticesTable {
  id: Generated<string>;
  region_id: string;
  user_id: string;
  meeting_id: string;
  kind: 'published' | 'action';
  action_id: string | null;
  created_at: Generated<Date>;
  read_at: Date | null;
}

export interface CareSignalsTable {
  id: Generated<string>;
  region_id: string;
  network_id: string;
  kind: SignalKind;
  title: string;
  body: string;
  source_org_id: string;
  observed_on: Day;
  area: string | null;
  age_group: SignalAgeGroup;
  follow_up_user_id: string | null;
  status: Generated<SignalStatus>;
  raised_at: Date | null;
  raised_by: string | null;
  raised_note: string | null;
  agenda_item_id: string | null;
  created_by: string;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface CareSurveyRoundsTable {
  id: Generated<string>;
  region_id: string;
  network_id: string;
  opens_on: Day;
  closes_on: Day;
  closed_at: Date | null;
  opened_by: string;
  created_at: Generated<Date>;
}

export interface CareSurveyRespondentsTable {
  region_id: string;
  round_id: string;
  user_id: string;
}

/** Answers by question id: a Likert value 1–5 (0 = "weet ik niet") or an open text. */
export type SurveyAnswers = Record<string, number | string>;

export interface CareSurveyResponsesTable {
  id: Generated<string>;
  region_id: string;
  round_id: string;
  answers: ColumnType<SurveyAnswers, string, string>;
}

/** Tables of this area, wired into the Database interface in src/platform/db/database.ts. */
export interface CareMinutesTables {
  care_minutes: CareMinutesTable;
  care_minutes_items: CareMinutesItemsTable;
  care_actions: CareActionsTable;
  care_minutes_reminders: CareMinutesRemindersTable;
  care_minutes_notices: CareMinutesNoticesTable;
  care_signals: CareSignalsTable;
  care_survey_rounds: CareSurveyRoundsTable;
  care_survey_respondents: CareSurveyRespondentsTable;
  care_survey_responses: CareSurveyResponsesTable;
}
