import { HttpStatus } from '@nestjs/common';
import { EdsErrorCode as Code } from '../eds-error-code.js';

/**
 * The log-in endpoint's status of each refused EDS: a signature that does not count means the
 * caller is not authenticated (401), where a document's signature would be a 422 (EDS_STATUS).
 */
export const EDS_LOGIN_STATUS: Record<Code, number> = {
  [Code.CMS_MALFORMED]: HttpStatus.BAD_REQUEST,
  [Code.XML_MALFORMED]: HttpStatus.BAD_REQUEST,
  [Code.UNSUPPORTED_ALGORITHM]: HttpStatus.UNAUTHORIZED,
  [Code.DIGEST_MISMATCH]: HttpStatus.UNAUTHORIZED,
  [Code.SIGNATURE_INVALID]: HttpStatus.UNAUTHORIZED,
  [Code.UNTRUSTED_ROOT]: HttpStatus.UNAUTHORIZED,
  [Code.SIGNING_TIME_INVALID]: HttpStatus.UNAUTHORIZED,
  [Code.CERT_EXPIRED]: HttpStatus.UNAUTHORIZED,
  [Code.CERT_NOT_YET_VALID]: HttpStatus.UNAUTHORIZED,
  [Code.CERT_REVOKED]: HttpStatus.UNAUTHORIZED,
  [Code.WRONG_KEY_USAGE]: HttpStatus.UNAUTHORIZED,
  [Code.SUBJECT_MISMATCH]: HttpStatus.UNAUTHORIZED,
  [Code.CERT_NOT_REGISTERED]: HttpStatus.UNAUTHORIZED,
  [Code.WRONG_CHANNEL]: HttpStatus.UNAUTHORIZED,
  [Code.NONCE_INVALID]: HttpStatus.UNAUTHORIZED,
};
