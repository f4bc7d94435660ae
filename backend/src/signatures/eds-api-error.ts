import { HttpStatus } from '@nestjs/common';
import { ApiError } from '../common/errors/api-error.js';
import { EdsErrorCode, type EdsRefusal } from './eds-error-code.js';

/**
 * A refused EDS as the API answers it: 400 for a CMS that cannot be read, otherwise 422 for a
 * signature (the request was understood, the signature does not count) or 401 for a log-in.
 */
export function edsApiError(refusal: EdsRefusal, field: string, context: 'signature' | 'login'): ApiError {
  const status =
    refusal.code === EdsErrorCode.CMS_MALFORMED
      ? HttpStatus.BAD_REQUEST
      : context === 'login'
        ? HttpStatus.UNAUTHORIZED
        : HttpStatus.UNPROCESSABLE_ENTITY;
  return new ApiError(status, refusal.code, refusal.message, { field, check: refusal.check });
}
