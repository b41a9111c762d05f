/**
 * Types of the refusal register, the safety exceptions and the professionals' access-log view, as
 * the web app uses them. Derived from the server's zod models (type-only imports: no server code
 * ends up in the web bundle).
 */
import type { z } from 'zod';
import type { refusalList, refusalView, reviewsDue } from '../../modules/consent/refusal-model';
import type { safetyExceptionList, safetyExceptionView, safetyToReview } from '../../modules/consent/safety-model';
import type { clientAuditLogResponse } from '../../modules/clients/access-log-model';

export { SAFETY_GROUNDS } from '../../modules/consent/schema';
export type { SafetyGround } from '../../modules/consent/schema';
export { SAFETY_OUTCOMES, JUSTIFICATION_MIN, NO_INFORM_REASON_MIN, REVIEW_NOTE_MIN, SAFETY_REVIEW_DAYS, SAFETY_VALID_HOURS } from '../../modules/consent/safety-rules';
export type { SafetyOutcome } from '../../modules/consent/safety-rules';

export type Refusal = z.infer<typeof refusalView>;
export type RefusalList = z.infer<typeof refusalList>;
export type ReviewsDue = z.infer<typeof reviewsDue>;
export type ReviewDueItem = ReviewsDue['items'][number];

export type SafetyException = z.infer<typeof safetyExceptionView>;
export type SafetyExceptionList = z.infer<typeof safetyExceptionList>;
export type SafetyToReview = z.infer<typeof safetyToReview>;
export type SafetyToReviewItem = SafetyToReview['items'][number];

export type ClientAuditLog = z.infer<typeof clientAuditLogResponse>;
export type ClientAuditLogEntry = ClientAuditLog['entries'][number];
