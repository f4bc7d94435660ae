/** An account with its balance (backend organizations/dto/account.view.ts); money as exact decimals. */
export interface AccountView {
  readonly id: string;
  readonly iban: string;
  readonly currency: string;
  readonly title: string;
  /** Absent when the bank's core did not answer for this account. */
  readonly balance?: {
    readonly balanceTiyn: number;
    readonly availableTiyn: number;
    readonly balance: string;
    readonly available: string;
  };
}
