import { HttpStatus } from '@nestjs/common';
import { DocumentRejectionCode } from '@qoltanba/workflows/domain';
import { DocumentsErrorCode as Code } from './documents-error-code.js';

/** HTTP status of each of the API's own document errors. */
export const DOCUMENTS_STATUS: Record<Code, number> = {
  [Code.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [Code.PAYER_ACCOUNT_NOT_OWNED]: HttpStatus.UNPROCESSABLE_ENTITY,
  [Code.PAYER_ACCOUNT_NOT_TENGE]: HttpStatus.UNPROCESSABLE_ENTITY,
  [Code.MAY_NOT_PREPARE]: HttpStatus.FORBIDDEN,
  [Code.EVIDENCE_NOT_ACCEPTED]: HttpStatus.UNPROCESSABLE_ENTITY,
  [Code.SIGNATURE_NOT_FOUND]: HttpStatus.NOT_FOUND,
  [Code.IDEMPOTENCY_KEY_REUSED]: HttpStatus.UNPROCESSABLE_ENTITY,
  [Code.ENGINE_UNAVAILABLE]: HttpStatus.SERVICE_UNAVAILABLE,
};

/** HTTP status of each workflow refusal. */
export const DOCUMENT_REJECTION_STATUS: Record<DocumentRejectionCode, number> = {
  [DocumentRejectionCode.WRONG_STATUS]: HttpStatus.CONFLICT,
  [DocumentRejectionCode.STALE_CONTENT]: HttpStatus.CONFLICT,
  [DocumentRejectionCode.CHANGED]: HttpStatus.CONFLICT,
  [DocumentRejectionCode.NO_SIGNING_RIGHT]: HttpStatus.FORBIDDEN,
  [DocumentRejectionCode.ALREADY_SIGNED_BY_USER]: HttpStatus.CONFLICT,
  [DocumentRejectionCode.SECOND_BEFORE_FIRST]: HttpStatus.CONFLICT,
  [DocumentRejectionCode.SLOT_TAKEN]: HttpStatus.CONFLICT,
  [DocumentRejectionCode.TOO_MANY_SIGNATURES]: HttpStatus.CONFLICT,
  [DocumentRejectionCode.DISPATCH_NEEDS_STANDARD_EDS]: HttpStatus.CONFLICT,
  [DocumentRejectionCode.METHOD_NOT_OF_CHANNEL]: HttpStatus.UNPROCESSABLE_ENTITY,
  [DocumentRejectionCode.OTHER_ORGANIZATION]: HttpStatus.FORBIDDEN,
  [DocumentRejectionCode.CHANNEL_NOT_ENABLED]: HttpStatus.FORBIDDEN,
  [DocumentRejectionCode.USER_BLOCKED]: HttpStatus.FORBIDDEN,
  [DocumentRejectionCode.UNKNOWN_USER]: HttpStatus.FORBIDDEN,
  [DocumentRejectionCode.NOT_AUTHOR]: HttpStatus.FORBIDDEN,
  [DocumentRejectionCode.EVIDENCE_INVALID]: HttpStatus.UNPROCESSABLE_ENTITY,
  [DocumentRejectionCode.REASON_REQUIRED]: HttpStatus.BAD_REQUEST,
};
