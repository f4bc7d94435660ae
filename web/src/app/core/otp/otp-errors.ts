import { apiProblemOf } from '../http/api-error';

/** OTP refusals (backend otp-error-code.ts) with a message of their own. */
const OTP_CODES = new Set([
  'OTP_CODE_INVALID',
  'OTP_CODE_ALREADY_USED',
  'OTP_CARD_WRONG_CELL',
  'OTP_DEVICE_BLOCKED',
  'OTP_NO_DEVICE',
  'OTP_CHALLENGE_EXPIRED',
  'OTP_CHALLENGE_STALE',
  'OTP_CHALLENGE_USED',
  'OTP_DOCUMENT_NOT_AWAITING_APPROVAL',
]);

/** The message key of an OTP refusal, or undefined for any other failure. */
export function otpErrorKey(error: unknown): string | undefined {
  const { code } = apiProblemOf(error);
  return OTP_CODES.has(code) ? `otp.errors.${code}` : undefined;
}
