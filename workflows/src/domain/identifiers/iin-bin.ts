import { formatIsoDate, isCalendarDate } from '../calendar/iso-date.js';
import type { ValidationIssue } from '../validation-issue.js';

/**
 * IIN (individual identification number) and BIN (business identification number): 12 digits, the
 * last a check digit. The 5th digit tells them apart: in an IIN it is the tens of the birth day
 * (0–3), in a BIN it is the entity type (4–6).
 */
export type IinBinIssueCode = 'IIN_BIN_FORMAT' | 'IIN_BIN_CHECKSUM' | 'IIN_BIN_DATE' | 'IIN_BIN_STRUCTURE';
export type IinBinIssue = ValidationIssue<IinBinIssueCode>;

export type Sex = 'MALE' | 'FEMALE';

export interface IinDetails {
  readonly kind: 'IIN';
  /** `YYYY-MM-DD`, the century taken from the 7th digit. */
  readonly birthDate: string;
  readonly sex: Sex;
}

export type BinEntityType = 'RESIDENT' | 'NON_RESIDENT' | 'JOINT_ENTREPRENEURSHIP';
export type BinDivision = 'HEAD_OFFICE' | 'BRANCH' | 'REPRESENTATIVE_OFFICE' | 'FARM';

export interface BinDetails {
  readonly kind: 'BIN';
  /**
   * `YYYY-MM` of (first) registration. A BIN gives only two digits of the year: 90–99 are read as
   * the 1990s and 00–89 as this century (Kazakh legal entities date from 1991; revisit in 2090).
   */
  readonly registered: string;
  readonly entityType: BinEntityType;
  readonly division: BinDivision;
}

const TWELVE_DIGITS = /^\d{12}$/;
const FIRST_PASS_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const SECOND_PASS_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;

const ENTITY_TYPES: Readonly<Record<string, BinEntityType>> = {
  '4': 'RESIDENT',
  '5': 'NON_RESIDENT',
  '6': 'JOINT_ENTREPRENEURSHIP',
};
const DIVISIONS: Readonly<Record<string, BinDivision>> = {
  '0': 'HEAD_OFFICE',
  '1': 'BRANCH',
  '2': 'REPRESENTATIVE_OFFICE',
  '3': 'FARM',
};
/** 7th digit of an IIN: the birth century and, odd or even, the sex. */
const CENTURY_BY_DIGIT: Readonly<Record<string, number>> = {
  '1': 1800,
  '2': 1800,
  '3': 1900,
  '4': 1900,
  '5': 2000,
  '6': 2000,
};

/**
 * The check digit of an 11-digit prefix, or `undefined` when the rule gives none (both weighted
 * passes leave 10): such prefixes are never issued, so no 12-digit number starting with them is valid.
 */
export function iinBinCheckDigit(prefix: string): number | undefined {
  if (!/^\d{11}$/.test(prefix)) throw new RangeError('An IIN/BIN check digit is computed over 11 digits.');
  for (const weights of [FIRST_PASS_WEIGHTS, SECOND_PASS_WEIGHTS]) {
    let sum = 0;
    for (let i = 0; i < 11; i++) sum += Number(prefix[i]) * weights[i]!;
    const digit = sum % 11;
    if (digit !== 10) return digit;
  }
  return undefined;
}

/**
 * What a valid IIN or BIN says about its holder, or the first issue found, checked in the order
 * format → check digit → date → structure (so a typo is reported as a typo, not as a strange date).
 * Tell the two outcomes apart with `'code' in result`.
 */
export function classifyIinBin(value: string): IinDetails | BinDetails | IinBinIssue {
  if (typeof value !== 'string' || !TWELVE_DIGITS.test(value)) {
    return { code: 'IIN_BIN_FORMAT', message: 'An IIN or BIN is exactly 12 digits.' };
  }
  const checkDigit = iinBinCheckDigit(value.slice(0, 11));
  if (checkDigit === undefined) {
    return { code: 'IIN_BIN_CHECKSUM', message: 'No IIN or BIN is issued with these first 11 digits.' };
  }
  if (checkDigit !== Number(value[11])) {
    return {
      code: 'IIN_BIN_CHECKSUM',
      message: 'The IIN/BIN check digit does not match: look for a mistyped digit.',
    };
  }
  const fifth = value[4]!;
  return fifth <= '3' ? classifyIin(value) : classifyBin(value);
}

/** The issue with an IIN or BIN, or `undefined` when it is valid. */
export function validateIinBin(value: string): IinBinIssue | undefined {
  const result = classifyIinBin(value);
  return 'code' in result ? result : undefined;
}

function classifyIin(iin: string): IinDetails | IinBinIssue {
  const century = CENTURY_BY_DIGIT[iin[6]!];
  if (century === undefined) {
    return {
      code: 'IIN_BIN_STRUCTURE',
      message: 'The 7th digit of an IIN (century and sex) must be 1 to 6.',
    };
  }
  const year = century + Number(iin.slice(0, 2));
  const month = Number(iin.slice(2, 4));
  const day = Number(iin.slice(4, 6));
  if (!isCalendarDate(year, month, day)) {
    return {
      code: 'IIN_BIN_DATE',
      message: 'The first 6 digits of an IIN are not a real birth date (YYMMDD).',
    };
  }
  return {
    kind: 'IIN',
    birthDate: formatIsoDate({ year, month, day }),
    sex: Number(iin[6]) % 2 === 1 ? 'MALE' : 'FEMALE',
  };
}

function classifyBin(bin: string): BinDetails | IinBinIssue {
  const entityType = ENTITY_TYPES[bin[4]!];
  const division = DIVISIONS[bin[5]!];
  if (entityType === undefined) {
    return {
      code: 'IIN_BIN_STRUCTURE',
      message: 'The 5th digit is 0–3 in an IIN (birth day) and 4–6 in a BIN (entity type).',
    };
  }
  if (division === undefined) {
    return { code: 'IIN_BIN_STRUCTURE', message: 'The 6th digit of a BIN (division) must be 0 to 3.' };
  }
  const yy = Number(bin.slice(0, 2));
  const month = Number(bin.slice(2, 4));
  if (month < 1 || month > 12) {
    return {
      code: 'IIN_BIN_DATE',
      message: 'The 3rd and 4th digits of a BIN are not a registration month (01–12).',
    };
  }
  const year = yy >= 90 ? 1900 + yy : 2000 + yy;
  return { kind: 'BIN', registered: `${year}-${bin.slice(2, 4)}`, entityType, division };
}
