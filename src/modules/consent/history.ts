import type { Db } from '../../platform/db/database.js';

/** The kinds of event in a circle's history; the web app has a plain-language sentence for each. */
export const CIRCLE_EVENT_KINDS = [
  'circle-created',
  'member-added',
  'member-removed',
  'consent-proposed',
  'consent-confirmed',
  'consent-applied',
  'consent-rejected',
  'access-lapsed',
  'regisseur-set',
  'refusal-recorded',
  'refusal-ended',
  'refusal-reviewed',
  'safety-exception',
  'safety-reviewed',
  'client-informed',
  'correction-requested',
  'correction-resolved',
  'erasure-requested',
  'erasure-cancelled',
] as const;
export type CircleEventKind = (typeof CIRCLE_EVENT_KINDS)[number];

export interface CircleEventInput {
  regionId: string;
  clientId: string;
  kind: CircleEventKind;
  actorUserId: string | null;
  actorLabel: string;
  /** Whom the event is about, as the client reads it, e.g. "Jessica Hofman (zus)". */
  subjectLabel?: string | null;
  decisionId?: string | null;
  /** Ids, categories and dates only; the sentence is built from these by the web app. */
  details?: Record<string, unknown>;
}

/** Appends one event to the circle's history. Call inside the transaction of the change itself. */
export async function recordEvent(db: Db, e: CircleEventInput): Promise<void> {
  await db
    .insertInto('circle_events')
    .values({
      region_id: e.regionId,
      client_id: e.clientId,
      kind: e.kind,
      actor_user_id: e.actorUserId,
      actor_label: e.actorLabel,
      subject_label: e.subjectLabel ?? null,
      decision_id: e.decisionId ?? null,
      details: JSON.stringify(e.details ?? {}),
    })
    .execute();
}
