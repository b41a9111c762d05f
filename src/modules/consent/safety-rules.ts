// No imports here: the web app takes these numbers and words from this file, without zod or server code.

export const SAFETY_OUTCOMES = ['terecht', 'onterecht'] as const;
export type SafetyOutcome = (typeof SAFETY_OUTCOMES)[number];

/** Hours a safety exception opens the categories; then it closes by itself. */
export const SAFETY_VALID_HOURS = 72;
/** Days within which a second professional or the team lead reviews it. */
export const SAFETY_REVIEW_DAYS = 7;
export const JUSTIFICATION_MIN = 40;
export const NO_INFORM_REASON_MIN = 20;
export const REVIEW_NOTE_MIN = 10;
