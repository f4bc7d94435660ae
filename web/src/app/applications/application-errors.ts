import { ApplicationErrorCode } from '@qoltanba/workflows/domain';
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
  'APPLICATION_CHANGED',
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

/** The validators' violation codes, each with a text of its own (translations.spec.ts checks). */
export const APPLICATION_VALIDATION_CODES: ReadonlySet<string> = new Set<string>(
  Object.values(ApplicationErrorCode),
);

/** A server violation under its field: our text for a known code, else the server's own message. */
export function violationMessage(violation: ApiViolation): FieldMessage {
  if (APPLICATION_VALIDATION_CODES.has(violation.code) || APPLICATION_CODES.has(violation.code)) {
    return { key: `applicationErrors.${violation.code}` };
  }
  return { key: 'applicationForm.serverMessage', params: { message: violation.message } };
}
