/** The API's own document errors; the workflow's refusals (DocumentRejectionCode) pass through as is. */
export enum DocumentsErrorCode {
  NOT_FOUND = 'DOCUMENT_NOT_FOUND',
  PAYER_ACCOUNT_NOT_OWNED = 'DOCUMENT_PAYER_ACCOUNT_NOT_OWNED',
  /** A tenge payment order is paid from a tenge account; the bank would refuse any other. */
  PAYER_ACCOUNT_NOT_TENGE = 'DOCUMENT_PAYER_ACCOUNT_NOT_TENGE',
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
