import { ApiError } from '../common/errors/api-error.js';
import type { ErrorDetails } from '../common/errors/feature-error.js';
import type { OtpErrorCode } from './otp-error-code.js';
import { OTP_STATUS } from './otp-status-table.js';

export function otpError(code: OtpErrorCode, message: string, details?: ErrorDetails): ApiError {
  return new ApiError(OTP_STATUS[code], code, message, details);
}
