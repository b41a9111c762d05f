import { hash, verify } from '@node-rs/argon2';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import { invalid } from '../../platform/errors.js';

// OWASP recommended argon2id parameters (m=19 MiB, t=2, p=1) are the library defaults.
const ARGON2ID = 2;

const strength = new ZxcvbnFactory({
  dictionary: { ...common.dictionary },
  graphs: common.adjacencyGraphs,
});

export const hashPassword = (password: string): Promise<string> => hash(password, { algorithm: ARGON2ID });

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/**
 * A hash of a random password, verified when an account does not exist, so a wrong e-mail costs as
 * much time as a wrong password and timing does not reveal which accounts exist.
 */
let dummyHash: Promise<string> | undefined;
export const dummyPasswordHash = (): Promise<string> => (dummyHash ??= hashPassword(`dummy-${Math.random()}`));

/** ASVS 2.1: at least 12 characters, at most 128, not a common or guessable password. */
export function checkPasswordPolicy(password: string, field = 'password', userInputs: string[] = []): void {
  if (password.length < 12) throw invalid(field, 'Kies een wachtwoord van minstens 12 tekens.', 'Choose a password of at least 12 characters.');
  if (password.length > 128) throw invalid(field, 'Kies een wachtwoord van hoogstens 128 tekens.', 'Choose a password of at most 128 characters.');
  const result = strength.check(password, userInputs);
  if (result.score < 3) {
    throw invalid(
      field,
      'Dit wachtwoord is te makkelijk te raden. Maak het langer of kies een zin van een paar woorden.',
      'This password is too easy to guess. Make it longer or use a sentence of a few words.',
    );
  }
}
