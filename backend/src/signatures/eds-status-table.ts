import { HttpStatus } from '@nestjs/common';
import { EdsErrorCode as Code } from './eds-error-code.js';

/**
 * HTTP status of each refused EDS: 400 for a CMS or XML signature that cannot be read, otherwise 422 (the request was
 * understood, the signature does not count). The log-in endpoint answers its own way: EDS_LOGIN_STATUS.
 */
export const EDS_STATUS: Record<Code, number> = {
  [Code.CMS_MALFORMED]: HttpStatus.BAD_REQUEST,
  [Code.XML_MALFORMED]: HttpStatus.BAD_REQUEST,
  [Code.UNSUPPORTED_ALGORITHM]: HttpStatus.UNPROCESSABLE_ENTITY,
  [Code.DIGEST_MISMATCH]: HttpStatus.UNPROCESSABLE_ENTITY,
  [Code.SIGNATURE_INVALID]: HttpStatus.UNPROCESSABLE_ENTITY,
  [Code.UNTRUSTED_ROOT]: HttpStatus.UNPROCESSABLE_ENTITY,
  [Code.SIGNING_TIME_INVALID]: HttpStatus.UNPROCESSABLE_ENTITY,
  [Code.CERT_EXPIRED]: HttpStatus.UNPROCESSABLE_ENTITY,
  [Code.CERT_NOT_YET_VALID]: HttpStatus.UNPROCESSABLE_ENTITY,
  [Code.CERT_REVOKED]: HttpStatus.UNPROCESSABLE_ENTITY,
  [Code.WRONG_KEY_USAGE]: HttpStatus.UNPROCESSABLE_ENTITY,
  [Code.SUBJECT_MISMATCH]: HttpStatus.UNPROCESSABLE_ENTITY,
  [Code.CERT_NOT_REGISTERED]: HttpStatus.UNPROCESSABLE_ENTITY,
  [Code.WRONG_CHANNEL]: HttpStatus.FORBIDDEN,
  [Code.NONCE_INVALID]: HttpStatus.UNAUTHORIZED,
};
