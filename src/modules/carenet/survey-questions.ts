// No imports: the web app reads this list too. The wording lives in the careMinutes i18n catalogs.

/**
 * The partner survey, after the questionnaire the Oldenzaal networks were evaluated with (report
 * 002, appendix B2): own role, the network's make-up, working together, the chair, the future.
 * Its open questions became statements to agree with (so rounds can be compared), plus a few open
 * questions for what a scale cannot say.
 */
export const SURVEY_SECTIONS = ['role', 'composition', 'collaboration', 'chair', 'future', 'open'] as const;
export type SurveySection = (typeof SURVEY_SECTIONS)[number];

export interface SurveyQuestion {
  id: string;
  section: SurveySection;
  kind: 'likert' | 'open';
}

export const SURVEY_QUESTIONS: readonly SurveyQuestion[] = [
  { id: 'role-bridge', section: 'role', kind: 'likert' },
  { id: 'role-mandate', section: 'role', kind: 'likert' },
  { id: 'role-satisfied', section: 'role', kind: 'likert' },
  { id: 'comp-right', section: 'composition', kind: 'likert' },
  { id: 'comp-represent', section: 'composition', kind: 'likert' },
  { id: 'comp-guests', section: 'composition', kind: 'likert' },
  { id: 'comp-meetings', section: 'composition', kind: 'likert' },
  { id: 'collab-good', section: 'collaboration', kind: 'likert' },
  { id: 'collab-fit', section: 'collaboration', kind: 'likert' },
  { id: 'collab-minutes', section: 'collaboration', kind: 'likert' },
  { id: 'chair-expect', section: 'chair', kind: 'likert' },
  { id: 'chair-satisfied', section: 'chair', kind: 'likert' },
  { id: 'future-form', section: 'future', kind: 'likert' },
  { id: 'future-links', section: 'future', kind: 'likert' },
  { id: 'open-missing', section: 'open', kind: 'open' },
  { id: 'open-better', section: 'open', kind: 'open' },
  { id: 'open-chair', section: 'open', kind: 'open' },
  { id: 'open-other', section: 'open', kind: 'open' },
];

/** 1 = helemaal oneens … 5 = helemaal eens; 0 = weet ik niet (left out of the average). */
export const LIKERT_VALUES = [1, 2, 3, 4, 5, 0] as const;
