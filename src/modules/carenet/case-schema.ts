// Only type imports from libraries here: the web app may import vocabulary lists from this file.
import type { ColumnType, Generated } from 'kysely';

type Day = ColumnType<string, string, string>;
type NullableDay = ColumnType<string | null, string | null | undefined, string | null>;

/** Who gave consent to bring an identified case into a meeting. */
export const CONSENT_GIVERS = ['client', 'parent', 'representative'] as const;
export type ConsentGiver = (typeof CONSENT_GIVERS)[number];
export const CONSENT_HOW = ['spoken', 'written'] as const;
export type ConsentHow = (typeof CONSENT_HOW)[number];
/** On withdrawal before the meeting the submitter keeps the item without identifying fields, or takes it off. */
export const WITHDRAWAL_CHOICES = ['anonymous', 'removed'] as const;
export type WithdrawalChoice = (typeof WITHDRAWAL_CHOICES)[number];

export const SAFETY_GROUNDS = ['child-safety', 'danger'] as const;
export type SafetyGround = (typeof SAFETY_GROUNDS)[number];
export const VEILIG_THUIS = ['considered', 'made', 'not-applicable'] as const;
export type VeiligThuis = (typeof VEILIG_THUIS)[number];
export const REVIEW_STATUSES = ['pending', 'agreed', 'questioned'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
/** Minimum length of the written justification of a safety exception. */
export const SAFETY_JUSTIFICATION_MIN = 40;

export const HANDOVER_KINDS = ['organisation', 'circle'] as const;
export type HandoverKind = (typeof HANDOVER_KINDS)[number];
export const HANDOVER_STATUSES = ['waiting', 'accepted', 'declined'] as const;
export type HandoverStatus = (typeof HANDOVER_STATUSES)[number];

/** In this order: a case escalates from the own organisation up to the municipal access point. */
export const ESCALATION_LEVELS = ['eigen-organisatie', 'netwerk', 'mdo', 'gemeentelijke-toegang'] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];

export const FEEDBACK_AUDIENCES = ['client', 'referrer', 'team'] as const;
export type FeedbackAudience = (typeof FEEDBACK_AUDIENCES)[number];
export const FEEDBACK_CAUSES = ['closed', 'handed-over'] as const;
export type FeedbackCause = (typeof FEEDBACK_CAUSES)[number];

export interface CareCaseConsentsTable {
  id: Generated<string>;
  region_id: string;
  case_id: string;
  meeting_id: string;
  given_by_kind: ConsentGiver;
  given_by_name: string | null;
  given_on: Day;
  how: ConsentHow;
  recorded_by: string;
  withdrawn_at: Date | null;
  withdrawn_by: string | null;
  withdrawal_choice: WithdrawalChoice | null;
  created_at: Generated<Date>;
}

export interface CareCaseSafetyTable {
  id: Generated<string>;
  region_id: string;
  case_id: string;
  ground: SafetyGround;
  justification: string;
  veilig_thuis: VeiligThuis;
  inform_client: boolean;
  not_inform_reason: string | null;
  client_informed_on: NullableDay;
  review_status: Generated<ReviewStatus>;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  review_note: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
}

export interface CareCaseCoordinatorsTable {
  id: Generated<string>;
  region_id: string;
  case_id: string;
  user_id: string;
  organisation_id: string | null;
  assigned_by: string;
  assigned_at: Generated<Date>;
  ended_at: Date | null;
}

export interface CareCaseHandoversTable {
  id: Generated<string>;
  region_id: string;
  case_id: string;
  to_kind: HandoverKind;
  to_user_id: string;
  to_organisation_id: string | null;
  summary: string;
  status: Generated<HandoverStatus>;
  created_by: string;
  created_at: Generated<Date>;
  answered_at: Date | null;
  answer_note: string | null;
  version: Generated<number>;
}

export interface CareCaseEscalationsTable {
  id: Generated<string>;
  region_id: string;
  case_id: string;
  level: EscalationLevel;
  reason: string;
  decided_on: Day;
  recorded_by: string;
  created_at: Generated<Date>;
}

export interface CareCaseFeedbackTasksTable {
  id: Generated<string>;
  region_id: string;
  case_id: string;
  audience: FeedbackAudience;
  cause: FeedbackCause;
  owner_user_id: string;
  outcome: string;
  status: Generated<'open' | 'done'>;
  done_note: string | null;
  done_at: Date | null;
  version: Generated<number>;
  created_at: Generated<Date>;
}

export interface CareCaseEventsTable {
  id: Generated<string>;
  region_id: string;
  case_id: string;
  kind: string;
  actor_user_id: string | null;
  actor_label: string;
  note: string | null;
  occurred_at: Generated<Date>;
}

/** Tables of this area, wired into the Database interface in src/platform/db/database.ts. */
export interface CareCaseTables {
  care_case_consents: CareCaseConsentsTable;
  care_case_safety: CareCaseSafetyTable;
  care_case_coordinators: CareCaseCoordinatorsTable;
  care_case_handovers: CareCaseHandoversTable;
  care_case_escalations: CareCaseEscalationsTable;
  care_case_feedback_tasks: CareCaseFeedbackTasksTable;
  care_case_events: CareCaseEventsTable;
}
