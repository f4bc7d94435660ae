/** Errors of token registration's API; the workflow's own refusals are RegistrationRejectionCode. */
export enum RegistrationsErrorCode {
  /** The user ID or the OTP card's PIN is wrong: deliberately silent about which. */
  CREDENTIALS_INVALID = 'REGISTRATION_CREDENTIALS_INVALID',
  /** Five wrong PINs blocked the OTP card; the branch unblocks or replaces it. */
  CARD_BLOCKED = 'REGISTRATION_CARD_BLOCKED',
  /** The wizard's access key is missing, unknown or past its time: enter the credentials again. */
  ACCESS_INVALID = 'REGISTRATION_ACCESS_INVALID',
  USER_BLOCKED = 'REGISTRATION_USER_BLOCKED',
  /** Tokens are registered for the Standard channel only. */
  STANDARD_NOT_ENABLED = 'REGISTRATION_STANDARD_NOT_ENABLED',
  /** The registration PIN is the OTP card's: the user needs one before a user ID is issued. */
  NO_OTP_CARD = 'REGISTRATION_NO_OTP_CARD',
  NOT_FOUND = 'REGISTRATION_NOT_FOUND',
  /** A reissue ends in a new registration: the user needs a registration user ID for it. */
  NO_REGISTRATION_ID = 'REGISTRATION_NO_REGISTRATION_ID',
  /** A reissue waits for its token step or the formatting: the registration comes after it. */
  REISSUE_IN_PROGRESS = 'REGISTRATION_REISSUE_IN_PROGRESS',
  /** A national certificate outside its validity period. */
  NATIONAL_NOT_VALID = 'REGISTRATION_NATIONAL_NOT_VALID',
  /** A national certificate that does not chain to a national root the bank trusts. */
  NATIONAL_UNTRUSTED = 'REGISTRATION_NATIONAL_UNTRUSTED',
  ENGINE_UNAVAILABLE = 'REGISTRATION_ENGINE_UNAVAILABLE',
}
