import { HttpStatus } from '@nestjs/common';
import { RegistrationRejectionCode as Rejection } from '@qoltanba/workflows/domain';
import { RegistrationsErrorCode as Code } from './registrations-error-code.js';

/** HTTP status of each registration error, the API's and the workflow's. */
export const REGISTRATIONS_STATUS: Record<Code | Rejection, number> = {
  [Code.CREDENTIALS_INVALID]: HttpStatus.UNAUTHORIZED,
  [Code.CARD_BLOCKED]: HttpStatus.FORBIDDEN,
  [Code.ACCESS_INVALID]: HttpStatus.UNAUTHORIZED,
  [Code.USER_BLOCKED]: HttpStatus.FORBIDDEN,
  [Code.STANDARD_NOT_ENABLED]: HttpStatus.FORBIDDEN,
  [Code.NO_OTP_CARD]: HttpStatus.UNPROCESSABLE_ENTITY,
  [Code.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [Code.NO_REGISTRATION_ID]: HttpStatus.UNPROCESSABLE_ENTITY,
  [Code.REISSUE_IN_PROGRESS]: HttpStatus.CONFLICT,
  [Code.NATIONAL_NOT_VALID]: HttpStatus.UNPROCESSABLE_ENTITY,
  [Code.NATIONAL_UNTRUSTED]: HttpStatus.UNPROCESSABLE_ENTITY,
  [Code.ENGINE_UNAVAILABLE]: HttpStatus.SERVICE_UNAVAILABLE,
  [Rejection.WRONG_STEP]: HttpStatus.CONFLICT,
  [Rejection.FINISHED]: HttpStatus.CONFLICT,
  [Rejection.NO_TOKEN]: HttpStatus.UNPROCESSABLE_ENTITY,
  [Rejection.MULTIPLE_TOKENS]: HttpStatus.UNPROCESSABLE_ENTITY,
  [Rejection.OTHER_TOKEN]: HttpStatus.UNPROCESSABLE_ENTITY,
  [Rejection.REQUEST_MALFORMED]: HttpStatus.UNPROCESSABLE_ENTITY,
};
