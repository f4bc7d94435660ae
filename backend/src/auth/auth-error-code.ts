export enum AuthErrorCode {
  UNAUTHENTICATED = 'AUTH_UNAUTHENTICATED',
  /** The development identity headers are refused outside development and test. */
  DEV_IDENTITY_DISABLED = 'AUTH_DEV_IDENTITY_DISABLED',
  USER_BLOCKED = 'AUTH_USER_BLOCKED',
  CHANNEL_NOT_ENABLED = 'AUTH_CHANNEL_NOT_ENABLED',
  FORBIDDEN_FOR_ROLE = 'AUTH_FORBIDDEN_FOR_ROLE',
  /** The channel of the session does not offer this function (e.g. creating payments on Mobile). */
  CHANNEL_FUNCTION_NOT_ALLOWED = 'AUTH_CHANNEL_FUNCTION_NOT_ALLOWED',
}
