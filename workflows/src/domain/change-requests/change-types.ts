/**
 * Every change a member of staff may make: managers' changes to a client and operators' dangerous
 * actions on a process. Each goes through a change request that a second member of the same desk
 * checks (four eyes) unless the bank exempts its type, and only types listed as exemptible may be:
 * rights, channels, users, accounts and operators' actions are always checked.
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
  'CANCEL_PROCESS',
  'TERMINATE_PROCESS',
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

/** Operators' actions on a process; every other type is a manager's change to a client. */
export const OPERATIONS_CHANGE_TYPES = [
  'CANCEL_PROCESS',
  'TERMINATE_PROCESS',
] as const satisfies readonly ChangeType[];

/** Whose desk a change belongs to: its maker and its checker both work there. */
export type ChangeDesk = 'MANAGERS' | 'OPERATIONS';

export function deskOf(type: ChangeType): ChangeDesk {
  return (OPERATIONS_CHANGE_TYPES as readonly ChangeType[]).includes(type) ? 'OPERATIONS' : 'MANAGERS';
}
