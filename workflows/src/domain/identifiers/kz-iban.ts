import type { ValidationIssue } from '../validation-issue.js';
import { ibanCheckDigits, ibanMod97 } from './iban.js';

/**
 * Kazakh IBAN (ИИК / ЖСК): `KZ`, 2 check digits, a 3-digit bank code, then a 13-character account
 * of digits and upper-case Latin letters — 20 characters, valid when ISO 13616 mod-97 gives 1.
 */
export const KZ_IBAN_LENGTH = 20;

export type KzIbanIssueCode =
  'IBAN_LENGTH' | 'IBAN_CHARACTERS' | 'IBAN_COUNTRY' | 'IBAN_FORMAT' | 'IBAN_CHECKSUM';
export type KzIbanIssue = ValidationIssue<KzIbanIssueCode>;

export const KZ_IBAN_LAYOUT = /^KZ\d{2}\d{3}[0-9A-Z]{13}$/;
const IBAN_CHARACTERS = /^[0-9A-Z]*$/;

/**
 * What people type or paste (`kz86 125k zt50 0410 0100`) in the form the rules expect: spaces
 * (including the non-breaking ones office software inserts) removed and letters upper-cased.
 * Validators never do this themselves, so a stored or signed IBAN is always exactly canonical.
 */
export function normalizeIban(text: string): string {
  return typeof text === 'string' ? text.replace(/\s+/g, '').toUpperCase() : text;
}

/** The issue with an IBAN in canonical form (see {@link normalizeIban}), or `undefined` when it is valid. */
export function validateKzIban(iban: string): KzIbanIssue | undefined {
  // Callers pass whatever arrived in a JSON body: a non-string is an input error, not a crash.
  if (typeof iban !== 'string' || iban.length !== KZ_IBAN_LENGTH) {
    return { code: 'IBAN_LENGTH', message: `An IBAN of a Kazakh account has ${KZ_IBAN_LENGTH} characters.` };
  }
  if (!IBAN_CHARACTERS.test(iban)) {
    return { code: 'IBAN_CHARACTERS', message: 'An IBAN holds only digits and upper-case Latin letters.' };
  }
  if (!iban.startsWith('KZ')) {
    return { code: 'IBAN_COUNTRY', message: 'An IBAN of a Kazakh account starts with KZ.' };
  }
  if (!KZ_IBAN_LAYOUT.test(iban)) {
    return { code: 'IBAN_FORMAT', message: 'After KZ an IBAN has 2 check digits and a 3-digit bank code.' };
  }
  if (ibanMod97(iban) !== 1) {
    return {
      code: 'IBAN_CHECKSUM',
      message: 'The IBAN check digits do not match: look for a mistyped character.',
    };
  }
  return undefined;
}

/** The 3-digit bank code (characters 5–7) of a valid Kazakh IBAN, e.g. `601` for Halyk Bank. */
export function ibanBankCode(iban: string): string {
  return iban.slice(4, 7);
}

/**
 * The two check digits that make `KZ<check digits><bban>` valid, for a 16-character BBAN (bank code
 * and account). Used to open accounts in the simulated bank and to build test data.
 */
export function kzIbanCheckDigits(bban: string): string {
  if (!/^\d{3}[0-9A-Z]{13}$/.test(bban))
    throw new RangeError('A Kazakh BBAN is a 3-digit bank code and 13 characters.');
  return ibanCheckDigits('KZ', bban);
}

/** A valid Kazakh IBAN from a 3-digit bank code and a 13-character account part (demo and test data). */
export function composeKzIban(bankCode: string, account: string): string {
  return `KZ${kzIbanCheckDigits(bankCode + account)}${bankCode}${account}`;
}
