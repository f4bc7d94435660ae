/**
 * The statuses of a payment on its way out of an account that the bank does not hold yet: its money
 * is still in the available balance. A draft is not counted (it may never be sent); once the bank
 * accepts a payment it holds the money itself, and the available balance already leaves it out.
 */
export const PLANNED_PAYMENT_STATUSES = ['SENT_TO_BANK', 'SIGNED', 'AWAITING_SIGNATURES'] as const;
/**
 * An application's money leaves the account only when the bank executes it (DONE): until then,
 * accepted or in progress included, it is still in the available balance.
 */
export const PLANNED_APPLICATION_STATUSES = [
  'IN_PROGRESS',
  'ACCEPTED',
  'SENT_TO_BANK',
  'SIGNED',
  'AWAITING_SIGNATURES',
] as const;
/** Every status counted, in the order a day lists them: the closest to leaving first. */
export const PLANNED_STATUSES = PLANNED_APPLICATION_STATUSES;
export type PlannedStatus = (typeof PLANNED_STATUSES)[number];

/**
 * The applications that take tenge from an account by a known amount: a cash withdrawal, and a
 * currency purchase whose tenge side is fixed (one fixed on the currency side costs tenge at the
 * bank's rate of the day, known only then).
 */
export const PLANNED_APPLICATION_KINDS = ['CASH_WITHDRAWAL', 'CURRENCY_PURCHASE'] as const;
export type PlannedApplicationKind = (typeof PLANNED_APPLICATION_KINDS)[number];

/** A day lists this many of its payments at most (its total counts them all): a forecast, not a ledger. */
export const LISTED_PER_DAY = 50;

/** A payment or an application that takes money from the account, still to leave it. */
export interface PlannedPayment {
  readonly id: string;
  /** An application's kind; absent for a payment order. */
  readonly application?: PlannedApplicationKind;
  readonly number: string;
  /** A payment order's beneficiary. */
  readonly beneficiaryName?: string;
  /** Integer tiyn. */
  readonly amountTiyn: number;
  /** A payment's value date, a cash withdrawal's day, a purchase's value date. */
  readonly valueDate: string;
  readonly status: PlannedStatus;
}

/**
 * One day's payments as the read model sums them: every one in the total and the count, the first
 * ones listed (those already with the bank first).
 */
export interface PlannedDay {
  readonly date: string;
  readonly totalTiyn: number;
  readonly count: number;
  readonly listed: readonly PlannedPayment[];
}

/** One day of the forecast: what leaves the account that day and what is left after it. */
export interface ForecastDay {
  readonly date: string;
  readonly payments: readonly PlannedPayment[];
  /** The day's payments not listed; its total counts them. */
  readonly more: number;
  readonly outgoingTiyn: number;
  /** The available balance after this day's payments and every earlier day's. */
  readonly closingTiyn: number;
}

/** The account's available balance day by day, in date order, as each day's payments leave it. */
export function forecastDays(availableTiyn: number, days: readonly PlannedDay[]): ForecastDay[] {
  let closingTiyn = availableTiyn;
  return [...days]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((day) => {
      closingTiyn -= day.totalTiyn;
      return {
        date: day.date,
        payments: day.listed,
        more: day.count - day.listed.length,
        outgoingTiyn: day.totalTiyn,
        closingTiyn,
      };
    });
}
