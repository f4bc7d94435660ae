import type { BankDirectoryEntry } from '../payment/tenge-payment-order.js';

/**
 * The starting bank directory: Kazakh banks by the 3-digit code inside their clients' IBANs, with
 * their BICs. The bank keeps the real, complete directory (every second-tier bank, the National
 * Bank's updates) in its database and passes it to validation; this list seeds development and
 * tests. It holds only codes that the reference material shows in a real IBAN of that bank, so
 * none is guessed.
 */

/** Our own simulated bank: the one whose clients use this platform. Code and BIC are not real ones. */
export const QOLTANBA_BANK: BankDirectoryEntry = Object.freeze({
  bankCode: '998',
  bic: 'QOLTKZKA',
  name: 'Qoltanba Bank',
});

/** Beneficiary BIC of budget payments (taxes and other payments to the state budget). */
export const TREASURY_BIC = 'KKMFKZ2A';

export const KZ_BANKS: readonly BankDirectoryEntry[] = Object.freeze([
  QOLTANBA_BANK,
  // KZ476010131000179714
  Object.freeze({ bankCode: '601', bic: 'HSBKKZKX', name: 'Halyk Bank' }),
  // KZ86722C000016068502
  Object.freeze({ bankCode: '722', bic: 'CASPKZKA', name: 'Kaspi Bank' }),
  // KZ698562203124676325
  Object.freeze({ bankCode: '856', bic: 'KCJBKZKX', name: 'Bank CenterCredit' }),
  // KZ24070105KSN0000000: the state budget's account for tax payments.
  Object.freeze({
    bankCode: '070',
    bic: TREASURY_BIC,
    name: 'Committee of the Treasury of the Ministry of Finance',
  }),
  // KZ12009NPS0413609816 (pensions), KZ67009SS00368609110 (social contributions).
  Object.freeze({ bankCode: '009', bic: 'GCVPKZ2A', name: 'State Corporation "Government for Citizens"' }),
]);

/** A directory keyed by bank code, the shape validation takes. */
export function bankDirectoryOf(
  entries: Iterable<BankDirectoryEntry>,
): ReadonlyMap<string, BankDirectoryEntry> {
  return new Map([...entries].map((entry) => [entry.bankCode, entry]));
}
