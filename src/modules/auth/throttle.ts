import { createHash } from 'node:crypto';
import type { Db } from '../../platform/db/database.js';

export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;
const WINDOW_MINUTES = 15;

/** Keyed by the e-mail address whether or not an account exists, so both behave the same. */
export const throttleKey = (email: string): string => createHash('sha256').update(`login:${email.trim().toLowerCase()}`).digest('hex');

export async function lockedUntil(db: Db, key: string): Promise<Date | null> {
  const row = await db.selectFrom('login_throttle').select('locked_until').where('key', '=', key).executeTakeFirst();
  return row?.locked_until && row.locked_until > new Date() ? row.locked_until : null;
}

/** Counts a failure; returns the lock end when this failure locks the address. */
export async function recordFailure(db: Db, key: string): Promise<Date | null> {
  const now = new Date();
  const windowStart = new Date(now.getTime() - WINDOW_MINUTES * 60_000);
  const row = await db
    .insertInto('login_throttle')
    .values({ key, failures: 1, window_started_at: now })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => ({
        failures: eb
          .case()
          .when('login_throttle.window_started_at', '<', windowStart)
          .then(1)
          .else(eb('login_throttle.failures', '+', 1))
          .end(),
        window_started_at: eb
          .case()
          .when('login_throttle.window_started_at', '<', windowStart)
          .then(now)
          .else(eb.ref('login_throttle.window_started_at'))
          .end(),
      })),
    )
    .returning(['failures'])
    .executeTakeFirstOrThrow();
  if (row.failures >= MAX_FAILURES) {
    const until = new Date(now.getTime() + LOCK_MINUTES * 60_000);
    await db.updateTable('login_throttle').set({ locked_until: until, failures: 0, window_started_at: now }).where('key', '=', key).execute();
    return until;
  }
  return null;
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('key', '=', key).execute();
}
