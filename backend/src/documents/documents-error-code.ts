import { DocumentRejectionCode } from '@qoltanba/workflows/domain';

/** The API's own document errors; the workflow's refusals (DocumentRejectionCode) pass through as is. */
export enum DocumentsErrorCode {
  NOT_FOUND = 'DOCUMENT_NOT_FOUND',
  PAYER_ACCOUNT_NOT_OWNED = 'DOCUMENT_PAYER_ACCOUNT_NOT_OWNED',
  /** The user may not prepare documents (a NONE right in an organization that does not allow it). */
  MAY_NOT_PREPARE = 'DOCUMENT_MAY_NOT_PREPARE',
  EVIDENCE_NOT_ACCEPTED = 'DOCUMENT_EVIDENCE_NOT_ACCEPTED',
  /** No signature at that position of the document's signatures. */
  SIGNATURE_NOT_FOUND = 'DOCUMENT_SIGNATURE_NOT_FOUND',
  /** The Idempotency-Key already created a document with other content or by another user. */
  IDEMPOTENCY_KEY_REUSED = 'DOCUMENT_IDEMPOTENCY_KEY_REUSED',
  /** Temporal did not answer in time; nothing was changed. */
  ENGINE_UNAVAILABLE = 'DOCUMENT_ENGINE_UNAVAILABLE',
}

/** HTTP status of each workflow refusal. */
export const REJECTION_STATUS: Record<DocumentRejectionCode, number> = {
  [DocumentRejectionCode.WRONG_STATUS]: 409,
  [DocumentRejectionCode.STALE_CONTENT]: 409,
  [DocumentRejectionCode.NO_SIGNING_RIGHT]: 403,
  [DocumentRejectionCode.ALREADY_SIGNED_BY_USER]: 409,
  [DocumentRejectionCode.SECOND_BEFORE_FIRST]: 409,
  [DocumentRejectionCode.SLOT_TAKEN]: 409,
  [DocumentRejectionCode.TOO_MANY_SIGNATURES]: 409,
  [DocumentRejectionCode.DISPATCH_NEEDS_STANDARD_EDS]: 409,
  [DocumentRejectionCode.METHOD_NOT_OF_CHANNEL]: 422,
  [DocumentRejectionCode.OTHER_ORGANIZATION]: 403,
  [DocumentRejectionCode.CHANNEL_NOT_ENABLED]: 403,
  [DocumentRejectionCode.USER_BLOCKED]: 403,
  [DocumentRejectionCode.UNKNOWN_USER]: 403,
  [DocumentRejectionCode.NOT_AUTHOR]: 403,
  [DocumentRejectionCode.EVIDENCE_INVALID]: 422,
  [DocumentRejectionCode.REASON_REQUIRED]: 400,
};
