import pino, { type Logger } from 'pino';
import type { Actor, ClientAccess } from './types.js';

let fallback: Logger | null = null;

/** Callers that pass no logger (scripts, some tests) still get denials reported. */
export function accessLogger(log: Logger | undefined): Logger {
  if (log) return log;
  fallback ??= pino({ level: process.env.LOG_LEVEL ?? 'info', base: { component: 'access' } });
  return fallback;
}

/**
 * Denials stay out of the client-visible access log (nothing was seen) but operators need them to
 * spot probing. Ids only: no names, labels or purposes, which can describe the client.
 */
export function logDenied(log: Logger, actor: Actor, access: ClientAccess, reason: 'not-found' | 'no-relation' | 'not-allowed'): void {
  log.warn(
    {
      access: 'denied',
      reason,
      actorUserId: actor.userId,
      regionId: actor.regionId,
      clientId: access.clientId,
      category: access.category,
      action: access.action,
      requestId: access.requestId,
    },
    'client data access denied',
  );
}
