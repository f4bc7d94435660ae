import { HttpStatus } from '@nestjs/common';
import { CommonErrorCode } from './common-error-code.js';

/** HTTP status of each code every feature may answer with. */
export const COMMON_STATUS: Record<CommonErrorCode, number> = {
  [CommonErrorCode.VALIDATION_FAILED]: HttpStatus.BAD_REQUEST,
  [CommonErrorCode.MALFORMED_REQUEST]: HttpStatus.BAD_REQUEST,
  [CommonErrorCode.PAYLOAD_TOO_LARGE]: HttpStatus.PAYLOAD_TOO_LARGE,
  [CommonErrorCode.UNSUPPORTED_MEDIA_TYPE]: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  [CommonErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [CommonErrorCode.METHOD_NOT_ALLOWED]: HttpStatus.METHOD_NOT_ALLOWED,
  [CommonErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [CommonErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [CommonErrorCode.CONFLICT]: HttpStatus.CONFLICT,
  [CommonErrorCode.TOO_MANY_REQUESTS]: HttpStatus.TOO_MANY_REQUESTS,
  [CommonErrorCode.SERVICE_UNAVAILABLE]: HttpStatus.SERVICE_UNAVAILABLE,
  [CommonErrorCode.INTERNAL_ERROR]: HttpStatus.INTERNAL_SERVER_ERROR,
};
