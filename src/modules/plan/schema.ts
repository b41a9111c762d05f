import type { ColumnType, Generated } from 'kysely';

/** The eight life domains a goal belongs to (the "acht domeinen" of report 004). */
export const LIFE_DOMAINS = ['wonen', 'gezondheid', 'werk', 'geld', 'relaties', 'vrije-tijd', 'zingeving', 'zelfzorg'] as const;
export type LifeDomain = (typeof LIFE_DOMAINS)[number];

export const GOAL_STATUSES = ['active', 'reached', 'stopped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const ASSIGNEE_KINDS = ['client', 'member', 'open'] as const;
export type AssigneeKind = (typeof ASSIGNEE_KINDS)[number];

export const TASK_STATUSES = ['open', 'asked', 'accepted', 'declined', 'done', 'stopped', 'returned'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** How an offer from the sociale kaart entered the plan, and how it turned out. */
export const REFERRAL_KINDS = ['suggestion', 'referral'] as const;
export type ReferralKind = (typeof REFERRAL_KINDS)[number];
export const REFERRAL_OUTCOMES = ['went', 'did-not-go', 'did-not-fit'] as const;
export type ReferralOutcome = (typeof REFERRAL_OUTCOMES)[number];

export const PAYERS = ['client', 'naaste', 'gemeente', 'zorgverzekeraar', 'organisatie', 'fonds', 'anders'] as const;
export type Payer = (typeof PAYERS)[number];

type Day = ColumnType<string, string, string>;

export interface FamiliesTable {
  id: Generated<string>;
  region_id: string;
  name: string;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface PlansTable {
  id: Generated<string>;
  region_id: string;
  client_id: string;
  family_id: string | null;
  status: Generated<'open' | 'closed'>;
  closed_at: Date | null;
  closing_summary: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface PlanGoalsTable {
  id: Generated<string>;
  region_id: string;
  client_id: string;
  plan_id: string;
  domain: LifeDomain;
  own_words: string;
  success: string | null;
  score_now: number | null;
  score_target: number | null;
  status: Generated<GoalStatus>;
  position: Generated<number>;
  version: Generated<number>;
  created_by: string | null;
  created_by_label: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface PlanTasksTable {
  id: Generated<string>;
  region_id: string;
  client_id: string;
  plan_id: string;
  goal_id: string | null;
  title: string;
  details: string | null;
  assignee_kind: AssigneeKind;
  assignee_link_id: string | null;
  assignee_label: string | null;
  status: TaskStatus;
  frequency: string | null;
  /** An RFC 5545 RRULE body (e.g. "FREQ=WEEKLY;BYDAY=TU") expanded in Europe/Amsterdam local time. */
  recurrence: string | null;
  /** "HH:MM" local time in the Netherlands; occurrences keep it across daylight-saving changes. */
  local_time: string | null;
  duration_minutes: number | null;
  starts_on: Day | null;
  until_on: Day | null;
  due_on: Day | null;
  location: string | null;
  cost_cents: number | null;
  cost_note: string | null;
  payer: Payer | null;
  payer_note: string | null;
  response_note: string | null;
  responded_at: Date | null;
  returned_from_label: string | null;
  asked_by: string | null;
  asked_by_label: string;
  offer_id: Generated<string | null>;
  referral_kind: Generated<ReferralKind | null>;
  referral_outcome: Generated<ReferralOutcome | null>;
  referral_outcome_note: Generated<string | null>;
  referral_outcome_at: Generated<Date | null>;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface RegisseurHandoversTable {
  id: Generated<string>;
  region_id: string;
  client_id: string;
  from_user_id: string | null;
  from_label: string | null;
  to_user_id: string;
  to_label: string;
  note: string;
  handed_over_on: Day;
  recorded_by: string | null;
  recorded_by_label: string;
  created_at: Generated<Date>;
}

export interface PlanTables {
  families: FamiliesTable;
  plans: PlansTable;
  plan_goals: PlanGoalsTable;
  plan_tasks: PlanTasksTable;
  regisseur_handovers: RegisseurHandoversTable;
}
