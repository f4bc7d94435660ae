/** The answer to `POST /api/{documents|applications}/:id/otp-challenges` (backend otp/dto/otp-challenge.view.ts). */
export interface OtpChallenge {
  readonly challengeId: string;
  readonly expiresAt: string;
  /** The token's current code, or the code in the named cell of the card. */
  readonly device: 'TOKEN' | { readonly card: number; readonly serial: string };
  /** What the code approves: the amount (a batch: the total) and the payee. */
  readonly amount?: string;
  readonly payee?: { readonly name: string; readonly iban: string; readonly binIin: string };
  readonly documents: readonly {
    readonly documentId: string;
    readonly number: string;
    readonly amount: string;
    readonly payee: { readonly name: string; readonly iban: string; readonly binIin: string };
    readonly contentHash: string;
  }[];
  readonly digest: string;
}
