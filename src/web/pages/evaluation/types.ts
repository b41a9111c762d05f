/** The evaluation API as the web app reads it (see src/modules/plan/evaluation-model.ts). */

export const YIELDS = ['contact', 'vertrouwen', 'persoonlijke-groei', 'plezier', 'praktische-steun', 'ontlasting-naasten'] as const;
export type Yield = (typeof YIELDS)[number];
export type Decision = 'continue' | 'stop';

export interface Person {
  linkId: string;
  label: string;
  relation: string;
}

export interface EvaluationSummary {
  id: string;
  plannedOn: string;
  status: 'planned' | 'held' | 'cancelled';
  heldOn: string | null;
  heldBy: string | null;
  agendaNote: string | null;
  invitees: { linkId: string | null; label: string }[];
  scheduledBy: string;
  yields: Yield[];
  version: number;
}

export interface EvaluationList {
  evaluations: EvaluationSummary[];
  people: Person[];
  canEdit: boolean;
  plannedOnMin: string;
  plannedOnMax: string;
}

export interface OpenGoal {
  goalId: string;
  domain: string;
  ownWords: string;
  success: string | null;
  scoreNow: number | null;
  scoreTarget: number | null;
  version: number;
}

export interface OpenAgreement {
  taskId: string;
  title: string;
  assigneeLabel: string | null;
  status: string;
  frequency: string | null;
  version: number;
}

export interface RecordGoal {
  goalId: string | null;
  domain: string;
  ownWords: string;
  previousScore: number | null;
  clientScore: number | null;
  otherScores: { label: string; score: number }[];
  wentWell: string | null;
  toChange: string | null;
}

export interface EvaluationDetail extends EvaluationSummary {
  canEdit: boolean;
  people: Person[];
  openGoals: OpenGoal[];
  openAgreements: OpenAgreement[];
  record: {
    goals: RecordGoal[];
    agreements: { taskId: string | null; title: string; assigneeLabel: string | null; decision: Decision; note: string | null }[];
    wentWell: string | null;
    toChange: string | null;
  } | null;
  plannedOnMin: string;
  plannedOnMax: string;
}

export interface GoalTrend {
  goalId: string;
  domain: string;
  ownWords: string;
  status: string;
  scoreNow: number | null;
  scoreTarget: number | null;
  points: { on: string; score: number }[];
}

export interface EvaluationOverview {
  held: number;
  yields: Record<Yield, number>;
  goals: GoalTrend[];
}

export const isDetail = (v: unknown): v is EvaluationDetail => typeof v === 'object' && v !== null && 'id' in v && 'openGoals' in v && 'version' in v;

export const evaluationsPath = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}/evaluations`;
export const evaluationsPage = (clientId: string) => `/clienten/${encodeURIComponent(clientId)}/plan/evaluaties`;
