/** The volunteers API as the web app reads it (see src/modules/volunteers/model.ts). */
export type {
  CandidateView,
  CheckInView,
  ClientMatchView,
  ClientRequestView,
  ClientVolunteerView,
  EventView,
  MatchView,
  MessageView,
  MyMatchView,
  MyVolunteerView,
  ProfileFields,
  RequestDetail,
  RequestListItem,
  VolunteerDetail,
  VolunteerListItem,
} from '../../../modules/volunteers/model';
export type { Reason, VolunteerStatus, MatchStatus, RequestStatus } from '../../../modules/volunteers/schema';
export { AGE_WISHES, CHECK_IN_ANSWERS, DAYS, END_REASONS, GENDERS, GENDER_WISHES, PARTS, VOLUNTEER_STATUSES } from '../../../modules/volunteers/schema';

export const volunteersApi = '/api/volunteers';
export const requestsApi = '/api/volunteers/requests';
export const mineApi = '/api/me/volunteer';
export const circleApi = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}/volunteer`;

/** A 409 answer carries the current state; any object with a version will do for a reload. */
export const hasVersion = (current: unknown): current is { version: number } =>
  typeof current === 'object' && current !== null && typeof (current as { version?: unknown }).version === 'number';
