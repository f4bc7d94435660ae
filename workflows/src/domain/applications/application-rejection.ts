import { ProcessRejection } from '../process/process-rejection.js';

/**
 * Why an application refused an action that the shared signature rules do not cover (those keep
 * their DOCUMENT_* codes: one policy, one set of codes for documents and applications).
 */
export enum ApplicationRejectionCode {
  WRONG_STATUS = 'APPLICATION_WRONG_STATUS',
  /** The edit was made over a revision someone has since replaced: it would undo their change. */
  CHANGED = 'APPLICATION_CHANGED',
  /** An edit must keep the application's kind. */
  KIND_CHANGED = 'APPLICATION_KIND_CHANGED',
  NOT_AUTHOR = 'APPLICATION_NOT_AUTHOR',
  REASON_REQUIRED = 'APPLICATION_REASON_REQUIRED',
  /** Only an application the bank holds (sent, accepted, in progress) can be cancelled. */
  NOT_CANCELLABLE = 'APPLICATION_NOT_CANCELLABLE',
  /** A cancellation of it is already on its way. */
  CANCELLATION_PENDING = 'APPLICATION_CANCELLATION_PENDING',
}

export class ApplicationRejection extends ProcessRejection {
  declare readonly code: ApplicationRejectionCode;

  constructor(code: ApplicationRejectionCode, message: string, field?: string) {
    super(code, message, field);
    this.name = 'ApplicationRejection';
  }
}
