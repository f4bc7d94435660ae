/**
 * A tenge payment order (платёжное поручение / төлем тапсырмасы): every field a Kazakh payment order
 * carries. Money is integer tiyn (1 KZT = 100 tiyn); dates are ISO calendar dates (YYYY-MM-DD).
 */
export interface TengePaymentOrder {
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
}

export interface BankDirectoryEntry {
  bankCode: string;
  bic: string;
  name: string;
}
