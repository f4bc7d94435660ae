import { ApiError, type ErrorDetails } from '../common/errors/api-error.js';
import { OTP_ERROR_STATUS, type OtpErrorCode } from './otp-error-code.js';

export function otpError(code: OtpErrorCode, message: string, details?: ErrorDetails): ApiError {
  return new ApiError(OTP_ERROR_STATUS[code], code, message, details);
}
