import { z } from 'zod';
import { isIsoDay } from './meetings-time.js';
import { SURVEY_QUESTIONS } from './survey-questions.js';

const day = z.string().refine(isIsoDay, { message: 'Use a date as yyyy-mm-dd.' });

export const surveyNetworkParams = z.object({ networkId: z.string().uuid() });
export const roundParams = z.object({ roundId: z.string().uuid() });

export const openRoundInput = z.object({ closesOn: day });

const likert = z.number().int().min(0).max(5);
const openText = z.string().trim().max(2000);

/** Every Likert question must be answered (0 = "weet ik niet"); open questions may stay empty. */
export const answersInput = z.object({
  answers: z.strictObject(Object.fromEntries(SURVEY_QUESTIONS.map((q) => [q.id, q.kind === 'likert' ? likert : openText.default('')])) as Record<string, z.ZodType<number | string>>),
});
export interface AnswersInput {
  answers: Record<string, number | string>;
}

export const roundView = z.object({
  id: z.string(),
  opensOn: z.string(),
  closesOn: z.string(),
  open: z.boolean(),
  finished: z.boolean(),
  answerCount: z.number(),
  eligibleCount: z.number(),
  answeredByMe: z.boolean(),
  resultsAvailable: z.boolean(),
});
export type RoundView = z.infer<typeof roundView>;

export const surveyOverview = z.object({
  network: z.object({ id: z.string(), name: z.string() }),
  canOpen: z.boolean(),
  canAnswer: z.boolean(),
  minAnswers: z.number(),
  rounds: z.array(roundView),
});
export type SurveyOverview = z.infer<typeof surveyOverview>;

export const likertResult = z.object({
  questionId: z.string(),
  /** Count per value 1..5, then 0 ("weet ik niet"). */
  counts: z.array(z.object({ value: z.number(), count: z.number() })),
  answered: z.number(),
  average: z.number().nullable(),
  previousAverage: z.number().nullable(),
});

export const surveyResults = z.object({
  round: roundView,
  networkName: z.string(),
  answerCount: z.number(),
  previousRound: z.object({ id: z.string(), closesOn: z.string(), answerCount: z.number() }).nullable(),
  likert: z.array(likertResult),
  /** Open answers per question, in alphabetical order so the order says nothing about who wrote them. */
  open: z.array(z.object({ questionId: z.string(), answers: z.array(z.string()) })),
});
export type SurveyResults = z.infer<typeof surveyResults>;

export const mySurveyView = z.object({ roundId: z.string(), networkId: z.string(), networkName: z.string(), closesOn: z.string() });
