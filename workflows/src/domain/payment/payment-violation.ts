import type { PaymentErrorCode } from './payment-error-code.js';

/** A field of a payment order, as the API's JSON body names it (`amount` is its decimal string). */
export type PaymentField =
  | 'number'
  | 'date'
  | 'valueDate'
  | 'payerIban'
  | 'kod'
  | 'amount'
  | 'currency'
  | 'beneficiary.name'
  | 'beneficiary.binIin'
  | 'beneficiary.iban'
  | 'beneficiary.bic'
  | 'beneficiary.kbe'
  | 'knp'
  | 'kbk'
  | 'purpose';

/** One broken rule: which field, which rule, and a short English explanation. */
export interface Violation {
  readonly field: PaymentField;
  readonly code: PaymentErrorCode;
  readonly message: string;
}
