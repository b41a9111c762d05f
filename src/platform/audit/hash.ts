import { createHash } from 'node:crypto';
import type { AccessAction, InformationCategory } from './schema.js';

/** prev_hash of the first entry of every region's chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields that are sealed by an entry's hash, exactly as they are stored. */
export interface ChainedFields {
  regionId: string;
  seq: number;
  occurredAt: Date;
  actorUserId: string | null;
  actorLabel: string;
  clientId: string | null;
  category: InformationCategory;
  action: AccessAction;
  purpose: string;
  requestId: string | null;
  /** Set when the access happened under a safety exception instead of consent. */
  exceptionId?: string | null;
}

/**
 * The serialisation must be byte-identical when the writer computes it and when verify() recomputes
 * it from the stored row years later, so keys are in a fixed order and every value has one textual
 * form: PostgreSQL returns uuids in lower case and timestamptz as a Date, hence toISOString (ms).
 */
export function canonicalJson(e: ChainedFields): string {
  // exception_id joined the chain later: entries without one keep their original serialisation.
  const exception = e.exceptionId ? { exception_id: e.exceptionId.toLowerCase() } : {};
  return JSON.stringify({
    action: e.action,
    actor_label: e.actorLabel,
    actor_user_id: e.actorUserId === null ? null : e.actorUserId.toLowerCase(),
    category: e.category,
    client_id: e.clientId === null ? null : e.clientId.toLowerCase(),
    ...exception,
    occurred_at: e.occurredAt.toISOString(),
    purpose: e.purpose,
    region_id: e.regionId.toLowerCase(),
    request_id: e.requestId,
    seq: e.seq,
  });
}

export function entryHash(prevHash: string, e: ChainedFields): string {
  return createHash('sha256').update(prevHash).update(canonicalJson(e)).digest('hex');
}

