import type { ApplicationErrorCode } from './application-error-code.js';

/**
 * One broken rule: which field (a dotted path inside the request's content, `beneficiary.country`),
 * which rule, and a short English explanation.
 */
export interface ApplicationViolation {
  readonly field: string;
  readonly code: ApplicationErrorCode;
  readonly message: string;
}
