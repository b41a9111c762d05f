import { z } from 'zod';
import {
  AGE_WISHES,
  ANSWERS,
  CHECK_IN_ANSWERS,
  DAY_PARTS,
  END_REASONS,
  GENDERS,
  GENDER_WISHES,
  MATCH_STATUSES,
  REQUEST_STATUSES,
  VOLUNTEER_STATUSES,
} from './schema.js';

const isDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T12:00:00Z`)) && new Date(`${v}T12:00:00Z`).toISOString().startsWith(v);
const day = z.string().refine(isDay, { message: 'Use a date as yyyy-mm-dd.' });
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Use a time as HH:MM.' });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));
/** Short words such as interests or languages: trimmed, lower case, no doubles. */
const words = (max: number) =>
  z
    .array(z.string().trim().min(1).max(60))
    .max(max)
    .transform((list) => [...new Set(list.map((w) => w.toLowerCase()))]);
const dayParts = z.array(z.enum(DAY_PARTS)).max(DAY_PARTS.length).transform((l) => [...new Set(l)]);
const postcodeArea = z
  .string()
  .trim()
  .regex(/^[1-9]\d{3}$/, { message: 'Use the four digits of a postcode.' })
  .nullish()
  .transform((v) => v ?? null);
const version = z.number().int().min(1);

export const userParams = z.object({ userId: z.string().uuid() });
export const requestParams = z.object({ requestId: z.string().uuid() });
export const matchParams = z.object({ matchId: z.string().uuid() });
export const checkInParams = z.object({ checkInId: z.string().uuid() });
export const clientParams = z.object({ clientId: z.string().uuid() });
export const clientMatchParams = clientParams.extend({ matchId: z.string().uuid() });

const reason = z.object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])).optional() });

// ---- Profiles (coordinator and volunteer) ----

export const profileInput = z.object({
  /** 0 when the profile does not exist yet (the intake starts it). */
  version: z.number().int().min(0),
  status: z.enum(VOLUNTEER_STATUSES),
  skills: words(20),
  interests: words(20),
  languages: words(10),
  birthYear: z.number().int().min(1900).max(2100).nullish().transform((v) => v ?? null),
  gender: z.enum(GENDERS).nullish().transform((v) => v ?? null),
  postcodeArea,
  maxClients: z.number().int().min(1).max(10),
  maxHoursWeek: z.number().int().min(1).max(40),
  checkInWeeks: z.number().int().min(1).max(26).default(6),
  intakeOn: day.nullish().transform((v) => v ?? null),
  intakeNotes: optionalText(2000),
});
export type ProfileInput = z.infer<typeof profileInput>;

export const ownProfileInput = z.object({
  version,
  availability: dayParts,
  preferGender: z.enum(GENDER_WISHES),
  preferAge: z.enum(AGE_WISHES),
  about: optionalText(600),
  shareContact: z.boolean(),
});
export type OwnProfileInput = z.infer<typeof ownProfileInput>;

export const trainingInput = z.object({
  course: z.string().trim().min(1).max(200),
  completedOn: day,
  certificate: z.boolean(),
});
export type TrainingInput = z.infer<typeof trainingInput>;

export const checkInAnswerInput = z.object({ answer: z.enum(CHECK_IN_ANSWERS), note: optionalText(1000) });
export type CheckInAnswerInput = z.infer<typeof checkInAnswerInput>;

const training = z.object({ id: z.string(), course: z.string(), completedOn: z.string(), certificate: z.boolean(), recordedByLabel: z.string() });
const checkIn = z.object({
  id: z.string(),
  periodStart: z.string(),
  askedAt: z.string(),
  answer: z.enum(CHECK_IN_ANSWERS).nullable(),
  note: z.string().nullable(),
  answeredAt: z.string().nullable(),
  handledAt: z.string().nullable(),
  handledByLabel: z.string().nullable(),
});
export type CheckInView = z.infer<typeof checkIn>;
const load = z.object({ activeClients: z.number(), hoursPerWeek: z.number() });

export const profileFields = z.object({
  status: z.enum(VOLUNTEER_STATUSES),
  skills: z.array(z.string()),
  interests: z.array(z.string()),
  languages: z.array(z.string()),
  availability: z.array(z.string()),
  birthYear: z.number().nullable(),
  gender: z.enum(GENDERS).nullable(),
  preferGender: z.enum(GENDER_WISHES),
  preferAge: z.enum(AGE_WISHES),
  postcodeArea: z.string().nullable(),
  about: z.string().nullable(),
  maxClients: z.number(),
  maxHoursWeek: z.number(),
  checkInWeeks: z.number(),
  shareContact: z.boolean(),
  intakeOn: z.string().nullable(),
  intakeByLabel: z.string().nullable(),
  intakeNotes: z.string().nullable(),
  version: z.number(),
});
export type ProfileFields = z.infer<typeof profileFields>;

export const volunteerListItem = z.object({
  userId: z.string(),
  displayName: z.string(),
  status: z.enum(VOLUNTEER_STATUSES).nullable(),
  maxClients: z.number().nullable(),
  maxHoursWeek: z.number().nullable(),
  load,
  lastCheckIn: checkIn.nullable(),
  /** Said "te veel" and nobody talked with them yet: no new proposals. */
  tooMuch: z.boolean(),
});
export type VolunteerListItem = z.infer<typeof volunteerListItem>;

export const coordinatorMatch = z.object({ id: z.string(), requestId: z.string(), firstName: z.string(), status: z.enum(MATCH_STATUSES) });

export const volunteerDetail = z.object({
  userId: z.string(),
  displayName: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  profile: profileFields.nullable(),
  trainings: z.array(training),
  checkIns: z.array(checkIn),
  load,
  matches: z.array(coordinatorMatch),
});
export type VolunteerDetail = z.infer<typeof volunteerDetail>;

// ---- Requests and matching (coordinator) ----

export const requestInput = z.object({
  purpose: z.string().trim().min(1).max(1000),
  interests: words(15),
  dayParts,
  language: optionalText(60),
  genderWish: z.enum(GENDER_WISHES).default('geen'),
  clientGender: z.enum(GENDERS).nullish().transform((v) => v ?? null),
  hoursPerWeek: z.number().int().min(1).max(40).default(2),
  /** The volunteer organisation; may be left out when the region has one. */
  organisationId: z.string().uuid().nullish().transform((v) => v ?? null),
});
export type RequestInput = z.infer<typeof requestInput>;

export const proposalInput = z.object({ version, volunteerUserId: z.string().uuid() });
export const introductionInput = z.object({ version, date: day, time, place: z.string().trim().min(1).max(200) });
export type IntroductionInput = z.infer<typeof introductionInput>;
export const thinkingInput = z.object({ version, until: day });
export const endInput = z.object({ version, reason: z.enum(END_REASONS), note: optionalText(1000) });
export type EndInput = z.infer<typeof endInput>;
export const closeInput = z.object({ version, reason: z.string().trim().min(1).max(500) });
export const answerInput = z.object({ version, answer: z.enum(ANSWERS) });
export type AnswerInput = z.infer<typeof answerInput>;
export const messageInput = z
  .object({
    body: z.string().trim().min(1).max(2000),
    /** A planned call: date and time in Dutch local time, both or neither. */
    callDate: day.nullish().transform((v) => v ?? null),
    callTime: time.nullish().transform((v) => v ?? null),
  })
  .refine((m) => (m.callDate === null) === (m.callTime === null), { message: 'Give both a date and a time for a call.', path: ['callTime'] });
export type MessageInput = z.infer<typeof messageInput>;

export const matchView = z.object({
  id: z.string(),
  volunteerUserId: z.string(),
  volunteerLabel: z.string(),
  status: z.enum(MATCH_STATUSES),
  reasons: z.array(reason),
  introAt: z.string().nullable(),
  introPlace: z.string().nullable(),
  thinkUntil: z.string().nullable(),
  volunteerAnswer: z.enum(ANSWERS).nullable(),
  clientAnswer: z.enum(ANSWERS).nullable(),
  clientAnsweredByLabel: z.string().nullable(),
  matchedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  endReason: z.enum(END_REASONS).nullable(),
  endNote: z.string().nullable(),
  proposedByLabel: z.string(),
  createdAt: z.string(),
  version: z.number(),
});
export type MatchView = z.infer<typeof matchView>;

export const eventView = z.object({ kind: z.string(), actorLabel: z.string(), occurredAt: z.string(), details: z.record(z.string(), z.string().nullable()) });
export type EventView = z.infer<typeof eventView>;

export const requestFields = z.object({
  id: z.string(),
  status: z.enum(REQUEST_STATUSES),
  firstName: z.string(),
  ageYears: z.number(),
  clientGender: z.enum(GENDERS).nullable(),
  purpose: z.string(),
  interests: z.array(z.string()),
  dayParts: z.array(z.string()),
  language: z.string().nullable(),
  genderWish: z.enum(GENDER_WISHES),
  postcodeArea: z.string().nullable(),
  hoursPerWeek: z.number(),
  requestedByLabel: z.string(),
  closedReason: z.string().nullable(),
  createdAt: z.string(),
  version: z.number(),
});
export type RequestFields = z.infer<typeof requestFields>;

export const requestListItem = requestFields.extend({ current: matchView.nullable() });
export type RequestListItem = z.infer<typeof requestListItem>;

export const candidateView = z.object({ userId: z.string(), displayName: z.string(), score: z.number(), reasons: z.array(reason) });
export type CandidateView = z.infer<typeof candidateView>;

export const requestDetail = requestFields.extend({
  matches: z.array(matchView),
  history: z.array(eventView),
  candidates: z.array(candidateView),
  /** Volunteers not proposed, with why (at their cap, paused, said it is too much, tried before). */
  excluded: z.array(candidateView),
});
export type RequestDetail = z.infer<typeof requestDetail>;

// ---- The circle's side and the volunteer's side ----

export const messageView = z.object({
  id: z.string(),
  side: z.enum(['client', 'volunteer']),
  authorLabel: z.string(),
  body: z.string(),
  callAt: z.string().nullable(),
  createdAt: z.string(),
  mine: z.boolean(),
});
export type MessageView = z.infer<typeof messageView>;

/** What the client's side sees of their volunteer: phone and e-mail only when the volunteer opted in. */
export const shieldedVolunteer = z.object({
  displayName: z.string(),
  about: z.string().nullable(),
  interests: z.array(z.string()),
  contact: z.object({ phone: z.string().nullable(), email: z.string() }).nullable(),
});
export type ShieldedVolunteer = z.infer<typeof shieldedVolunteer>;

export const clientMatchView = z.object({
  id: z.string(),
  status: z.enum(MATCH_STATUSES),
  introAt: z.string().nullable(),
  introPlace: z.string().nullable(),
  thinkUntil: z.string().nullable(),
  clientAnswer: z.enum(ANSWERS).nullable(),
  volunteer: shieldedVolunteer,
  messages: z.array(messageView),
  version: z.number(),
});
export type ClientMatchView = z.infer<typeof clientMatchView>;

export const clientRequestView = z.object({
  id: z.string(),
  status: z.enum(REQUEST_STATUSES),
  purpose: z.string(),
  interests: z.array(z.string()),
  dayParts: z.array(z.string()),
  language: z.string().nullable(),
  genderWish: z.enum(GENDER_WISHES),
  hoursPerWeek: z.number(),
  requestedByLabel: z.string(),
  createdAt: z.string(),
  history: z.array(eventView),
  current: clientMatchView.nullable(),
  version: z.number(),
});
export type ClientRequestView = z.infer<typeof clientRequestView>;

export const clientVolunteerView = z.object({
  clientId: z.string(),
  clientName: z.string(),
  /** May share a request with the volunteer organisation (professional with contribute, the client, a decider). */
  canAsk: z.boolean(),
  /** May say yes or no to a proposed volunteer (the client or whoever decides for them). */
  canAnswer: z.boolean(),
  canWrite: z.boolean(),
  requests: z.array(clientRequestView),
});
export type ClientVolunteerView = z.infer<typeof clientVolunteerView>;

export const myMatchView = z.object({
  id: z.string(),
  clientId: z.string(),
  status: z.enum(MATCH_STATUSES),
  request: z.object({ firstName: z.string(), ageYears: z.number(), purpose: z.string(), interests: z.array(z.string()), dayParts: z.array(z.string()), language: z.string().nullable() }),
  introAt: z.string().nullable(),
  introPlace: z.string().nullable(),
  thinkUntil: z.string().nullable(),
  myAnswer: z.enum(ANSWERS).nullable(),
  messages: z.array(messageView),
  version: z.number(),
});
export type MyMatchView = z.infer<typeof myMatchView>;

export const myVolunteerView = z.object({
  displayName: z.string(),
  organisationName: z.string().nullable(),
  profile: profileFields.nullable(),
  trainings: z.array(training),
  openCheckIn: checkIn.nullable(),
  checkIns: z.array(checkIn),
  load,
  matches: z.array(myMatchView),
});
export type MyVolunteerView = z.infer<typeof myVolunteerView>;
