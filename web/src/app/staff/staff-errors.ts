import { apiProblemOf, commonErrorKey } from '../core/http/api-error';

/** Codes the staff pages explain in words (each has `staff.errors.<code>` in every language). */
export const STAFF_ERROR_CODES = [
  'VALIDATION_FAILED',
  'CHANGE_REQUEST_OWN',
  'CHANGE_REQUEST_NOT_MAKER',
  'CHANGE_REQUEST_CHANGED',
  'CHANGE_REQUEST_DECIDED',
  'CHANGE_REQUEST_TARGET_CHANGED',
  'CHANGE_REQUEST_DUPLICATE',
  'CHANGE_REQUEST_NOT_FOUND',
  'CHANGE_REQUEST_FINISHED',
  'CHANGE_REQUEST_ENVELOPE_GONE',
  'CHANGE_REQUEST_ENVELOPE_NOT_PRINTABLE',
  'CHANGE_REQUEST_APPLY_UNAVAILABLE',
  'CHANGE_NOTHING',
  'CHANGE_WRONG_STATE',
  'ORG_NOT_FOUND',
  'ORG_BIN_IIN_INVALID',
  'ORG_BIN_IIN_KIND_MISMATCH',
  'ORG_BIN_IIN_TAKEN',
  'ORG_IBAN_INVALID',
  'ORG_IBAN_NOT_OUR_BANK',
  'ORG_IBAN_TAKEN',
  'ORG_ACCOUNT_NOT_FOUND',
  'ORG_USER_NOT_FOUND',
  'ORG_USER_IIN_INVALID',
  'ORG_USER_PHONE_INVALID',
  'ORG_USER_PHONE_TAKEN',
  'OTP_DEVICE_NOT_FOUND',
  'CERT_NOT_FOUND',
  'CERT_ALREADY_REVOKED',
  'AUTH_USER_HAS_NO_PHONE',
  'OTP_USER_HAS_DEVICE',
  'REGISTRATION_NO_OTP_CARD',
  'REGISTRATION_NO_REGISTRATION_ID',
  'REGISTRATION_NOT_FOUND',
  'CERT_CERTIFICATE_NOT_ACCEPTED',
  'CERT_SUBJECT_MISMATCH',
  'CERT_REQUEST_KEY_IN_USE',
  'CERT_ALREADY_REGISTERED',
  'REFERENCE_OWN_BANK_FIXED',
  'REFERENCE_BIC_TAKEN',
  'REFERENCE_BIC_INVALID',
  'REFERENCE_BIN_INVALID',
  'REFERENCE_NOT_FOUND',
] as const;

export interface StaffError {
  readonly key: string;
  /** The field concerned, as the API names it (`change.users.1.iin`), when there is one. */
  readonly field?: string;
}

/** A refused staff request in words, with the field it concerns. */
export function staffError(error: unknown): StaffError {
  const problem = apiProblemOf(error);
  const field =
    typeof problem.details['field'] === 'string'
      ? problem.details['field']
      : problem.details.violations?.[0]?.field;
  const known = (STAFF_ERROR_CODES as readonly string[]).includes(problem.code);
  return {
    key: known ? `staff.errors.${problem.code}` : commonErrorKey(problem),
    ...(field ? { field } : {}),
  };
}

/**
 * Refusals only the checking settings meet, explained on their page (each has
 * `staff.settings.errors.<code>` in every language).
 */
export const SETTINGS_ERROR_CODES = ['CHANGE_TYPE_NOT_EXEMPTIBLE', 'AUTH_FORBIDDEN_FOR_ROLE'] as const;

/** A refused change of the checking settings in words: the settings' own refusals, then the staff's. */
export function settingsError(error: unknown): StaffError {
  const refused = staffError(error);
  const { code } = apiProblemOf(error);
  return (SETTINGS_ERROR_CODES as readonly string[]).includes(code)
    ? { ...refused, key: `staff.settings.errors.${code}` }
    : refused;
}

/**
 * Refusals the operations console explains in words (each has `staff.ops.errors.<code>` in every
 * language): a process gone, nothing to retry, a self-check that did not get through, a role that
 * may only read.
 */
export const OPS_ERROR_CODES = [
  'OPS_PROCESS_NOT_FOUND',
  'OPS_NOTHING_TO_RETRY',
  'OPS_SELF_CHECK_TIMED_OUT',
  'OPS_SELF_CHECK_FAILED',
  'OPS_TEMPORAL_UNAVAILABLE',
  'AUTH_FORBIDDEN_FOR_ROLE',
  'OPS_PROCESS_NOT_CANCELLABLE',
  'OPS_PROCESS_NOT_BROKEN',
  'OPS_PROCESS_ALREADY_BROKEN',
  // Operators' requests, said as operators' (the staff's words speak of managers).
  'CHANGE_REQUEST_OWN',
  'CHANGE_REQUEST_NOT_MAKER',
  'CHANGE_REQUEST_CHANGED',
  'CHANGE_REQUEST_DECIDED',
  'CHANGE_REQUEST_DUPLICATE',
  'CHANGE_REQUEST_NOT_FOUND',
  'CHANGE_REQUEST_FINISHED',
  'CHANGE_WRONG_STATE',
] as const;

/** A refused operations request in words: the console's own refusals, then the staff's. */
export function opsError(error: unknown): StaffError {
  const refused = staffError(error);
  const { code } = apiProblemOf(error);
  return (OPS_ERROR_CODES as readonly string[]).includes(code)
    ? { ...refused, key: `staff.ops.errors.${code}` }
    : refused;
}
