/** Why the door refused a request: the access layer's own codes, below every feature. */
export enum AccessErrorCode {
  UNAUTHENTICATED = 'AUTH_UNAUTHENTICATED',
  FORBIDDEN_FOR_ROLE = 'AUTH_FORBIDDEN_FOR_ROLE',
  /** The channel of the session does not offer this function (e.g. creating payments on Mobile). */
  CHANNEL_FUNCTION_NOT_ALLOWED = 'AUTH_CHANNEL_FUNCTION_NOT_ALLOWED',
  /** First log-in: the temporary or issued password must be changed before anything else. */
  PASSWORD_CHANGE_REQUIRED = 'AUTH_PASSWORD_CHANGE_REQUIRED',
}
