import { HttpStatus } from '@nestjs/common';
import { ChangeRequestRejectionCode as Rejection } from '@qoltanba/workflows/domain';
import { ChangeRequestsErrorCode as Code } from './change-requests-error-code.js';

/** HTTP status of each change-request error, the API's and the workflow's. */
export const CHANGE_REQUESTS_STATUS: Record<Code | Rejection, number> = {
  [Code.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [Code.DUPLICATE]: HttpStatus.CONFLICT,
  [Code.NOTHING_TO_CHANGE]: HttpStatus.UNPROCESSABLE_ENTITY,
  [Code.WRONG_STATE]: HttpStatus.CONFLICT,
  [Code.FINISHED]: HttpStatus.CONFLICT,
  [Code.ENGINE_UNAVAILABLE]: HttpStatus.SERVICE_UNAVAILABLE,
  [Code.APPLY_UNAVAILABLE]: HttpStatus.SERVICE_UNAVAILABLE,
  [Code.ENVELOPE_GONE]: HttpStatus.GONE,
  [Code.ENVELOPE_NOT_PRINTABLE]: HttpStatus.UNPROCESSABLE_ENTITY,
  [Code.NOT_EXEMPTIBLE]: HttpStatus.UNPROCESSABLE_ENTITY,
  [Code.WRONG_DESK]: HttpStatus.FORBIDDEN,
  [Rejection.OWN_REQUEST]: HttpStatus.FORBIDDEN,
  [Rejection.NOT_MAKER]: HttpStatus.FORBIDDEN,
  [Rejection.CHANGED]: HttpStatus.CONFLICT,
  [Rejection.DECIDED]: HttpStatus.CONFLICT,
  [Rejection.TARGET_CHANGED]: HttpStatus.UNPROCESSABLE_ENTITY,
};
