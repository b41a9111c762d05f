import { z } from 'zod';
import { CHANNELS, CHECK_IN_WEEKS, FREQUENCIES, NAASTE_ROLES, OCCASIONS } from './schema.js';

const isDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T12:00:00Z`)) && new Date(`${v}T12:00:00Z`).toISOString().startsWith(v);
const day = z.string().refine(isDay, { message: 'Use a date as yyyy-mm-dd.' });
/** Keys are required (null for "nothing"), so a form that forgot a field is told so instead of wiping it. */
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((v) => (v ? v : null));
const choices = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .array(z.enum(values))
    .max(values.length)
    .transform((l) => [...new Set(l)]);

export const clientParams = z.object({ clientId: z.string().uuid() });
export const cardParams = clientParams.extend({ linkId: z.string().uuid() });
export const checkInParams = clientParams.extend({ checkInId: z.string().uuid() });
export const alertParams = clientParams.extend({ alertId: z.string().uuid() });
export const organisationParams = z.object({ organisationId: z.string().uuid() });

export const cardInput = z.object({
  /** 0 when there is no card yet. */
  version: z.number().int().min(0),
  occasions: choices(OCCASIONS),
  frequency: z.enum(FREQUENCIES),
  channels: choices(CHANNELS).refine((l) => l.length > 0, { message: 'Choose at least one way to reach you.' }),
  roles: choices(NAASTE_ROLES),
  ownStory: text(4000),
  ownNeeds: text(4000),
  checkInWeeks: z
    .number()
    .int()
    .refine((w) => (CHECK_IN_WEEKS as readonly number[]).includes(w), { message: 'Choose 2, 4, 6 or 8 weeks.' })
    .nullable(),
});
export type CardInput = z.infer<typeof cardInput>;

export const burdenInput = z.object({
  score: z.number().int().min(1).max(10),
  note: text(1000),
});
export type BurdenInput = z.infer<typeof burdenInput>;

export const tooMuchInput = z.object({ note: text(1000) });
export type TooMuchInput = z.infer<typeof tooMuchInput>;

export const checkInDoneInput = z.object({ note: text(1000) });
export type CheckInDoneInput = z.infer<typeof checkInDoneInput>;

export const startInput = z.object({ admittedOn: day, version: z.number().int().min(0) });
export type StartInput = z.infer<typeof startInput>;

export const settingsInput = z.object({ deadlineDays: z.number().int().min(1).max(365), version: z.number().int().min(0) });
export type SettingsInput = z.infer<typeof settingsInput>;

export const burdenCheckView = z.object({ day: z.string(), score: z.number(), note: z.string().nullable() });
export const TRENDS = ['zwaarder', 'lichter', 'gelijk'] as const;
export const burdenView = z.object({
  /** Oldest first, at most the last twelve. */
  checks: z.array(burdenCheckView),
  /** Compared with the checks before the last: heavier, lighter or the same; null with fewer than two. */
  trend: z.enum(TRENDS).nullable(),
});
export type BurdenView = z.infer<typeof burdenView>;

export const cardView = z.object({
  id: z.string(),
  linkId: z.string(),
  occasions: z.array(z.enum(OCCASIONS)),
  frequency: z.enum(FREQUENCIES),
  channels: z.array(z.enum(CHANNELS)),
  roles: z.array(z.enum(NAASTE_ROLES)),
  ownStory: z.string().nullable(),
  ownNeeds: z.string().nullable(),
  checkInWeeks: z.number().nullable(),
  checkInWith: z.string().nullable(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type CardView = z.infer<typeof cardView>;

export const alertView = z.object({ id: z.string(), note: z.string().nullable(), createdAt: z.string(), seenAt: z.string().nullable(), seenBy: z.string().nullable() });
export type AlertView = z.infer<typeof alertView>;

export const checkInView = z.object({ id: z.string(), periodStart: z.string(), professional: z.string(), doneAt: z.string().nullable(), doneBy: z.string().nullable(), note: z.string().nullable() });
export type CheckInView = z.infer<typeof checkInView>;

/** What the naaste sees of their own place: never the client's name (that is basis data). */
export const myCardView = z.object({
  clientId: z.string(),
  linkId: z.string(),
  relation: z.string(),
  card: cardView.nullable(),
  burden: burdenView,
  dueOn: z.string(),
  openAlert: alertView.nullable(),
});
export type MyCardView = z.infer<typeof myCardView>;

export const myCardsView = z.object({
  cards: z.array(z.object({ clientId: z.string(), relation: z.string(), hasCard: z.boolean(), openAlert: z.boolean() })),
});
export type MyCardsView = z.infer<typeof myCardsView>;

export const memberCardView = z.object({
  linkId: z.string(),
  name: z.string(),
  relation: z.string(),
  label: z.string().nullable(),
  card: cardView.nullable(),
  burden: burdenView,
  dueOn: z.string(),
  /** Days past the due day without a card; 0 when on time or done. */
  overdueDays: z.number(),
  alerts: z.array(alertView),
  checkIns: z.array(checkInView),
});
export type MemberCardView = z.infer<typeof memberCardView>;

export const circleCardsView = z.object({
  clientId: z.string(),
  admittedOn: z.string(),
  /** False while the circle's creation day counts as its start. */
  admittedOnSet: z.boolean(),
  startVersion: z.number(),
  deadlineDays: z.number(),
  mayEdit: z.boolean(),
  maySetStart: z.boolean(),
  members: z.array(memberCardView),
});
export type CircleCardsView = z.infer<typeof circleCardsView>;

export const worklistView = z.object({
  items: z.array(
    z.object({
      kind: z.enum(['check-in', 'te-veel']),
      id: z.string(),
      clientId: z.string(),
      since: z.string(),
      /** Only when the professional may read the client's network. */
      naasteName: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
});
export type WorklistView = z.infer<typeof worklistView>;

export const settingsView = z.object({ organisationId: z.string(), organisationName: z.string(), deadlineDays: z.number(), version: z.number() });
export type SettingsView = z.infer<typeof settingsView>;

export const teamDashboardView = z.object({
  teamName: z.string(),
  deadlineDays: z.number(),
  settings: settingsView,
  /** Late cards counted once: two professionals of the team in one circle show the same cards twice below. */
  lateCards: z.number(),
  professionals: z.array(
    z.object({
      userId: z.string(),
      name: z.string(),
      circles: z.array(
        z.object({
          /** "cliënt 3": numbered per professional; the client's id and name only where the team lead may read basis. */
          number: z.number(),
          clientId: z.string().nullable(),
          clientName: z.string().nullable(),
          admittedOn: z.string(),
          dueOn: z.string(),
          overdue: z.array(z.object({ name: z.string().nullable(), days: z.number() })),
        }),
      ),
    }),
  ),
});
export type TeamDashboardView = z.infer<typeof teamDashboardView>;
