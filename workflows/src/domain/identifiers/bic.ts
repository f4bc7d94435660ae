import type { ValidationIssue } from '../validation-issue.js';

/**
 * BIC (SWIFT code, ISO 9362) of a Kazakh bank: 4-letter bank code, country `KZ`, 2-character
 * location, and optionally a 3-character branch — e.g. `HSBKKZKX`. Kazakh payment orders carry the
 * 8-character form.
 */
export type BicIssueCode = 'BIC_FORMAT' | 'BIC_COUNTRY';
export type BicIssue = ValidationIssue<BicIssueCode>;

const BIC_LAYOUT = /^[A-Z]{4}[A-Z]{2}[0-9A-Z]{2}([0-9A-Z]{3})?$/;

/** The issue with a BIC (upper-case, no spaces), or `undefined` when it is a valid Kazakh BIC. */
export function validateBic(bic: string): BicIssue | undefined {
  if (typeof bic !== 'string' || !BIC_LAYOUT.test(bic)) {
    return {
      code: 'BIC_FORMAT',
      message:
        'A BIC is 8 or 11 upper-case characters: 4-letter bank code, country, location, optional branch.',
    };
  }
  if (bic.slice(4, 6) !== 'KZ') {
    return { code: 'BIC_COUNTRY', message: 'The BIC of a Kazakh bank has KZ as its 5th and 6th characters.' };
  }
  return undefined;
}
