export enum OtpErrorCode {
  DEVICE_NOT_FOUND = 'OTP_DEVICE_NOT_FOUND',
  DEVICE_ALREADY_ASSIGNED = 'OTP_DEVICE_ALREADY_ASSIGNED',
  /** A user has one live device at a time: replace it instead of assigning another. */
  USER_HAS_DEVICE = 'OTP_USER_HAS_DEVICE',
  DEVICE_REVOKED = 'OTP_DEVICE_REVOKED',
  /** The user has no OTP device to approve with. */
  NO_DEVICE = 'OTP_NO_DEVICE',
  /** Blocked by a manager or after 5 wrong codes in a row; a manager unblocks it. */
  DEVICE_BLOCKED = 'OTP_DEVICE_BLOCKED',
  /** The code is wrong; details.attemptsLeft says how many tries remain before the device blocks. */
  CODE_INVALID = 'OTP_CODE_INVALID',
  /** That token code (or an earlier one) was already accepted: a code works once. */
  CODE_ALREADY_USED = 'OTP_CODE_ALREADY_USED',
  /** The code is another cell's than the one asked for. */
  CARD_WRONG_CELL = 'OTP_CARD_WRONG_CELL',
  CHALLENGE_NOT_FOUND = 'OTP_CHALLENGE_NOT_FOUND',
  CHALLENGE_EXPIRED = 'OTP_CHALLENGE_EXPIRED',
  /** The challenge was already answered for this document. */
  CHALLENGE_USED = 'OTP_CHALLENGE_USED',
  /** The challenge was made for other documents. */
  CHALLENGE_OTHER_DOCUMENT = 'OTP_CHALLENGE_OTHER_DOCUMENT',
  /** The document changed since the challenge was made: ask for a new one. */
  CHALLENGE_STALE = 'OTP_CHALLENGE_STALE',
  /** The challenge's device was replaced or reassigned since. */
  CHALLENGE_DEVICE_CHANGED = 'OTP_CHALLENGE_DEVICE_CHANGED',
  /** OTP approvals belong to the Light and Mobile channels (Standard signs with an EDS). */
  NOT_OFFERED_IN_CHANNEL = 'OTP_NOT_OFFERED_IN_CHANNEL',
  DOCUMENT_NOT_AWAITING_APPROVAL = 'OTP_DOCUMENT_NOT_AWAITING_APPROVAL',
  EVIDENCE_MALFORMED = 'OTP_EVIDENCE_MALFORMED',
}
