import { randomInt } from 'node:crypto';

// No 0/O, 1/l/I: the password is read off a screen and typed or spoken once.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Four groups of five from a 56-letter alphabet: about 116 bits, far above the policy. */
export function randomPassword(groups = 4, size = 5): string {
  const group = () => Array.from({ length: size }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return Array.from({ length: groups }, group).join('-');
}
