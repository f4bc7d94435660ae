/** What the simulator control API answers when a request cannot be carried out; `details.field` names the field. */
export enum BankSimulatorErrorCode {
  ACCOUNT_NOT_FOUND = 'BANK_SIM_ACCOUNT_NOT_FOUND',
  ACCOUNT_EXISTS = 'BANK_SIM_ACCOUNT_EXISTS',
  /** The IBAN's bank code is not the simulated bank's: it cannot hold that account. */
  FOREIGN_ACCOUNT = 'BANK_SIM_FOREIGN_ACCOUNT',
  /** The change would take the balance below zero; the simulated bank grants no overdrafts. */
  NEGATIVE_BALANCE = 'BANK_SIM_NEGATIVE_BALANCE',
  /** The balance would pass 2^53 - 1 tiyn, beyond what an exact integer amount holds. */
  BALANCE_TOO_LARGE = 'BANK_SIM_BALANCE_TOO_LARGE',
  /** A rejection rule must name a payer IBAN, a beneficiary IBAN or both. */
  RULE_WITHOUT_CRITERIA = 'BANK_SIM_RULE_WITHOUT_CRITERIA',
  RULE_NOT_FOUND = 'BANK_SIM_RULE_NOT_FOUND',
  PAYMENT_NOT_FOUND = 'BANK_SIM_PAYMENT_NOT_FOUND',
  APPLICATION_NOT_FOUND = 'BANK_SIM_APPLICATION_NOT_FOUND',
  /** A rate is a positive decimal with at most 6 places, and the bank sells at or above its buying rate. */
  RATE_INVALID = 'BANK_SIM_RATE_INVALID',
  /** A DELAY rule needs delayMs; a REFUSE rule needs a reason. */
  RULE_INCOMPLETE = 'BANK_SIM_RULE_INCOMPLETE',
}
