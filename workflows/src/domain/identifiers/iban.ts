import type { ValidationIssue } from '../validation-issue.js';

/**
 * IBAN of any country (ISO 13616): a country code from the IBAN registry, 2 check digits, then the
 * country's BBAN of digits and upper-case Latin letters — as long as the registry says for that
 * country, and valid when mod-97 of the rearranged number gives 1. Kazakh accounts have the
 * stricter validateKzIban (kz-iban.ts); this one checks a beneficiary's account abroad.
 */
export type IbanIssueCode = 'IBAN_COUNTRY' | 'IBAN_LENGTH' | 'IBAN_CHARACTERS' | 'IBAN_CHECKSUM';
export type IbanIssue = ValidationIssue<IbanIssueCode>;

/**
 * Country code and total IBAN length, from SWIFT's IBAN Registry (release 101). Territories such as
 * Åland, Guernsey or Réunion write their IBANs with the country code of FI, GB, FR.
 */
const REGISTRY = (
  'AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 ' +
  'DK18 DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HN28 HR21 HU28 ' +
  'IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 ' +
  'MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 ' +
  'SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30'
).split(' ');

/** Total IBAN length by country code. */
export const IBAN_LENGTHS: ReadonlyMap<string, number> = new Map(
  REGISTRY.map((entry): [string, number] => [entry.slice(0, 2), Number(entry.slice(2))]),
);

/** The longest IBAN any country may have (ISO 13616). */
export const MAX_IBAN_LENGTH = 34;

const IBAN_CHARACTERS = /^[0-9A-Z]+$/;
const CHECK_DIGITS = /^\d{2}$/;

/** True when the two letters are a country of the IBAN registry. */
export function isIbanCountry(code: string): boolean {
  return IBAN_LENGTHS.has(code);
}

/**
 * The issue with an IBAN in canonical form (see normalizeIban: no spaces, upper case), or
 * `undefined` when it is valid. Checked in the order characters → country → length → check
 * digits, so the first thing a person can fix is what is reported.
 */
export function validateIban(iban: string): IbanIssue | undefined {
  // Callers pass whatever arrived in a JSON body: a non-string is an input error, not a crash.
  if (typeof iban !== 'string' || iban.length === 0) {
    return { code: 'IBAN_LENGTH', message: 'An IBAN is 15 to 34 characters.' };
  }
  if (!IBAN_CHARACTERS.test(iban)) {
    return { code: 'IBAN_CHARACTERS', message: 'An IBAN holds only digits and upper-case Latin letters.' };
  }
  const country = iban.slice(0, 2);
  const length = IBAN_LENGTHS.get(country);
  if (length === undefined) {
    return {
      code: 'IBAN_COUNTRY',
      message: 'An IBAN starts with the code of a country that uses IBANs.',
    };
  }
  if (iban.length !== length) {
    return { code: 'IBAN_LENGTH', message: `An IBAN of ${country} has ${length} characters.` };
  }
  const checkDigits = iban.slice(2, 4);
  if (!CHECK_DIGITS.test(checkDigits)) {
    return { code: 'IBAN_CHARACTERS', message: 'The 3rd and 4th characters of an IBAN are check digits.' };
  }
  // 00, 01 and 99 pass mod-97 in place of 97, 98 and 02 but are never issued (ISO 7064).
  const digits = Number(checkDigits);
  if (digits < 2 || digits > 98 || ibanMod97(iban) !== 1) {
    return {
      code: 'IBAN_CHECKSUM',
      message: 'The IBAN check digits do not match: look for a mistyped character.',
    };
  }
  return undefined;
}

/**
 * The check digits that make `<country><check digits><bban>` valid; builds test data and
 * examples. The BBAN is not checked against the country's length.
 */
export function ibanCheckDigits(country: string, bban: string): string {
  if (!/^[A-Z]{2}$/.test(country) || !IBAN_CHARACTERS.test(bban)) {
    throw new RangeError('An IBAN is a 2-letter country code and a BBAN of digits and upper-case letters.');
  }
  return String(98 - mod97(`${bban}${country}00`)).padStart(2, '0');
}

/** ISO 13616: the country code and check digits move to the end, then the whole reads as one number. */
export function ibanMod97(iban: string): number {
  return mod97(iban.slice(4) + iban.slice(0, 4));
}

/**
 * The remainder mod 97 of the number an alphanumeric string stands for (A = 10 … Z = 35), taken one
 * character at a time so every intermediate value stays far below 2^53: exact without BigInt.
 */
function mod97(text: string): number {
  let remainder = 0;
  for (const char of text) {
    const value = Number.parseInt(char, 36);
    remainder = (remainder * (value < 10 ? 10 : 100) + value) % 97;
  }
  return remainder;
}
