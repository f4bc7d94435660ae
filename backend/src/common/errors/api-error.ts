import { HttpStatus } from '@nestjs/common';
import { CommonErrorCode } from './common-error-code.js';

/** One rule a request broke, tied to the field it concerns (dotted path into the body or query). */
export interface Violation {
  field: string;
  code: string;
  message: string;
}

export interface ErrorDetails {
  /** The field the error is about, when there is one; for several, the first of `violations`. */
  field?: string;
  violations?: Violation[];
  [key: string]: unknown;
}

/** The body of every error answer: `{ code, message, details }`, never a stack trace. */
export interface ErrorBody {
  code: string;
  message: string;
  details?: ErrorDetails;
}

/**
 * An expected failure with a stable code the client can act on. Services throw it; the global
 * filter turns it into the HTTP answer.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: ErrorDetails,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toBody(): ErrorBody {
    return this.details
      ? { code: this.code, message: this.message, details: this.details }
      : { code: this.code, message: this.message };
  }
}

/** 400 VALIDATION_FAILED with every broken rule; the first one's field is the error's field. */
export function validationFailed(violations: Violation[]): ApiError {
  return new ApiError(
    HttpStatus.BAD_REQUEST,
    CommonErrorCode.VALIDATION_FAILED,
    violations.map((violation) => `${violation.field}: ${violation.message}`).join('; '),
    { field: violations[0]?.field, violations },
  );
}
