import type { ValidationIssue } from '../validation-issue.js';
import { isCountryCode } from './country.js';

/**
 * SWIFT BIC (ISO 9362) of a bank anywhere: 4-letter bank code, the 2-letter ISO 3166 code of its
 * country, 2-character location and optionally a 3-character branch (`COBADEFFXXX`). Foreign
 * transfers name the beneficiary's bank with it; Kazakh banks alone have the stricter validateBic.
 */
export type SwiftBicIssueCode = 'SWIFT_BIC_FORMAT' | 'SWIFT_BIC_COUNTRY';
export type SwiftBicIssue = ValidationIssue<SwiftBicIssueCode>;

const SWIFT_BIC_LAYOUT = /^[A-Z]{4}[A-Z]{2}[0-9A-Z]{2}(?:[0-9A-Z]{3})?$/;

/** The issue with a BIC (upper-case, no spaces), or `undefined` when it is a valid SWIFT BIC. */
export function validateSwiftBic(bic: string): SwiftBicIssue | undefined {
  if (typeof bic !== 'string' || !SWIFT_BIC_LAYOUT.test(bic)) {
    return {
      code: 'SWIFT_BIC_FORMAT',
      message:
        'A SWIFT BIC is 8 or 11 upper-case characters: 4-letter bank code, country, location, optional branch.',
    };
  }
  if (!isCountryCode(bic.slice(4, 6))) {
    return {
      code: 'SWIFT_BIC_COUNTRY',
      message: `The 5th and 6th characters of a SWIFT BIC are a country code: ${bic.slice(4, 6)} is none.`,
    };
  }
  return undefined;
}
