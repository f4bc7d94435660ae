import type { ApplicationKind } from './application-kind.js';

/**
 * What each application says, as it is signed and sent: the canonical content after the domain's
 * parsing (text trimmed, IBANs and BICs normalized, amounts in integer minor units). Dates are ISO
 * calendar dates (YYYY-MM-DD). Every content carries its `kind`, so one union narrows by it.
 */

/** An exact amount: integer minor units of an ISO 4217 currency (exponent 2 for KZT, 0 for JPY). */
export interface Money {
  minor: number;
  currency: string;
}

export interface CashWithdrawal {
  kind: 'CASH_WITHDRAWAL';
  /** The organization's account the cash comes from; its currency is the amount's. */
  accountIban: string;
  amount: Money;
  /** The day the cash is collected. */
  date: string;
  /** The branch where it is collected (a code of the bank's branch directory). */
  branch: string;
  purpose: string;
}

export interface CashLodgement {
  kind: 'CASH_LODGEMENT';
  /** The organization's account the cash is paid into. */
  accountIban: string;
  amount: Money;
  date: string;
  branch: string;
  /** Where the cash comes from (revenue, loan repayment…), as the cash order states it. */
  source: string;
}

export interface TenderGuarantee {
  kind: 'TENDER_GUARANTEE';
  /** The account the bank's fee is taken from. */
  accountIban: string;
  tender: { number: string; subject: string };
  /** Who the guarantee is issued to: the tender's organizer. */
  beneficiary: { name: string; binIin: string };
  amount: Money;
  /** The last day the guarantee is valid. */
  validUntil: string;
}

export const BANK_CERTIFICATE_KINDS = ['BALANCE', 'TURNOVER', 'NO_DEBTS', 'ACCOUNT_DETAILS'] as const;
export type BankCertificateKind = (typeof BANK_CERTIFICATE_KINDS)[number];
export const CERTIFICATE_LANGUAGES = ['kk', 'ru', 'en'] as const;
export type CertificateLanguage = (typeof CERTIFICATE_LANGUAGES)[number];

export interface BankCertificateRequest {
  kind: 'BANK_CERTIFICATE';
  certificateKind: BankCertificateKind;
  /** The account the certificate is about; every account when absent (NO_DEBTS). */
  accountIban?: string;
  language: CertificateLanguage;
  /** BALANCE: the day it states the balance on. */
  asOf?: string;
  /** TURNOVER: the period. */
  from?: string;
  to?: string;
  /** Where the certificate is to be presented ("to whom it may concern" when absent). */
  addressee?: string;
}

/** New details of the organization the bank is to record; at least one of them. */
export interface BankDetailsChange {
  kind: 'BANK_DETAILS_CHANGE';
  legalAddress?: string;
  postalAddress?: string;
  phone?: string;
  email?: string;
  headName?: string;
  /** Why, or what else changes (the supporting documents are attached to a letter). */
  note?: string;
}

/** A file the client attached: stored by the platform, its type read from its content. */
export interface AttachmentRef {
  id: string;
  fileName: string;
  mediaType: 'application/pdf' | 'image/png' | 'image/jpeg';
  size: number;
  /** SHA-256 (hex) of the bytes: the signature over the content covers the file through it. */
  sha256: string;
}

export interface Letter {
  kind: 'LETTER';
  subject: string;
  body: string;
  attachments: AttachmentRef[];
}

export const CHARGES = ['OUR', 'SHA', 'BEN'] as const;
export type Charges = (typeof CHARGES)[number];

export interface ForeignTransfer {
  kind: 'FX_TRANSFER';
  /** The organization's account in the transfer's currency. */
  payerIban: string;
  amount: Money;
  valueDate: string;
  beneficiary: {
    name: string;
    address: string;
    /** ISO 3166-1 alpha-2. */
    country: string;
    /** An IBAN (checked by its country's length and mod-97) or a plain account number. */
    account: string;
  };
  /** The beneficiary's bank: SWIFT BIC (8 or 11 characters) and name. */
  bank: { bic: string; name?: string };
  charges: Charges;
  purpose: string;
  knp: string;
  /** Currency control: the contract the transfer pays under. */
  contract: {
    number: string;
    date: string;
    /** The contract's registration number: required above the bank's threshold. */
    registrationNumber?: string;
  };
}

/**
 * The rate an exchange is made at: the bank's rate when it executes, or a limit the client sets
 * (a decimal string, quote units per one base unit; see exchange-rate.ts).
 */
export type ExchangeRateChoice = { kind: 'BANK' } | { kind: 'LIMIT'; rate: string };

/**
 * Currency purchase (debit a KZT account, credit a foreign-currency one), sale (the reverse) and
 * conversion (two foreign currencies): money between two of the organization's own accounts. The
 * amount is fixed on one side; the bank computes the other at the executed rate.
 */
export interface CurrencyExchange {
  kind: 'CURRENCY_PURCHASE' | 'CURRENCY_SALE' | 'CURRENCY_CONVERSION';
  debitIban: string;
  creditIban: string;
  /** Which side the amount fixes: what is given (DEBIT) or what is received (CREDIT). */
  fixedSide: 'DEBIT' | 'CREDIT';
  /** In the currency of the fixed side's account. */
  amount: Money;
  rate: ExchangeRateChoice;
  valueDate: string;
  purpose: string;
}

/** A request to cancel an application the bank holds; names it so the timeline reads alone. */
export interface Cancellation {
  kind: 'CANCELLATION';
  applicationId: string;
  cancelledKind: Exclude<ApplicationKind, 'CANCELLATION'>;
  cancelledNumber: string;
  reason: string;
}

export type ApplicationContent =
  | CashWithdrawal
  | CashLodgement
  | TenderGuarantee
  | BankCertificateRequest
  | BankDetailsChange
  | Letter
  | ForeignTransfer
  | CurrencyExchange
  | Cancellation;

/** The content of one kind (the three exchanges share one shape). */
export type ContentOf<K extends ApplicationKind> = K extends CurrencyExchange['kind']
  ? CurrencyExchange
  : Extract<ApplicationContent, { kind: K }>;
