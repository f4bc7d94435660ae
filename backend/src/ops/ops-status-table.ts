import { HttpStatus } from '@nestjs/common';
import { OpsErrorCode } from './ops-error-code.js';

/** HTTP status of each ops error. */
export const OPS_STATUS: Record<OpsErrorCode, number> = {
  [OpsErrorCode.SELF_CHECK_TIMED_OUT]: HttpStatus.SERVICE_UNAVAILABLE,
  [OpsErrorCode.SELF_CHECK_FAILED]: HttpStatus.SERVICE_UNAVAILABLE,
  [OpsErrorCode.TEMPORAL_UNAVAILABLE]: HttpStatus.SERVICE_UNAVAILABLE,
  [OpsErrorCode.PROCESS_NOT_FOUND]: HttpStatus.NOT_FOUND,
  [OpsErrorCode.NOTHING_TO_RETRY]: HttpStatus.CONFLICT,
  [OpsErrorCode.NOT_CANCELLABLE]: HttpStatus.CONFLICT,
  [OpsErrorCode.NOT_BROKEN]: HttpStatus.CONFLICT,
  [OpsErrorCode.ALREADY_BROKEN]: HttpStatus.CONFLICT,
};
