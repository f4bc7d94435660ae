import type { PaymentErrorCode } from './payment-error-code.js';

/** A field of a payment order, as the API's JSON body names it (`amount` is its decimal string). */
export type PaymentField =
  | 'kind'
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
  | 'purpose'
  | 'employees'
  | `employees[${number}].${EmployeeField}`
  | 'templateId';

/** A field of one employee row, as the API's JSON body names it (`amount` is its decimal string). */
export type EmployeeField = 'iin' | 'fullName' | 'birthDate' | 'period' | 'iban' | 'amount';

/** One broken rule: which field, which rule, and a short English explanation. */
export interface Violation {
  readonly field: PaymentField;
  readonly code: PaymentErrorCode;
  readonly message: string;
}
