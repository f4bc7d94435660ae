import type { FieldMessage } from '../core/forms/form-field.component';
import { type ApiViolation, apiProblemOf } from '../core/http/api-error';
import { documentErrorKey } from '../documents/document-errors';

/**
 * Application codes with a text of their own: the workflow's refusals (ApplicationRejectionCode),
 * the API's (backend applications-error-code.ts) and the validators' (ApplicationErrorCode), all
 * `APPLICATION_*` and all under `applicationErrors.` in the translations.
 */
export const APPLICATION_CODES: ReadonlySet<string> = new Set([
  // ApplicationRejectionCode
  'APPLICATION_WRONG_STATUS',
  'APPLICATION_KIND_CHANGED',
  'APPLICATION_NOT_AUTHOR',
  'APPLICATION_REASON_REQUIRED',
  'APPLICATION_NOT_CANCELLABLE',
  'APPLICATION_CANCELLATION_PENDING',
  // ApplicationsErrorCode (the API's)
  'APPLICATION_NOT_FOUND',
  'APPLICATION_FILE_NOT_FOUND',
  'APPLICATION_FILE_TYPE_NOT_ACCEPTED',
  'APPLICATION_FILE_TOO_LARGE',
  'APPLICATION_FILE_MISSING',
  'APPLICATION_KIND_NOT_IN_CHANNEL',
  'APPLICATION_MAY_NOT_PREPARE',
  'APPLICATION_CANCELLATION_OF_CANCELLATION',
  'APPLICATION_IDEMPOTENCY_KEY_REUSED',
  'APPLICATION_ENGINE_UNAVAILABLE',
  'APPLICATION_RATES_UNAVAILABLE',
]);

/**
 * The message key for a refused application action. The signature rules are the documents' (one
 * policy, DOCUMENT_* codes), as are OTP, EDS and agent refusals: those keep the documents' texts.
 */
export function applicationErrorKey(error: unknown): string {
  const { code } = apiProblemOf(error);
  if (APPLICATION_CODES.has(code)) return `applicationErrors.${code}`;
  return documentErrorKey(error);
}

/**
 * The validators' violation codes with a text of their own (ApplicationErrorCode,
 * workflows/src/domain/applications/validation/application-error-code.ts; listed here until the
 * domain's index exports the enum — translations.spec.ts checks this list against that file).
 */
export const APPLICATION_VALIDATION_CODES: ReadonlySet<string> = new Set<string>([
  'APPLICATION_FIELD_REQUIRED',
  'APPLICATION_FIELD_TYPE',
  'APPLICATION_TEXT_TOO_LONG',
  'APPLICATION_TEXT_CHARACTERS',
  'APPLICATION_ENUM_VALUE',
  'APPLICATION_AMOUNT_FORMAT',
  'APPLICATION_AMOUNT_TOO_MANY_DECIMALS',
  'APPLICATION_AMOUNT_NOT_POSITIVE',
  'APPLICATION_AMOUNT_TOO_LARGE',
  'APPLICATION_CURRENCY_UNKNOWN',
  'APPLICATION_CURRENCY_NOT_OF_ACCOUNT',
  'APPLICATION_DATE_INVALID',
  'APPLICATION_DATE_IN_PAST',
  'APPLICATION_DATE_IN_FUTURE',
  'APPLICATION_DATE_NOT_AFTER_TODAY',
  'APPLICATION_DATE_TOO_FAR',
  'APPLICATION_PERIOD_REVERSED',
  'APPLICATION_IBAN_LENGTH',
  'APPLICATION_IBAN_CHARACTERS',
  'APPLICATION_IBAN_COUNTRY',
  'APPLICATION_IBAN_FORMAT',
  'APPLICATION_IBAN_CHECKSUM',
  'APPLICATION_ACCOUNT_NOT_OWNED',
  'APPLICATION_ACCOUNT_FORMAT',
  'APPLICATION_FOREIGN_ACCOUNT_REQUIRED',
  'APPLICATION_SAME_ACCOUNT',
  'APPLICATION_EXCHANGE_CURRENCIES',
  'APPLICATION_SWIFT_BIC_FORMAT',
  'APPLICATION_SWIFT_BIC_COUNTRY',
  'APPLICATION_COUNTRY_UNKNOWN',
  'APPLICATION_IIN_BIN_FORMAT',
  'APPLICATION_IIN_BIN_CHECKSUM',
  'APPLICATION_IIN_BIN_DATE',
  'APPLICATION_IIN_BIN_STRUCTURE',
  'APPLICATION_KNP_FORMAT',
  'APPLICATION_KNP_UNKNOWN',
  'APPLICATION_CHARGES_UNKNOWN',
  'APPLICATION_BRANCH_UNKNOWN',
  'APPLICATION_RATE_FORMAT',
  'APPLICATION_RATE_NOT_POSITIVE',
  'APPLICATION_CONTRACT_REGISTRATION_REQUIRED',
  'APPLICATION_NOTHING_TO_CHANGE',
  'APPLICATION_EMAIL_FORMAT',
  'APPLICATION_PHONE_FORMAT',
  'APPLICATION_TOO_MANY_ATTACHMENTS',
  'APPLICATION_ATTACHMENT_UNKNOWN',
]);

/** A server violation under its field: our text for a known code, else the server's own message. */
export function violationMessage(violation: ApiViolation): FieldMessage {
  if (APPLICATION_VALIDATION_CODES.has(violation.code) || APPLICATION_CODES.has(violation.code)) {
    return { key: `applicationErrors.${violation.code}` };
  }
  return { key: 'applicationForm.serverMessage', params: { message: violation.message } };
}
