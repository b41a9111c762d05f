import { z } from 'zod';
import { CASE_MODES, CASE_STATUSES } from './schema.js';
import {
  CONSENT_GIVERS,
  CONSENT_HOW,
  ESCALATION_LEVELS,
  FEEDBACK_AUDIENCES,
  FEEDBACK_CAUSES,
  HANDOVER_KINDS,
  HANDOVER_STATUSES,
  REVIEW_STATUSES,
  SAFETY_GROUNDS,
  VEILIG_THUIS,
  WITHDRAWAL_CHOICES,
} from './case-schema.js';

/** API shapes for cases. Rules that name a field in Dutch (required per mode) live in the services. */

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => text(max).nullable().optional().transform((v) => (v === undefined || v === '' ? null : v));

export const networkParams = z.object({ networkId: z.string().uuid() });
export const caseParams = z.object({ caseId: z.string().uuid() });
export const consentParams = z.object({ caseId: z.string().uuid(), consentId: z.string().uuid() });
export const handoverParams = z.object({ handoverId: z.string().uuid() });
export const taskParams = z.object({ taskId: z.string().uuid() });
export const caseQuery = z.object({ meetingId: z.string().uuid().optional() });

export const consentInput = z.object({
  meetingId: z.string().uuid(),
  givenByKind: z.enum(CONSENT_GIVERS),
  givenByName: optionalText(120),
  givenOn: day,
  how: z.enum(CONSENT_HOW),
});
export type ConsentInput = z.infer<typeof consentInput>;
const consentPart = consentInput.omit({ meetingId: true });

export const safetyInput = z.object({
  ground: z.enum(SAFETY_GROUNDS),
  justification: text(4000),
  veiligThuis: z.enum(VEILIG_THUIS),
  informClient: z.boolean(),
  notInformReason: optionalText(2000),
});
export type SafetyInput = z.infer<typeof safetyInput>;

/** Identifying fields, each named in a 422 when an anonymous case carries it. */
export const subjectFields = {
  clientId: z.string().uuid().nullable().optional(),
  firstName: optionalText(80),
  lastName: optionalText(80),
  birthDate: day.nullable().optional(),
  address: optionalText(200),
  school: optionalText(120),
};

export const registerInput = z.object({
  meetingId: z.string().uuid(),
  mode: z.enum(CASE_MODES),
  label: text(120),
  question: text(4000),
  ageYears: z.number().int().min(0).max(120).nullable().optional(),
  ...subjectFields,
  consent: consentPart.nullable().optional(),
  safety: safetyInput.nullable().optional(),
});
export type RegisterInput = z.infer<typeof registerInput>;

export const upgradeInput = z.object({
  version: z.number().int().min(1),
  ...subjectFields,
  consent: consentInput,
});
export type UpgradeInput = z.infer<typeof upgradeInput>;

export const withdrawInput = z.object({ choice: z.enum(WITHDRAWAL_CHOICES) });
export const coordinatorInput = z.object({ userId: z.string().uuid(), version: z.number().int().min(1) });
export const handoverInput = z.object({
  toKind: z.enum(HANDOVER_KINDS),
  /** For the circle, empty means its regisseur. */
  toUserId: z.string().uuid().nullable().optional(),
  summary: text(4000),
  version: z.number().int().min(1),
});
export type HandoverInput = z.infer<typeof handoverInput>;
export const answerInput = z.object({ accept: z.boolean(), note: optionalText(2000), version: z.number().int().min(1) });
export const escalationInput = z.object({ level: z.enum(ESCALATION_LEVELS), reason: text(2000), decidedOn: day });
export const closeInput = z.object({ outcome: text(4000), version: z.number().int().min(1) });
export const reviewInput = z.object({ decision: z.enum(['agreed', 'questioned']), note: optionalText(2000), version: z.number().int().min(1) });
export const informedInput = z.object({ informedOn: day, version: z.number().int().min(1) });
export const doneInput = z.object({ note: optionalText(2000), version: z.number().int().min(1) });
export const textCheckInput = z.object({ text: text(8000) });

const person = z.object({ userId: z.string(), name: z.string(), organisation: z.string().nullable() });

export const caseListItem = z.object({
  id: z.string(),
  mode: z.enum(CASE_MODES),
  label: z.string(),
  status: z.enum(CASE_STATUSES),
  consentWithdrawn: z.boolean(),
  nextMeeting: z.string().nullable(),
  createdAt: z.string(),
});

export const caseView = z.object({
  id: z.string(),
  networkId: z.string(),
  networkName: z.string(),
  mode: z.enum(CASE_MODES),
  label: z.string(),
  question: z.string(),
  ageYears: z.number().nullable(),
  status: z.enum(CASE_STATUSES),
  version: z.number(),
  createdAt: z.string(),
  submittedBy: z.string(),
  role: z.string(),
  identifying: z.boolean(),
  exception: z.boolean(),
  consentWithdrawn: z.boolean(),
  subject: z
    .object({
      clientId: z.string().nullable(),
      firstName: z.string().nullable(),
      lastName: z.string().nullable(),
      birthDate: z.string().nullable(),
      address: z.string().nullable(),
      school: z.string().nullable(),
    })
    .nullable(),
  meetings: z.array(
    z.object({
      meetingId: z.string(),
      startsAt: z.string(),
      meetingStatus: z.string(),
      itemStatus: z.string().nullable(),
      consent: z
        .object({
          id: z.string(),
          givenByKind: z.enum(CONSENT_GIVERS),
          givenByName: z.string().nullable(),
          givenOn: z.string(),
          how: z.enum(CONSENT_HOW),
          withdrawnAt: z.string().nullable(),
          withdrawalChoice: z.enum(WITHDRAWAL_CHOICES).nullable(),
        })
        .nullable(),
    }),
  ),
  safety: z
    .object({
      ground: z.enum(SAFETY_GROUNDS),
      justification: z.string().nullable(),
      veiligThuis: z.enum(VEILIG_THUIS),
      informClient: z.boolean(),
      notInformReason: z.string().nullable(),
      clientInformedOn: z.string().nullable(),
      reviewStatus: z.enum(REVIEW_STATUSES),
      reviewNote: z.string().nullable(),
      reviewedBy: z.string().nullable(),
      version: z.number(),
    })
    .nullable(),
  coordinator: person.extend({ since: z.string() }).nullable(),
  handovers: z.array(
    z.object({
      id: z.string(),
      toKind: z.enum(HANDOVER_KINDS),
      to: person,
      summary: z.string(),
      status: z.enum(HANDOVER_STATUSES),
      createdAt: z.string(),
      answeredAt: z.string().nullable(),
      answerNote: z.string().nullable(),
      version: z.number(),
    }),
  ),
  escalations: z.array(z.object({ id: z.string(), level: z.enum(ESCALATION_LEVELS), reason: z.string(), decidedOn: z.string(), recordedBy: z.string() })),
  feedback: z.array(z.object({ id: z.string(), audience: z.enum(FEEDBACK_AUDIENCES), owner: z.string(), status: z.enum(['open', 'done']), doneAt: z.string().nullable() })),
  events: z.array(z.object({ kind: z.string(), by: z.string(), note: z.string().nullable(), at: z.string() })),
  may: z.object({
    manageConsent: z.boolean(),
    coordinate: z.boolean(),
    act: z.boolean(),
    review: z.boolean(),
    checkInvolvement: z.boolean(),
  }),
});
export type CaseView = z.infer<typeof caseView>;

export const involvementView = z.object({
  basis: z.enum(['client', 'subject']),
  organisations: z.array(
    z.object({
      organisation: z.string(),
      contactName: z.string().nullable(),
      contactPhone: z.string().nullable(),
      since: z.string(),
      source: z.enum(['circle', 'case']),
    }),
  ),
});
export type InvolvementView = z.infer<typeof involvementView>;

export const safetyReviewItem = z.object({
  caseId: z.string(),
  label: z.string(),
  networkName: z.string(),
  ground: z.enum(SAFETY_GROUNDS),
  reviewStatus: z.enum(REVIEW_STATUSES),
  createdAt: z.string(),
});

export const myCareWork = z.object({
  feedback: z.array(
    z.object({
      id: z.string(),
      caseId: z.string(),
      label: z.string(),
      audience: z.enum(FEEDBACK_AUDIENCES),
      cause: z.enum(FEEDBACK_CAUSES),
      outcome: z.string(),
      createdAt: z.string(),
      version: z.number(),
    }),
  ),
  handovers: z.array(
    z.object({ id: z.string(), caseId: z.string(), label: z.string(), from: z.string(), summary: z.string(), toKind: z.enum(HANDOVER_KINDS), createdAt: z.string(), version: z.number() }),
  ),
});
export type MyCareWork = z.infer<typeof myCareWork>;

export const peopleQuery = z.object({ q: z.string().trim().max(80).default('') });
export const personItem = z.object({ userId: z.string(), name: z.string(), organisation: z.string().nullable() });

export const textWarnings = z.array(z.object({ kind: z.string(), match: z.string() }));
