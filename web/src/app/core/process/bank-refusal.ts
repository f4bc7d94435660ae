/** The refusal codes the bank reports for payments and applications (contract, "Bank side"). */
export const BANK_REFUSAL_REASONS = [
  'INSUFFICIENT_FUNDS',
  'INVALID_BENEFICIARY',
  'ACCOUNT_BLOCKED',
  'ACCOUNT_NOT_FOUND',
  'REJECTED_BY_RULE',
  'LIMIT_RATE_NOT_REACHED',
  'RATE_NOT_AVAILABLE',
  'ALREADY_COMPLETED',
  'REFUSED_BY_BANK_OFFICER',
  'DOCUMENTS_INCOMPLETE',
  'AMOUNT_TOO_SMALL',
  'AMOUNT_TOO_LARGE',
] as const;

/** A bank's refusal in the client's words: its text when the code is known, else the code said as one. */
export function bankRefusal(reason: string): { key: string; params?: { reason: string } } {
  return (BANK_REFUSAL_REASONS as readonly string[]).includes(reason)
    ? { key: `bankReason.${reason}` }
    : { key: 'bankReasonOther', params: { reason } };
}
