import { ProcessRejection } from '../process/process-rejection.js';

/** Why a registration step is refused; the API answers these codes as they are. */
export enum RegistrationRejectionCode {
  /** The step is not the one the registration waits for (the wizard shows the current one). */
  WRONG_STEP = 'REGISTRATION_WRONG_STEP',
  /** No token, or more than one: another organization's token would be written to, or wiped. */
  NO_TOKEN = 'REGISTRATION_NO_TOKEN',
  MULTIPLE_TOKENS = 'REGISTRATION_MULTIPLE_TOKENS',
  /** The token is not the one the registration chose. */
  OTHER_TOKEN = 'REGISTRATION_OTHER_TOKEN',
  REQUEST_MALFORMED = 'REGISTRATION_REQUEST_MALFORMED',
  FINISHED = 'REGISTRATION_FINISHED',
}

export class RegistrationRejection extends ProcessRejection {
  declare readonly code: RegistrationRejectionCode;

  constructor(code: RegistrationRejectionCode, message: string, field?: string) {
    super(code, message, field);
    this.name = 'RegistrationRejection';
  }
}
