import { HttpStatus } from '@nestjs/common';
import { AuthErrorCode } from './auth-error-code.js';

/** HTTP status of each auth error. */
export const AUTH_STATUS: Record<AuthErrorCode, number> = {
  [AuthErrorCode.SESSION_EXPIRED]: HttpStatus.UNAUTHORIZED,
  [AuthErrorCode.DEV_IDENTITY_DISABLED]: HttpStatus.UNAUTHORIZED,
  [AuthErrorCode.INVALID_CREDENTIALS]: HttpStatus.UNAUTHORIZED,
  [AuthErrorCode.TOO_MANY_ATTEMPTS]: HttpStatus.TOO_MANY_REQUESTS,
  [AuthErrorCode.USER_BLOCKED]: HttpStatus.FORBIDDEN,
  [AuthErrorCode.CHANNEL_NOT_ENABLED]: HttpStatus.FORBIDDEN,
  [AuthErrorCode.CSRF_TOKEN_INVALID]: HttpStatus.FORBIDDEN,
  [AuthErrorCode.PASSWORD_POLICY_VIOLATED]: HttpStatus.UNPROCESSABLE_ENTITY,
  [AuthErrorCode.CURRENT_PASSWORD_WRONG]: HttpStatus.FORBIDDEN,
  [AuthErrorCode.USER_HAS_NO_PHONE]: HttpStatus.UNPROCESSABLE_ENTITY,
};
