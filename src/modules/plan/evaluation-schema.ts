import type { ColumnType, Generated } from 'kysely';

/** The six yields of network support for clients (report 004, ch. 5): tags on an evaluation. */
export const YIELDS = ['contact', 'vertrouwen', 'persoonlijke-groei', 'plezier', 'praktische-steun', 'ontlasting-naasten'] as const;
export type Yield = (typeof YIELDS)[number];

export const EVALUATION_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];

export const AGREEMENT_DECISIONS = ['continue', 'stop'] as const;
export type AgreementDecision = (typeof AGREEMENT_DECISIONS)[number];

type Day = ColumnType<string, string, string>;

export interface EvaluationsTable {
  id: Generated<string>;
  region_id: string;
  client_id: string;
  plan_id: string;
  planned_on: Day;
  status: Generated<EvaluationStatus>;
  agenda_note: string | null;
  held_on: Day | null;
  held_by: string | null;
  held_by_label: string | null;
  went_well: string | null;
  to_change: string | null;
  yields: ColumnType<Yield[], Yield[] | undefined, Yield[]>;
  scheduled_by: string | null;
  scheduled_by_label: string;
  reminded_at: Date | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface EvaluationInviteesTable {
  id: Generated<string>;
  region_id: string;
  evaluation_id: string;
  link_id: string | null;
  label: string;
}

export interface EvaluationGoalsTable {
  id: Generated<string>;
  region_id: string;
  evaluation_id: string;
  goal_id: string | null;
  domain: string;
  own_words: string;
  previous_score: number | null;
  client_score: number | null;
  went_well: string | null;
  to_change: string | null;
  position: Generated<number>;
}

export interface EvaluationScoresTable {
  id: Generated<string>;
  region_id: string;
  evaluation_goal_id: string;
  rater_link_id: string | null;
  rater_label: string;
  score: number;
}

export interface EvaluationAgreementsTable {
  id: Generated<string>;
  region_id: string;
  evaluation_id: string;
  task_id: string | null;
  title: string;
  assignee_label: string | null;
  decision: AgreementDecision;
  note: string | null;
}

export interface EvaluationTables {
  evaluations: EvaluationsTable;
  evaluation_invitees: EvaluationInviteesTable;
  evaluation_goals: EvaluationGoalsTable;
  evaluation_scores: EvaluationScoresTable;
  evaluation_agreements: EvaluationAgreementsTable;
}
