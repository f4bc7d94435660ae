import type { ApplicationContent, ApplicationResult } from '@qoltanba/workflows/domain';

/**
 * The platform's only door to the bank's core system, which is external to it. The default
 * implementation is a simulator over PostgreSQL (`simulator/`); a real core gets an adapter of its own.
 * Nest injects implementations by these abstract classes.
 */
export abstract class BankGateway {
  /** Idempotent by order.documentId: a repeat returns the first receipt and moves no money again. */
  abstract submitPayment(order: BankPaymentOrder): Promise<BankReceipt>;
  /** The accounts the bank knows among `ibans`, in the order asked; unknown IBANs are left out. */
  abstract getBalances(ibans: readonly string[]): Promise<AccountBalance[]>;
  /**
   * The account's latest `limit` entries, newest first; `undefined` when the bank holds no such
   * account. The bank knows nothing of organizations: whether the caller may see it is for the caller.
   */
  abstract statement(iban: string, limit: number): Promise<AccountStatement | undefined>;
  /**
   * The account's statement for Almaty days `from`–`to` (inclusive): balances at both ends and every
   * entry of the period, oldest first, at most `maxEntries` (`truncated` says more exist);
   * `undefined` when the bank holds no such account.
   */
  abstract periodStatement(
    iban: string,
    period: { from: string; to: string },
    maxEntries: number,
  ): Promise<PeriodStatement | undefined>;
  /**
   * Idempotent by order.applicationId: a repeat returns the first receipt. Progress (IN_PROGRESS,
   * DONE with the answer, REFUSED, and CANCELLED for an application a cancellation stopped) comes
   * later through the `BankApplicationStatusSink`.
   */
  abstract submitApplication(order: BankApplicationOrder): Promise<BankApplicationReceipt>;
  /** The bank's published rates, one per foreign currency it trades. */
  abstract exchangeRates(): Promise<ExchangeRate[]>;
  /**
   * Takes one of the bank's own fees from a client's tenge account. Idempotent by order.key: a fee
   * booked once answers its first receipt and takes no money again; a refused one took nothing and
   * may be asked for again later.
   */
  abstract chargeFee(order: BankFeeOrder): Promise<BankFeeReceipt>;
}

/** A fee the bank takes (the monthly internet-banking fee), in integer tiyn. */
export interface BankFeeOrder {
  /** The idempotency key, e.g. `monthly-fee-<organization>-<YYYY-MM>`. */
  key: string;
  iban: string;
  amountTiyn: number;
  /** What the client's statement says of it. */
  description: string;
}

export interface BankFeeReceipt {
  status: 'BOOKED' | 'REFUSED';
  reference?: string;
  reason?: BankRejectionReason | 'UNKNOWN_ACCOUNT';
  at: string;
}

/** A signed application as the platform hands it to the bank. */
export interface BankApplicationOrder {
  /** The application's id: the bank's idempotency key. */
  applicationId: string;
  organizationId: string;
  organization: { name: string; binIin: string };
  number: string;
  content: ApplicationContent;
}

/** The bank's answer on receiving an application: accepted for processing, or refused at once. */
export interface BankApplicationReceipt {
  reference: string;
  status: 'ACCEPTED' | 'REFUSED';
  /** A stable refusal code (INSUFFICIENT_FUNDS, ALREADY_COMPLETED, LIMIT_RATE_NOT_REACHED…). */
  reason?: string;
  at: string;
}

/** The bank's later report on an application. */
export interface BankApplicationReport {
  status: 'IN_PROGRESS' | 'DONE' | 'REFUSED' | 'CANCELLED';
  reference?: string;
  reason?: string;
  /** With DONE: what the bank answered; a file travels as bytes and the platform stores it. */
  result?: Omit<ApplicationResult, 'file'> & {
    file?: { fileName: string; mediaType: 'application/pdf'; contentBase64: string };
  };
  at: string;
}

/**
 * KZT per one unit of `currency`, as decimal text: the bank buys the currency from clients at `buy`
 * and sells it at `sell` (sell >= buy).
 */
export interface ExchangeRate {
  currency: string;
  buy: string;
  sell: string;
  updatedAt: string;
}

/** Where the bank's later reports on applications go (the application engine signals its workflow). */
export abstract class BankApplicationStatusSink {
  /** At least once, as for payments: a repeat must be a no-op; throwing means "retry later". */
  abstract report(applicationId: string, report: BankApplicationReport): Promise<void>;
}

/** A signed tenge payment order as the platform hands it to the bank. Money is integer tiyn. */
export interface BankPaymentOrder {
  /** The document's id: the bank's idempotency key. */
  documentId: string;
  organizationId: string;
  number: string;
  date: string;
  valueDate: string;
  payerIban: string;
  amountTiyn: number;
  currency: 'KZT';
  kod: string;
  beneficiary: { name: string; binIin: string; iban: string; bic: string; kbe: string };
  knp: string;
  purpose: string;
  kbk?: string;
  /** The kind of the catalogue (domain PaymentKind); absent on an ordinary payment. */
  kind?: string;
  /** Contributions and salary: the employees; a salary payment credits each one's account here. */
  employees?: { iin: string; fullName: string; amountTiyn: number; iban?: string }[];
  templateId?: string;
}

/** The bank's answer to a submission: final for intra-bank payments, `ACCEPTED` for interbank ones. */
export interface BankReceipt {
  reference: string;
  status: 'ACCEPTED' | 'EXECUTED' | 'REJECTED';
  reason?: BankRejectionReason;
  at: string;
}

export type BankRejectionReason =
  'INSUFFICIENT_FUNDS' | 'INVALID_BENEFICIARY' | 'ACCOUNT_BLOCKED' | 'REJECTED_BY_RULE';

export const BANK_REJECTION_REASONS: readonly BankRejectionReason[] = [
  'INSUFFICIENT_FUNDS',
  'INVALID_BENEFICIARY',
  'ACCOUNT_BLOCKED',
  'REJECTED_BY_RULE',
];

export interface AccountBalance {
  iban: string;
  currency: string;
  balanceTiyn: number;
  availableTiyn: number;
}

export interface AccountStatement {
  iban: string;
  currency: string;
  /** Newest first. */
  entries: StatementEntry[];
}

/** A statement for a period, as an accountant closes a month with it. */
export interface PeriodStatement {
  iban: string;
  currency: string;
  holder: { name: string; binIin: string };
  from: string;
  to: string;
  openingBalanceTiyn: number;
  closingBalanceTiyn: number;
  /** Money out and in over the whole period (positive sums). */
  debitTurnoverTiyn: number;
  creditTurnoverTiyn: number;
  /** Oldest first. */
  entries: StatementEntry[];
  /** More entries than asked for exist in the period: the balances still cover all of them. */
  truncated: boolean;
}

/** One booked movement on an account. Money is integer minor units (tiyn for KZT). */
export interface StatementEntry {
  /** The bank's id of the entry, stable across reads. */
  id: string;
  /** The account's opening entry has no purpose of its own: statements name it in their language. */
  opening?: true;
  bookedAt: string;
  /** Signed: negative debits the account, positive credits it. */
  amountTiyn: number;
  /** The account's balance right after this entry, when the bank reports it. */
  balanceAfterTiyn?: number;
  counterpartyName?: string;
  counterpartyIban?: string;
  counterpartyBinIin?: string;
  counterpartyBic?: string;
  counterpartyKbe?: string;
  knp?: string;
  /** The payment's own number and date, as its document says. */
  documentNumber?: string;
  documentDate?: string;
  purpose?: string;
  /** The platform document whose payment this entry books; none for the bank's own entries. */
  documentId?: string;
}

/** Where the bank's later reports go (the document engine signals the document's workflow). */
export abstract class BankStatusSink {
  /**
   * Delivery is at least once: a report whose acknowledgement was lost (a crash right after it)
   * comes again, so the receiver must treat a repeat of a status it already has as a no-op.
   * Throwing means "not delivered": the same report is retried later.
   */
  abstract report(
    documentId: string,
    report: { status: 'ACCEPTED' | 'EXECUTED' | 'REJECTED'; reference?: string; reason?: string; at: string },
  ): Promise<void>;
}

export type BankStatusReport = Parameters<BankStatusSink['report']>[1];

/** The order breaks the contract itself (not a bank decision): retrying it cannot succeed. */
export class InvalidBankOrderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidBankOrderError';
  }
}
