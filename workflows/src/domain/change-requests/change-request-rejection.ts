import { ProcessRejection } from '../process/process-rejection.js';

export enum ChangeRequestRejectionCode {
  /** The maker may never check (approve or reject) their own request. */
  OWN_REQUEST = 'CHANGE_REQUEST_OWN',
  /** Only the maker amends or withdraws a request. */
  NOT_MAKER = 'CHANGE_REQUEST_NOT_MAKER',
  /** The request was amended after the checker looked at it: look again. */
  CHANGED = 'CHANGE_REQUEST_CHANGED',
  /** Already applied, rejected, withdrawn or expired. */
  DECIDED = 'CHANGE_REQUEST_DECIDED',
  /** An amendment may not turn the request into a change of another object or type. */
  TARGET_CHANGED = 'CHANGE_REQUEST_TARGET_CHANGED',
}

export class ChangeRequestRejection extends ProcessRejection {
  declare readonly code: ChangeRequestRejectionCode;

  constructor(code: ChangeRequestRejectionCode, message: string, field?: string) {
    super(code, message, field);
    this.name = 'ChangeRequestRejection';
  }
}
