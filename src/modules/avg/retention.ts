import type { Db } from '../../platform/db/database.js';
import type { Messages } from '../../platform/errors.js';

/**
 * Reasons to keep a client's data a while longer although they asked for erasure (AVG art. 17(3)):
 * while any hold applies, the erasure waits and is checked again later.
 *
 * A module with its own retention rule adds a hold once at start-up:
 *
 *   addRetentionHold({ key: 'open-case-meeting', reason: { nl: '…', en: '…' }, check: (db, regionId, clientId) => … });
 *
 * `check` answers whether the hold applies now; it runs in the erasure job, without an actor.
 * The key is stored with a blocked request, so keep it stable.
 */
export interface RetentionHold {
  key: string;
  reason: Messages;
  check(db: Db, regionId: string, clientId: string): Promise<boolean>;
}

const holds: RetentionHold[] = [
  {
    key: 'unreviewed-safety-exception',
    reason: {
      nl: 'Een professional heeft je gegevens bekeken zonder toestemming, voor de veiligheid. Iemand anders moet dat eerst controleren.',
      en: 'A professional looked at your information without consent, for safety. Someone else must check that first.',
    },
    async check(db, regionId, clientId) {
      const open = await db
        .selectFrom('safety_exceptions')
        .select('id')
        .where('region_id', '=', regionId)
        .where('client_id', '=', clientId)
        .where('reviewed_at', 'is', null)
        .limit(1)
        .executeTakeFirst();
      return open !== undefined;
    },
  },
];

export function addRetentionHold(hold: RetentionHold): void {
  if (holds.some((h) => h.key === hold.key)) throw new Error(`Retention hold "${hold.key}" already exists`);
  holds.push(hold);
}

/** The holds that apply to this client now. */
export async function applyingHolds(db: Db, regionId: string, clientId: string): Promise<RetentionHold[]> {
  const applying: RetentionHold[] = [];
  for (const hold of holds) if (await hold.check(db, regionId, clientId)) applying.push(hold);
  return applying;
}

/** Stored form of the holds that block a request: their keys. */
export const storeHoldKeys = (applying: RetentionHold[]): string => applying.map((h) => h.key).join(',');

/** The readable reasons for a stored blocked_reason; a key of a hold that no longer exists reads generically. */
export function holdReasons(stored: string | null): (Messages & { key: string })[] {
  if (!stored) return [];
  return stored
    .split(',')
    .filter(Boolean)
    .map((key) => {
      const hold = holds.find((h) => h.key === key);
      return { key, ...(hold?.reason ?? { nl: 'Er is een reden om je gegevens nog even te bewaren.', en: 'There is a reason to keep your information a little longer.' }) };
    });
}
