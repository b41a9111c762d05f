import type { z } from 'zod';
import type { actionView, itemMinutesView, minutesNoticeView, minutesView, myActionView, overdueMinutesView } from '../../../modules/carenet/minutes-model';
import type { networkSignalsView, signalNetworksView, signalView } from '../../../modules/carenet/signals-model';
import type { mySurveyView, roundView, surveyOverview, surveyResults } from '../../../modules/carenet/survey-model';

export { SIGNAL_AGE_GROUPS, SIGNAL_KINDS, MINUTES_DUE_DAYS, SURVEY_MIN_ANSWERS } from '../../../modules/carenet/minutes-schema';
export { SURVEY_QUESTIONS, SURVEY_SECTIONS, LIKERT_VALUES } from '../../../modules/carenet/survey-questions';

export type MinutesView = z.infer<typeof minutesView>;
export type ItemMinutesView = z.infer<typeof itemMinutesView>;
export type ActionView = z.infer<typeof actionView>;
export type MyActionView = z.infer<typeof myActionView>;
export type OverdueMinutesView = z.infer<typeof overdueMinutesView>;
export type MinutesNoticeView = z.infer<typeof minutesNoticeView>;
export type SignalView = z.infer<typeof signalView>;
export type SignalNetworksView = z.infer<typeof signalNetworksView>;
export type NetworkSignalsView = z.infer<typeof networkSignalsView>;
export type SurveyOverview = z.infer<typeof surveyOverview>;
export type RoundView = z.infer<typeof roundView>;
export type SurveyResults = z.infer<typeof surveyResults>;
export type MySurveyView = z.infer<typeof mySurveyView>;

export const minutesPath = (meetingId: string) => `/zorgnetwerken/overleggen/${encodeURIComponent(meetingId)}/verslag`;
export const surveyPath = (networkId: string) => `/zorgnetwerken/enquete/${encodeURIComponent(networkId)}`;
export const minutesApi = (meetingId: string) => `/api/care-minutes/meetings/${encodeURIComponent(meetingId)}`;
