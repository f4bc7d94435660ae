import { HttpStatus } from '@nestjs/common';
import { AccessErrorCode } from './access-error-code.js';

/** HTTP status of each access refusal. */
export const ACCESS_STATUS: Record<AccessErrorCode, number> = {
  [AccessErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [AccessErrorCode.FORBIDDEN_FOR_ROLE]: HttpStatus.FORBIDDEN,
  [AccessErrorCode.CHANNEL_FUNCTION_NOT_ALLOWED]: HttpStatus.FORBIDDEN,
  [AccessErrorCode.PASSWORD_CHANGE_REQUIRED]: HttpStatus.FORBIDDEN,
};
