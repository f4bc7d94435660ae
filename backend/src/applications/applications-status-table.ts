import { HttpStatus } from '@nestjs/common';
import { ApplicationRejectionCode } from '@qoltanba/workflows/domain';
import { ApplicationsErrorCode as Code } from './applications-error-code.js';

/** HTTP status of each of the API's own application errors. */
export const APPLICATIONS_STATUS: Record<Code, number> = {
  [Code.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [Code.FILE_NOT_FOUND]: HttpStatus.NOT_FOUND,
  [Code.FILE_TYPE_NOT_ACCEPTED]: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  [Code.FILE_TOO_LARGE]: HttpStatus.PAYLOAD_TOO_LARGE,
  [Code.FILE_MISSING]: HttpStatus.BAD_REQUEST,
  [Code.KIND_NOT_IN_CHANNEL]: HttpStatus.FORBIDDEN,
  [Code.MAY_NOT_PREPARE]: HttpStatus.FORBIDDEN,
  [Code.CANCELLATION_OF_CANCELLATION]: HttpStatus.CONFLICT,
  [Code.IDEMPOTENCY_KEY_REUSED]: HttpStatus.UNPROCESSABLE_ENTITY,
  [Code.ENGINE_UNAVAILABLE]: HttpStatus.SERVICE_UNAVAILABLE,
  [Code.RATES_UNAVAILABLE]: HttpStatus.SERVICE_UNAVAILABLE,
};

/** HTTP status of each refusal of the application workflow. */
export const APPLICATION_REJECTION_STATUS: Record<ApplicationRejectionCode, number> = {
  [ApplicationRejectionCode.WRONG_STATUS]: HttpStatus.CONFLICT,
  [ApplicationRejectionCode.CHANGED]: HttpStatus.CONFLICT,
  [ApplicationRejectionCode.KIND_CHANGED]: HttpStatus.UNPROCESSABLE_ENTITY,
  [ApplicationRejectionCode.NOT_AUTHOR]: HttpStatus.FORBIDDEN,
  [ApplicationRejectionCode.REASON_REQUIRED]: HttpStatus.BAD_REQUEST,
  [ApplicationRejectionCode.NOT_CANCELLABLE]: HttpStatus.CONFLICT,
  [ApplicationRejectionCode.CANCELLATION_PENDING]: HttpStatus.CONFLICT,
};
