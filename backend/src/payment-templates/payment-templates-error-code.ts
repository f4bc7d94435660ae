/** Why a template was refused or not found. */
export enum PaymentTemplatesErrorCode {
  /** Not a template of the caller's organization: another organization's is answered the same way. */
  NOT_FOUND = 'TEMPLATE_NOT_FOUND',
  NAME_TAKEN = 'TEMPLATE_NAME_TAKEN',
  /** A transfer by template goes to the template's beneficiary, not another. */
  BENEFICIARY_MISMATCH = 'TEMPLATE_BENEFICIARY_MISMATCH',
}
