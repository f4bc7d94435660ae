// The applications' validators (parsing a request into the canonical content, with violations).
export { ApplicationErrorCode } from './application-error-code.js';
export type { ApplicationViolation } from './application-violation.js';
export type { ApplicationValidationContext } from './application-validation-context.js';
export {
  APPLICATION_TEXT_LIMITS,
  MAX_APPLICATION_DAYS_AHEAD,
  MAX_LETTER_ATTACHMENTS,
} from './application-limits.js';
export { parseApplicationRequest, type ApplicationParseResult } from './parse-application-request.js';
export {
  renderApplicationRequest,
  type ApplicationRequestOf,
  type ApplicationRequests,
} from './application-request.js';
