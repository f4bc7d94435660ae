import type { PaymentKind } from './payment-kind.js';

/**
 * A tenge payment order (платёжное поручение / төлем тапсырмасы): every field a Kazakh payment order
 * carries. Money is integer tiyn (1 KZT = 100 tiyn); dates are ISO calendar dates (YYYY-MM-DD).
 */
export interface TengePaymentOrder {
  /** Which payment of the catalogue this is; absent on orders made before it, which are ORDINARY. */
  kind?: PaymentKind;
  /** The client's own document number. */
  number: string;
  /** Document date. */
  date: string;
  /** Value date (дата валютирования): when the bank is to execute it. */
  valueDate: string;
  /** The paying account: one of the organization's IBANs at this bank. */
  payerIban: string;
  /** Sender code (КОд): residency digit (1 resident, 2 non-resident) and economic sector 1–9. */
  kod: string;
  /**
   * The amount in integer tiyn. The API's JSON body carries it as decimal text named `amount`
   * (see parseTengePaymentOrderRequest), and violations of it name the field `amount`.
   */
  amountTiyn: number;
  currency: 'KZT';
  beneficiary: Beneficiary;
  /** Payment purpose code (КНП), from the editable catalogue. */
  knp: string;
  /** Payment purpose text (назначение платежа). */
  purpose: string;
  /** Budget classification code (КБК), 6 digits: required for budget payments, absent otherwise. */
  kbk?: string;
  /** The employees a contribution or salary payment is for; the amount is their total. */
  employees?: EmployeeRow[];
  /** The organization's template a TEMPLATE_TRANSFER was made from. */
  templateId?: string;
}

/**
 * One employee of a list: contributions carry the birth date and the period (month) they are for;
 * salary carries the employee's account at this bank.
 */
export interface EmployeeRow {
  iin: string;
  fullName: string;
  amountTiyn: number;
  /** Contributions: YYYY-MM-DD, as the IIN encodes it. */
  birthDate?: string;
  /** Contributions: the month paid for, MMYYYY. */
  period?: string;
  /** Salary: the employee's account (IBAN) at this bank. */
  iban?: string;
}

export interface Beneficiary {
  name: string;
  /** The beneficiary's BIN (legal entity) or IIN (individual). */
  binIin: string;
  iban: string;
  /** BIC of the beneficiary's bank; must be the bank the IBAN's bank code names. */
  bic: string;
  /** Beneficiary code (КБе): residency digit and economic sector 1–9. */
  kbe: string;
}

/** Reference data a payment is validated against; the backend loads it from PostgreSQL. */
export interface PaymentValidationContext {
  /** Today in Asia/Almaty, the bank's operating day. */
  today: string;
  /** Purpose codes currently accepted (the catalogue is editable by the bank). */
  knpCatalogue: ReadonlySet<string>;
  /** Kazakh banks by their 3-digit IBAN bank code. */
  bankDirectory: ReadonlyMap<string, BankDirectoryEntry>;
  /** This bank's IBAN code: salary, card top-ups and template transfers stay inside it. */
  ownBankCode: string;
  /** Budget classification codes currently accepted (editable by the bank). */
  kbkCatalogue: ReadonlySet<string>;
  /** BINs of the state revenue offices budget payments may go to (editable by the bank). */
  taxOffices: ReadonlySet<string>;
}

export interface BankDirectoryEntry {
  bankCode: string;
  bic: string;
  name: string;
}
