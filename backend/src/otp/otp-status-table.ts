import { HttpStatus } from '@nestjs/common';
import { OtpErrorCode } from './otp-error-code.js';

/** HTTP status of each OTP error. */
export const OTP_STATUS: Record<OtpErrorCode, number> = {
  [OtpErrorCode.DEVICE_NOT_FOUND]: HttpStatus.NOT_FOUND,
  [OtpErrorCode.DEVICE_ALREADY_ASSIGNED]: HttpStatus.CONFLICT,
  [OtpErrorCode.USER_HAS_DEVICE]: HttpStatus.CONFLICT,
  [OtpErrorCode.DEVICE_REVOKED]: HttpStatus.CONFLICT,
  [OtpErrorCode.NO_DEVICE]: HttpStatus.CONFLICT,
  [OtpErrorCode.DEVICE_BLOCKED]: HttpStatus.FORBIDDEN,
  [OtpErrorCode.CODE_INVALID]: HttpStatus.UNPROCESSABLE_ENTITY,
  [OtpErrorCode.CODE_ALREADY_USED]: HttpStatus.UNPROCESSABLE_ENTITY,
  [OtpErrorCode.CARD_WRONG_CELL]: HttpStatus.UNPROCESSABLE_ENTITY,
  [OtpErrorCode.CHALLENGE_NOT_FOUND]: HttpStatus.NOT_FOUND,
  [OtpErrorCode.CHALLENGE_EXPIRED]: HttpStatus.GONE,
  [OtpErrorCode.CHALLENGE_USED]: HttpStatus.CONFLICT,
  [OtpErrorCode.CHALLENGE_OTHER_DOCUMENT]: HttpStatus.UNPROCESSABLE_ENTITY,
  [OtpErrorCode.CHALLENGE_STALE]: HttpStatus.CONFLICT,
  [OtpErrorCode.CHALLENGE_DEVICE_CHANGED]: HttpStatus.CONFLICT,
  [OtpErrorCode.NOT_OFFERED_IN_CHANNEL]: HttpStatus.FORBIDDEN,
  [OtpErrorCode.DOCUMENT_NOT_AWAITING_APPROVAL]: HttpStatus.CONFLICT,
  [OtpErrorCode.EVIDENCE_MALFORMED]: HttpStatus.BAD_REQUEST,
};
