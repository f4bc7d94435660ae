import { HttpStatus } from '@nestjs/common';
import { CertificatesErrorCode as Code } from './certificates-error-code.js';

/** HTTP status of each certificates error. */
export const CERTIFICATES_STATUS: Record<Code, number> = {
  [Code.REQUEST_MALFORMED]: HttpStatus.BAD_REQUEST,
  [Code.REQUEST_SIGNATURE_INVALID]: HttpStatus.UNPROCESSABLE_ENTITY,
  [Code.REQUEST_KEY_NOT_ALLOWED]: HttpStatus.UNPROCESSABLE_ENTITY,
  [Code.REQUEST_KEY_IN_USE]: HttpStatus.CONFLICT,
  [Code.REQUEST_ALREADY_USED]: HttpStatus.CONFLICT,
  [Code.USER_NOT_ACTIVE]: HttpStatus.FORBIDDEN,
  [Code.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [Code.CERTIFICATE_NOT_ACCEPTED]: HttpStatus.UNPROCESSABLE_ENTITY,
  [Code.SUBJECT_MISMATCH]: HttpStatus.UNPROCESSABLE_ENTITY,
  [Code.ALREADY_REGISTERED]: HttpStatus.CONFLICT,
  [Code.ALREADY_REVOKED]: HttpStatus.CONFLICT,
};
