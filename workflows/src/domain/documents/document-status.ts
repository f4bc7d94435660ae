export const DOCUMENT_STATUSES = [
  'DRAFT',
  'AWAITING_SIGNATURES',
  /** Complete set of signatures; if none of them is an EDS, waiting for a Standard signer's EDS. */
  'SIGNED',
  'SENT_TO_BANK',
  'ACCEPTED',
  'EXECUTED',
  'REJECTED_BY_BANK',
  /** Refused by one of the organization's signers, with a reason. */
  'REJECTED',
  /** Taken back by its author before completion. */
  'WITHDRAWN',
  /** No complete set of signatures before the deadline. */
  'EXPIRED',
  /** Stopped by the bank's operations staff (checked by a second operator) before it reached the bank. */
  'CANCELLED',
] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export const FINAL_STATUSES: ReadonlySet<DocumentStatus> = new Set([
  'EXECUTED',
  'REJECTED_BY_BANK',
  'REJECTED',
  'WITHDRAWN',
  'EXPIRED',
  'CANCELLED',
]);

export const DOCUMENT_TYPES = ['TENGE_PAYMENT'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
