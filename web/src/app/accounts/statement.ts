/** An account's statement (backend GET /api/accounts/:iban/statement); money as exact decimals. */
export interface StatementView {
  readonly iban: string;
  readonly currency: string;
  readonly entries: readonly StatementEntry[];
}

export interface StatementEntry {
  readonly id: string;
  readonly bookedAt: string;
  /** Signed: a debit is negative. */
  readonly amount: string;
  readonly counterpartyName?: string;
  readonly counterpartyIban?: string;
  readonly purpose?: string;
  readonly documentId?: string;
}
