import { randomInt } from 'node:crypto';

/** Letters and digits without look-alikes (0/O, 1/I/l): read off paper or an SMS and typed by hand. */
const UNAMBIGUOUS = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
const LOWER = 'abcdefghijkmnpqrstuvwxyz';
const DIGITS = '0123456789';

export function randomString(length: number, alphabet: string): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

/**
 * A one-time password (PIN envelope or SMS): 10 characters from 56 symbols, about 58 bits, with at
 * least one letter and one digit so it satisfies the policy it will be replaced under.
 */
export function oneTimePassword(): string {
  for (;;) {
    const candidate = randomString(10, UNAMBIGUOUS);
    if (/[A-Za-z]/.test(candidate) && /[0-9]/.test(candidate)) return candidate;
  }
}

/** A Standard-channel login in the shape of the bank's acceptance acts: `qb123456_abcdefgh`. */
export function standardLogin(): string {
  return `qb${randomString(6, DIGITS)}_${randomString(8, LOWER)}`;
}

/** A token registration's user ID, as the acceptance act prints it: `qq111111_qwertyui`. */
export function registrationUserId(): string {
  return `qq${randomString(6, DIGITS)}_${randomString(8, LOWER)}`;
}
