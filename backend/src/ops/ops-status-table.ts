import { HttpStatus } from '@nestjs/common';
import { OpsErrorCode } from './ops-error-code.js';

/** HTTP status of each ops error: every one says the platform is not (yet) able to serve, to retry. */
export const OPS_STATUS: Record<OpsErrorCode, number> = {
  [OpsErrorCode.SELF_CHECK_TIMED_OUT]: HttpStatus.SERVICE_UNAVAILABLE,
  [OpsErrorCode.SELF_CHECK_FAILED]: HttpStatus.SERVICE_UNAVAILABLE,
  [OpsErrorCode.TEMPORAL_UNAVAILABLE]: HttpStatus.SERVICE_UNAVAILABLE,
};
