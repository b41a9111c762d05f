/**
 * Types of the plan API ("één plan"), as the web app uses them. Derived from the server's zod models
 * with type-only imports, so no server code ends up in the web bundle. The value lists come from
 * plan/schema.ts, which has only type imports and so no runtime dependencies.
 */
import type { z } from 'zod';
import type { assigneeInput, goalInput, goalUpdate, goalView, handoverInput, handoverView, myTaskView, planView, suggestionView, taskInput, taskResponse, taskStatusChange, taskUpdate, taskView } from '../../modules/plan/model';

export { GOAL_STATUSES, LIFE_DOMAINS, PAYERS, TASK_STATUSES } from '../../modules/plan/schema';
export type { GoalStatus, LifeDomain, Payer, TaskStatus } from '../../modules/plan/schema';

export type PlanView = z.infer<typeof planView>;
export type Goal = z.infer<typeof goalView>;
export type Task = z.infer<typeof taskView>;
export type MyTask = z.infer<typeof myTaskView>;
export type Handover = z.infer<typeof handoverView>;
export type Suggestion = z.infer<typeof suggestionView>;
export type Assignee = z.infer<typeof assigneeInput>;
export type SuggestionTier = Suggestion['tier'];

/** Request bodies: what the forms send (zod input types, so defaults stay optional). */
export type GoalBody = z.input<typeof goalInput>;
export type GoalUpdateBody = z.input<typeof goalUpdate>;
export type TaskBody = z.input<typeof taskInput>;
export type TaskUpdateBody = z.input<typeof taskUpdate>;
export type TaskResponseBody = z.input<typeof taskResponse>;
export type TaskStatusBody = z.input<typeof taskStatusChange>;
export type HandoverBody = z.input<typeof handoverInput>;
