import type { ValidationIssue } from '../validation-issue.js';

/**
 * Tenge amounts. Money is integer tiyn everywhere (1 KZT = 100 tiyn); a decimal string is what people
 * and the API exchange. The conversion is done on the digits themselves — never through a binary
 * floating-point number, where 0.1 + 0.2 !== 0.3.
 */

/** The largest amount one document may carry: 999 999 999 999.99 KZT, far beyond any real payment
 * and, at 14 digits of tiyn, safely below 2^53 so it is exact as a JavaScript number. */
export const MAX_AMOUNT_TIYN = 99_999_999_999_999;

const MAX_WHOLE_TENGE_DIGITS = 12;

export type AmountIssueCode =
  'AMOUNT_FORMAT' | 'AMOUNT_TOO_MANY_DECIMALS' | 'AMOUNT_NOT_POSITIVE' | 'AMOUNT_TOO_LARGE';
export type AmountIssue = ValidationIssue<AmountIssueCode>;

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;
const NEGATIVE_DECIMAL = /^-\d+(?:\.\d+)?$/;

/**
 * An amount in tenge written as `1250.5` or `1250.50` (digits, optionally `.` and at most 2 digits;
 * no sign, exponent, spaces or thousands separators) as integer tiyn, or what is wrong with it.
 * Tell the outcomes apart with `typeof result === 'number'`.
 */
export function parseAmountToTiyn(text: string): number | AmountIssue {
  if (typeof text === 'string' && NEGATIVE_DECIMAL.test(text)) {
    return notPositive();
  }
  const match = typeof text === 'string' ? DECIMAL.exec(text) : null;
  if (!match) {
    return {
      code: 'AMOUNT_FORMAT',
      message: 'An amount is written with digits and an optional "." before the tiyn, e.g. 1250.50.',
    };
  }
  const whole = match[1]!.replace(/^0+(?=\d)/, '');
  const fraction = match[2] ?? '';
  if (fraction.length > 2) {
    return {
      code: 'AMOUNT_TOO_MANY_DECIMALS',
      message: 'An amount in tenge has at most 2 digits after the ".".',
    };
  }
  if (whole.length > MAX_WHOLE_TENGE_DIGITS) return tooLarge();
  // At most 14 digits: an integer that a JavaScript number holds exactly.
  const tiyn = Number(whole + fraction.padEnd(2, '0'));
  if (tiyn === 0) return notPositive();
  if (tiyn > MAX_AMOUNT_TIYN) return tooLarge();
  return tiyn;
}

/**
 * Integer tiyn as the plain canonical decimal `1250.50` (always 2 fraction digits, `-` for debits).
 * Grouping and the decimal comma are the web app's locale formatting, not this.
 */
export function formatTiyn(tiyn: number): string {
  if (!Number.isSafeInteger(tiyn)) throw new RangeError(`Tiyn are whole numbers: got ${String(tiyn)}.`);
  const digits = String(Math.abs(tiyn)).padStart(3, '0');
  return `${tiyn < 0 ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

function notPositive(): AmountIssue {
  return { code: 'AMOUNT_NOT_POSITIVE', message: 'An amount must be greater than zero.' };
}

function tooLarge(): AmountIssue {
  return {
    code: 'AMOUNT_TOO_LARGE',
    message: `An amount is at most ${formatTiyn(MAX_AMOUNT_TIYN)} KZT.`,
  };
}
