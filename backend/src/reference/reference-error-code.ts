/** Why bank staff's change to the reference data was refused. */
export enum ReferenceErrorCode {
  /** The platform's own bank comes from its configuration (BANK_CODE, BANK_BIC, BANK_NAME). */
  OWN_BANK_FIXED = 'REFERENCE_OWN_BANK_FIXED',
  /** Another bank of the directory has this BIC. */
  BIC_TAKEN = 'REFERENCE_BIC_TAKEN',
  BIC_INVALID = 'REFERENCE_BIC_INVALID',
  BIN_INVALID = 'REFERENCE_BIN_INVALID',
  NOT_FOUND = 'REFERENCE_NOT_FOUND',
}
