export enum OrganizationsErrorCode {
  ORGANIZATION_NOT_FOUND = 'ORG_NOT_FOUND',
  BIN_IIN_INVALID = 'ORG_BIN_IIN_INVALID',
  /** A legal entity is identified by a BIN, an individual entrepreneur by an IIN. */
  BIN_IIN_KIND_MISMATCH = 'ORG_BIN_IIN_KIND_MISMATCH',
  BIN_IIN_TAKEN = 'ORG_BIN_IIN_TAKEN',
  IBAN_INVALID = 'ORG_IBAN_INVALID',
  IBAN_NOT_OUR_BANK = 'ORG_IBAN_NOT_OUR_BANK',
  IBAN_TAKEN = 'ORG_IBAN_TAKEN',
  /** Not an account of the caller's organization: another organization's is answered the same way. */
  ACCOUNT_NOT_FOUND = 'ORG_ACCOUNT_NOT_FOUND',
  /** The bank's core did not give the account's statement (unreachable, or it does not hold the account). */
  STATEMENT_UNAVAILABLE = 'ORG_STATEMENT_UNAVAILABLE',
  /** A statement's period ends before it starts. */
  STATEMENT_PERIOD_REVERSED = 'ORG_STATEMENT_PERIOD_REVERSED',
  /** Longer than a statement covers in one go (STATEMENT_MAX_DAYS). */
  STATEMENT_PERIOD_TOO_LONG = 'ORG_STATEMENT_PERIOD_TOO_LONG',
  USER_NOT_FOUND = 'ORG_USER_NOT_FOUND',
  USER_IIN_INVALID = 'ORG_USER_IIN_INVALID',
  USER_PHONE_INVALID = 'ORG_USER_PHONE_INVALID',
  USER_PHONE_TAKEN = 'ORG_USER_PHONE_TAKEN',
}
