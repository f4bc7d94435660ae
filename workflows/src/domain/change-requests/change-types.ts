/**
 * Every change a manager may make to a client. Each goes through a change request that a second
 * manager checks (four eyes) unless the bank exempts its type, and only types listed as
 * exemptible may be: rights, channels, users and accounts are always checked.
 */
export const CHANGE_TYPES = [
  'ONBOARD_CLIENT',
  'ADD_ACCOUNT',
  'CLOSE_ACCOUNT',
  'ADD_USER',
  'CHANGE_USER_ACCESS',
  'BLOCK_USER',
  'UNBLOCK_USER',
  'BLOCK_OTP_DEVICE',
  'UNBLOCK_OTP_DEVICE',
  'REPLACE_OTP_DEVICE',
  'SEND_TEMPORARY_PASSWORD',
  'REVOKE_CERTIFICATE',
  'ISSUE_OTP_DEVICE',
  'ISSUE_STANDARD_CREDENTIALS',
  'ISSUE_REGISTRATION_CREDENTIALS',
  'REGISTER_CERTIFICATE',
  'START_TOKEN_REISSUE',
  'CANCEL_TOKEN_REGISTRATION',
] as const;
export type ChangeType = (typeof CHANGE_TYPES)[number];

/**
 * Low-risk changes a bank may let a manager make alone: a temporary password goes only to the
 * user's own phone, while blocking a lost OTP device and cancelling a token registration only take
 * a power away — each is urgent for the client and none grants anything.
 */
export const EXEMPTIBLE_CHANGE_TYPES = [
  'SEND_TEMPORARY_PASSWORD',
  'BLOCK_OTP_DEVICE',
  'CANCEL_TOKEN_REGISTRATION',
] as const satisfies readonly ChangeType[];
export type ExemptibleChangeType = (typeof EXEMPTIBLE_CHANGE_TYPES)[number];

export function isExemptible(type: ChangeType): type is ExemptibleChangeType {
  return (EXEMPTIBLE_CHANGE_TYPES as readonly ChangeType[]).includes(type);
}
