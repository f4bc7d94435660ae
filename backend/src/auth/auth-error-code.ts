/** Log-in, sessions and passwords; the door's own refusals are AccessErrorCode (access/). */
export enum AuthErrorCode {
  /** The session cookie names a session that ended: idle too long, past its cap, logged out or revoked. */
  SESSION_EXPIRED = 'AUTH_SESSION_EXPIRED',
  /** The development identity headers are accepted only by the test suite's API (NODE_ENV=test). */
  DEV_IDENTITY_DISABLED = 'AUTH_DEV_IDENTITY_DISABLED',
  /** Log-in refused; deliberately silent about which of login, organization or password was wrong. */
  INVALID_CREDENTIALS = 'AUTH_INVALID_CREDENTIALS',
  /** Too many failed log-ins from this address or for this account; try again later. */
  TOO_MANY_ATTEMPTS = 'AUTH_TOO_MANY_ATTEMPTS',
  USER_BLOCKED = 'AUTH_USER_BLOCKED',
  CHANNEL_NOT_ENABLED = 'AUTH_CHANNEL_NOT_ENABLED',
  /** A state-changing request with the session cookie but without the session's X-CSRF-Token. */
  CSRF_TOKEN_INVALID = 'AUTH_CSRF_TOKEN_INVALID',
  PASSWORD_POLICY_VIOLATED = 'AUTH_PASSWORD_POLICY_VIOLATED',
  CURRENT_PASSWORD_WRONG = 'AUTH_CURRENT_PASSWORD_WRONG',
  /** A temporary password goes by SMS: the user needs a mobile number and the Light or Mobile channel. */
  USER_HAS_NO_PHONE = 'AUTH_USER_HAS_NO_PHONE',
}
