import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type Day = ColumnType<string, string, string>;

export const CRISIS_PERSON_KINDS = ['member', 'named'] as const;
export type CrisisPersonKind = (typeof CRISIS_PERSON_KINDS)[number];

/** Who can join a toekomstplan dialogue (report 003 F6: peers and experts by experience too). */
export const PARTICIPANT_KINDS = ['jongere', 'naaste', 'professional', 'ervaringsdeskundige', 'peer'] as const;
export type ParticipantKind = (typeof PARTICIPANT_KINDS)[number];

/** The form the young person chooses for their toekomstplan. */
export const FUTURE_FORMATS = ['tekst', 'lijst', 'plaatjes'] as const;
export type FutureFormat = (typeof FUTURE_FORMATS)[number];

/** The pictures a young person can pick from (inline SVG in the web app). */
export const PICTOGRAMS = ['wonen', 'school', 'werk', 'vrienden', 'sport', 'geld', 'gezondheid', 'familie'] as const;
export type Pictogram = (typeof PICTOGRAMS)[number];

export interface Participant {
  name: string;
  kind: ParticipantKind;
}

export interface Wish {
  text: string;
  changeable: boolean;
}

export interface StoppedTask {
  id: string;
  status: string;
}

export interface CrisisPlansTable {
  id: Generated<string>;
  region_id: string;
  client_id: string;
  plan_id: string;
  early_signs: JSONColumnType<string[]>;
  what_helps: JSONColumnType<string[]>;
  review_on: Day;
  review_reminded_on: Day | null;
  reviewed_at: Generated<Date>;
  reviewed_by_label: string;
  version: Generated<number>;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface CrisisPlanPeopleTable {
  id: Generated<string>;
  region_id: string;
  client_id: string;
  crisis_plan_id: string;
  kind: CrisisPersonKind;
  link_id: string | null;
  name: string;
  task: string;
  phone: string | null;
  phone_shared_by_user_id: string | null;
  phone_shared_by_label: string | null;
  position: Generated<number>;
}

export interface ContinuityRolesTable {
  id: Generated<string>;
  region_id: string;
  client_id: string;
  holder_link_id: string | null;
  holder_label: string;
  role: string;
  successor_link_id: string | null;
  successor_label: string;
  when_text: string | null;
  when_on: Day | null;
  version: Generated<number>;
  created_by: string | null;
  created_by_label: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface PlanClosuresTable {
  id: Generated<string>;
  region_id: string;
  client_id: string;
  plan_id: string;
  kind: 'closed' | 'reopened';
  summary: string;
  stopped_tasks: JSONColumnType<StoppedTask[]>;
  by_user_id: string | null;
  by_label: string;
  created_at: Generated<Date>;
}

export interface InvolvementHandoversTable {
  id: Generated<string>;
  region_id: string;
  client_id: string;
  professional_user_id: string | null;
  professional_label: string;
  summary: string;
  successor_link_id: string | null;
  successor_label: string | null;
  tasks_moved: number;
  recorded_by: string | null;
  recorded_by_label: string;
  created_at: Generated<Date>;
}

export interface FutureDialoguesTable {
  id: Generated<string>;
  region_id: string;
  client_id: string;
  held_on: Day;
  participants: JSONColumnType<Participant[]>;
  topics_discussed: JSONColumnType<string[]>;
  topics_open: JSONColumnType<string[]>;
  wishes: JSONColumnType<Wish[]>;
  format: FutureFormat;
  story: string | null;
  pictograms: JSONColumnType<Pictogram[]>;
  version: Generated<number>;
  created_by: string | null;
  created_by_label: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ContinuitySettingsTable {
  region_id: string;
  future_min_age: Generated<number>;
  version: Generated<number>;
  updated_by_label: string | null;
  updated_at: Generated<Date>;
}

export interface ContinuityTables {
  crisis_plans: CrisisPlansTable;
  crisis_plan_people: CrisisPlanPeopleTable;
  continuity_roles: ContinuityRolesTable;
  plan_closures: PlanClosuresTable;
  involvement_handovers: InvolvementHandoversTable;
  future_dialogues: FutureDialoguesTable;
  continuity_settings: ContinuitySettingsTable;
}
