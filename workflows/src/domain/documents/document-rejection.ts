import { ProcessRejection } from '../process/process-rejection.js';

/**
 * Why the document refused an action. Each is a stable code the API returns as is; the workflow
 * raises them as typed update failures and changes nothing.
 */
export enum DocumentRejectionCode {
  /** The action does not apply in the document's current status. */
  WRONG_STATUS = 'DOCUMENT_WRONG_STATUS',
  /** The signature or approval was made over another version of the content. */
  STALE_CONTENT = 'DOCUMENT_STALE_CONTENT',
  /** The edit was made over a revision someone has since replaced: it would undo their change. */
  CHANGED = 'DOCUMENT_CHANGED',
  NO_SIGNING_RIGHT = 'DOCUMENT_NO_SIGNING_RIGHT',
  ALREADY_SIGNED_BY_USER = 'DOCUMENT_ALREADY_SIGNED_BY_USER',
  SECOND_BEFORE_FIRST = 'DOCUMENT_SECOND_BEFORE_FIRST',
  /** The slot this right fills is taken (a second FIRST; SINGLE after a FIRST). */
  SLOT_TAKEN = 'DOCUMENT_SLOT_TAKEN',
  TOO_MANY_SIGNATURES = 'DOCUMENT_TOO_MANY_SIGNATURES',
  /** Only an EDS from the Standard channel can send an OTP-approved document to the bank. */
  DISPATCH_NEEDS_STANDARD_EDS = 'DOCUMENT_DISPATCH_NEEDS_STANDARD_EDS',
  /** An EDS comes only from the Standard channel, an OTP only from Light or Mobile. */
  METHOD_NOT_OF_CHANNEL = 'DOCUMENT_METHOD_NOT_OF_CHANNEL',
  OTHER_ORGANIZATION = 'DOCUMENT_OTHER_ORGANIZATION',
  CHANNEL_NOT_ENABLED = 'DOCUMENT_CHANNEL_NOT_ENABLED',
  USER_BLOCKED = 'DOCUMENT_USER_BLOCKED',
  UNKNOWN_USER = 'DOCUMENT_UNKNOWN_USER',
  /** Only the author withdraws a document. */
  NOT_AUTHOR = 'DOCUMENT_NOT_AUTHOR',
  EVIDENCE_INVALID = 'DOCUMENT_EVIDENCE_INVALID',
  REASON_REQUIRED = 'DOCUMENT_REASON_REQUIRED',
}

/** A refused action of a document: the code, a message for people, and the field concerned. */
export class DocumentRejection extends ProcessRejection {
  declare readonly code: DocumentRejectionCode;

  constructor(code: DocumentRejectionCode, message: string, field?: string) {
    super(code, message, field);
    this.name = 'DocumentRejection';
  }
}
