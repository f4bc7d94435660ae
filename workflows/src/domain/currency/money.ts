import type { Money } from '../applications/application-content.js';
import type { ValidationIssue } from '../validation-issue.js';
import { currencyExponent, isIsoCurrency } from './iso-4217.js';

/**
 * Money in any ISO 4217 currency: integer minor units everywhere, decimal text (`1250.50`) where
 * people and the API exchange it. The conversion works on the digits themselves, never through a
 * binary floating-point number, where 0.1 + 0.2 !== 0.3.
 */

/**
 * The largest amount one application may carry, in minor units: 14 digits, far beyond any real
 * operation and below 2^53, so it is exact as a JavaScript number whatever the exponent.
 */
export const MAX_MONEY_MINOR = 99_999_999_999_999;
const MAX_MINOR_DIGITS = 14;

export type MoneyIssueCode =
  'MONEY_FORMAT' | 'MONEY_TOO_MANY_DECIMALS' | 'MONEY_NOT_POSITIVE' | 'MONEY_TOO_LARGE' | 'MONEY_CURRENCY';
export type MoneyIssue = ValidationIssue<MoneyIssueCode>;

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;
const NEGATIVE_DECIMAL = /^-\d+(?:\.\d+)?$/;

/**
 * An amount written `1250.5` or `1250.50` (digits, optionally `.` and at most the currency's
 * exponent of digits; no sign, exponent, spaces or separators) in `currency`, or what is wrong with
 * it. Tell the outcomes apart with `'code' in result`.
 */
export function parseMoney(text: string, currency: string): Money | MoneyIssue {
  if (!isIsoCurrency(currency)) {
    return { code: 'MONEY_CURRENCY', message: 'The currency is not an ISO 4217 currency in circulation.' };
  }
  const exponent = currencyExponent(currency);
  if (typeof text === 'string' && NEGATIVE_DECIMAL.test(text)) return notPositive();
  const match = typeof text === 'string' ? DECIMAL.exec(text) : null;
  if (!match) {
    return {
      code: 'MONEY_FORMAT',
      message: 'An amount is written with digits and an optional "." before the fraction, e.g. 1250.50.',
    };
  }
  const whole = match[1]!.replace(/^0+(?=\d)/, '');
  const fraction = match[2] ?? '';
  if (fraction.length > exponent) {
    return {
      code: 'MONEY_TOO_MANY_DECIMALS',
      message:
        exponent === 0
          ? `An amount in ${currency} is whole: no digits after a ".".`
          : `An amount in ${currency} has at most ${exponent} digits after the ".".`,
    };
  }
  if (whole.length > MAX_MINOR_DIGITS - exponent) return tooLarge(currency);
  // At most 14 digits: an integer that a JavaScript number holds exactly.
  const minor = Number(whole + fraction.padEnd(exponent, '0'));
  if (minor === 0) return notPositive();
  if (minor > MAX_MONEY_MINOR) return tooLarge(currency);
  return { minor, currency };
}

/**
 * Money as its canonical decimal text with exactly the currency's exponent of fraction digits
 * (`{ minor: 125050, currency: 'USD' }` → `1250.50`, JPY → `1250`); `-` before a negative amount.
 * Grouping and the decimal comma are the web app's locale formatting, not this.
 */
export function formatMoney(money: Money): string {
  const { minor, currency } = money;
  if (!Number.isSafeInteger(minor))
    throw new RangeError(`Minor units are whole numbers: got ${String(minor)}.`);
  const exponent = currencyExponent(currency);
  const digits = String(Math.abs(minor)).padStart(exponent + 1, '0');
  const sign = minor < 0 ? '-' : '';
  if (exponent === 0) return sign + digits;
  return `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

function notPositive(): MoneyIssue {
  return { code: 'MONEY_NOT_POSITIVE', message: 'An amount must be greater than zero.' };
}

function tooLarge(currency: string): MoneyIssue {
  return {
    code: 'MONEY_TOO_LARGE',
    message: `An amount is at most ${formatMoney({ minor: MAX_MONEY_MINOR, currency })} ${currency}.`,
  };
}
