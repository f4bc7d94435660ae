import type { ValidationIssue } from '../validation-issue.js';

/**
 * КНП (payment purpose code): 3 digits from the catalogue the bank keeps. The catalogue is data, not
 * code — codes are added and retired by regulation — so it is passed in (see reference/knp-catalogue).
 */
export type KnpIssueCode = 'KNP_FORMAT' | 'KNP_UNKNOWN';
export type KnpIssue = ValidationIssue<KnpIssueCode>;

/** The issue with a КНП, or `undefined` when it is 3 digits and in `catalogue`. */
export function validateKnp(knp: string, catalogue: ReadonlySet<string>): KnpIssue | undefined {
  if (typeof knp !== 'string' || !/^\d{3}$/.test(knp)) {
    return { code: 'KNP_FORMAT', message: 'A payment purpose code (KNP) is 3 digits.' };
  }
  if (!catalogue.has(knp)) {
    return { code: 'KNP_UNKNOWN', message: `Payment purpose code ${knp} is not in the bank's catalogue.` };
  }
  return undefined;
}
