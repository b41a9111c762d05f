import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { InformationCategory } from '../../platform/audit/schema.js';

export const ACCESS_LEVELS = ['none', 'read', 'contribute'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];
export type GrantedLevel = Exclude<AccessLevel, 'none'>;

export const PRESETS = ['binnenkring', 'buitenkring', 'professional'] as const;
export type Preset = (typeof PRESETS)[number];

/** Who may decide about consent, by age and capacity (WGBO/Jeugdwet practice, DESIGN §4). */
export const DECISION_RULES = ['representative', 'both', 'client'] as const;
export type DecisionRule = (typeof DECISION_RULES)[number];

/** The two parties whose confirmation a decision can need. */
export type DeciderParty = 'client' | 'vertegenwoordiger';

export type Cells = Record<InformationCategory, AccessLevel>;

export interface Confirmation {
  /** Null when the decider has no account and gave consent in person (recorded by whoever entered it). */
  userId: string | null;
  label: string;
  as: DeciderParty;
  at: string;
}

export const DECISION_STATUSES = ['pending', 'applied', 'rejected', 'superseded'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

export const SAFETY_GROUNDS = ['conflict-van-plichten', 'kindveiligheid'] as const;
export type SafetyGround = (typeof SAFETY_GROUNDS)[number];

export interface CirclesTable {
  client_id: string;
  region_id: string;
  created_by: string | null;
  regisseur_user_id: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
}

export interface ConsentGrantsTable {
  link_id: string;
  category: InformationCategory;
  region_id: string;
  client_id: string;
  level: GrantedLevel;
  expires_at: Date | null;
  decision_id: string;
}

export interface ConsentDecisionsTable {
  id: Generated<string>;
  region_id: string;
  client_id: string;
  link_id: string | null;
  member_user_id: string | null;
  member_label: string;
  cells: JSONColumnType<Cells>;
  expires_at: Date | null;
  preset: Preset | null;
  rule: DecisionRule;
  status: DecisionStatus;
  base_version: number;
  needs: JSONColumnType<DeciderParty[]>;
  confirmations: JSONColumnType<Confirmation[]>;
  proposed_by: string | null;
  proposed_by_label: string;
  proposed_at: Generated<Date>;
  decided_at: Date | null;
  note: string | null;
}

export interface CircleEventsTable {
  id: Generated<string>;
  region_id: string;
  client_id: string;
  occurred_at: Generated<Date>;
  kind: string;
  actor_user_id: string | null;
  actor_label: string;
  subject_label: string | null;
  decision_id: string | null;
  details: JSONColumnType<Record<string, unknown>>;
}

export interface ConsentRefusalsTable {
  id: Generated<string>;
  region_id: string;
  client_id: string;
  person_name: string;
  person_email: string | null;
  relation_label: string | null;
  reason: string;
  /** yyyy-mm-dd */
  review_on: ColumnType<string, string, string>;
  recorded_by: string | null;
  recorded_by_label: string;
  created_at: Generated<Date>;
  ended_at: Date | null;
  ended_by_label: string | null;
  reviewed_at: Date | null;
  version: Generated<number>;
}

export interface SafetyExceptionsTable {
  id: Generated<string>;
  region_id: string;
  client_id: string;
  professional_user_id: string;
  professional_label: string;
  organisation_id: string | null;
  ground: SafetyGround;
  categories: JSONColumnType<InformationCategory[]>;
  justification: string;
  inform_client: boolean;
  no_inform_reason: string | null;
  valid_until: Date;
  review_due_at: Date;
  reviewed_at: Date | null;
  reviewed_by: string | null;
  reviewed_by_label: string | null;
  review_outcome: 'terecht' | 'onterecht' | null;
  review_note: string | null;
  client_informed_at: Date | null;
  created_at: Generated<Date>;
  version: Generated<number>;
}

export interface CorrectionRequestsTable {
  id: Generated<string>;
  region_id: string;
  client_id: string;
  requested_by: string | null;
  requested_by_label: string;
  assigned_to: string | null;
  category: InformationCategory;
  text: string;
  status: Generated<'open' | 'done' | 'declined'>;
  resolution: string | null;
  resolved_by_label: string | null;
  resolved_at: Date | null;
  created_at: Generated<Date>;
  version: Generated<number>;
}

export interface ErasureRequestsTable {
  id: Generated<string>;
  region_id: string;
  client_id: string;
  requested_by: string | null;
  requested_by_label: string;
  requested_at: Generated<Date>;
  execute_after: Date;
  status: Generated<'pending' | 'executed' | 'blocked' | 'cancelled'>;
  blocked_reason: string | null;
  executed_at: Date | null;
}

export interface ConsentTables {
  circles: CirclesTable;
  consent_grants: ConsentGrantsTable;
  consent_decisions: ConsentDecisionsTable;
  circle_events: CircleEventsTable;
  consent_refusals: ConsentRefusalsTable;
  safety_exceptions: SafetyExceptionsTable;
  correction_requests: CorrectionRequestsTable;
  erasure_requests: ErasureRequestsTable;
}
