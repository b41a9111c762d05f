/**
 * Types of the circle (kring) and consent API, derived from the server's zod models with type-only
 * imports, so no server code ends up in the web bundle. The value lists (categories, levels, presets
 * and the preset table) come from files without runtime dependencies: platform/audit/schema.ts,
 * modules/consent/schema.ts and modules/consent/presets.ts.
 */
import type { z } from 'zod';
import type { changeOutcome, circleView, decisionView, historyEntry, historyView, memberView, myAccessView, myCircles } from '../../modules/consent/model';

export { INFORMATION_CATEGORIES } from '../../platform/audit/schema';
export type { InformationCategory } from '../../platform/audit/schema';
export { ACCESS_LEVELS, PRESETS, DECISION_RULES, DECISION_STATUSES } from '../../modules/consent/schema';
export type { AccessLevel, Cells, Preset, DecisionRule, DecisionStatus, DeciderParty } from '../../modules/consent/schema';
export { PRESET_CELLS, presetOf } from '../../modules/consent/presets';

export type CircleView = z.infer<typeof circleView>;
export type CircleMember = z.infer<typeof memberView>;
export type Decision = z.infer<typeof decisionView>;
export type MyAccess = z.infer<typeof myAccessView>;
export type HistoryEntry = z.infer<typeof historyEntry>;
export type CircleHistory = z.infer<typeof historyView>;
export type ChangeOutcome = z.infer<typeof changeOutcome>;
export type MyCircles = z.infer<typeof myCircles>;
export type Relation = CircleView['me']['relation'];
/** The member relations (the client is no member of their own circle). */
export type MemberRelation = CircleMember['relation'];
