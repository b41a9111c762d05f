import { randomInt } from 'node:crypto';
import type { Db } from '../../platform/db/database.js';
import { hashToken } from './tokens.js';

// No 0/O, 1/l/i: codes are read off paper and typed by hand.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export const RECOVERY_CODE_COUNT = 10;

const normalise = (code: string) => code.trim().toLowerCase().replace(/[^a-z0-9]/g, '');

function newCode(): string {
  let s = '';
  for (let i = 0; i < 10; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return `${s.slice(0, 5)}-${s.slice(5)}`;
}

export const looksLikeRecoveryCode = (code: string): boolean => normalise(code).length === 10;

/** Replaces all codes of a user; returns the plain codes, which are shown exactly once. */
export async function issueRecoveryCodes(db: Db, user: { id: string; regionId: string }): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newCode);
  await db.deleteFrom('recovery_codes').where('user_id', '=', user.id).execute();
  await db
    .insertInto('recovery_codes')
    .values(codes.map((c) => ({ region_id: user.regionId, user_id: user.id, code_hash: hashToken(normalise(c)) })))
    .execute();
  return codes;
}

/** Marks a matching unused code as used; true when one was found. Atomic, so a code works once. */
export async function consumeRecoveryCode(db: Db, userId: string, code: string): Promise<boolean> {
  const result = await db
    .updateTable('recovery_codes')
    .set({ used_at: new Date() })
    .where('user_id', '=', userId)
    .where('code_hash', '=', hashToken(normalise(code)))
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
