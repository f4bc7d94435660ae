/**
 * The statuses of a payment on its way out of an account that the bank does not hold yet: its money
 * is still in the available balance. A draft is not counted (it may never be sent); once the bank
 * accepts a payment it holds the money itself, and the available balance already leaves it out.
 */
export const PLANNED_STATUSES = ['AWAITING_SIGNATURES', 'SIGNED', 'SENT_TO_BANK'] as const;
export type PlannedStatus = (typeof PLANNED_STATUSES)[number];

/** A payment from the account, still to leave it. */
export interface PlannedPayment {
  readonly id: string;
  readonly number: string;
  readonly beneficiaryName: string;
  /** Integer tiyn. */
  readonly amountTiyn: number;
  readonly valueDate: string;
  readonly status: PlannedStatus;
}

/** One day of the forecast: what leaves the account that day and what is left after it. */
export interface ForecastDay {
  readonly date: string;
  readonly payments: readonly PlannedPayment[];
  readonly outgoingTiyn: number;
  /** The available balance after this day's payments and every earlier day's. */
  readonly closingTiyn: number;
}

/**
 * The account's available balance day by day, from today, as the payments on their way leave it:
 * one day per value date that has payments (a value date already past counts today, where such a
 * payment can still leave), in date order, and within a day those already with the bank first.
 */
export function forecastDays(
  availableTiyn: number,
  payments: readonly PlannedPayment[],
  today: string,
): ForecastDay[] {
  const byDay = new Map<string, PlannedPayment[]>();
  for (const payment of payments) {
    const day = payment.valueDate < today ? today : payment.valueDate;
    byDay.set(day, [...(byDay.get(day) ?? []), payment]);
  }
  let closingTiyn = availableTiyn;
  return [...byDay.keys()].sort().map((date) => {
    const due = byDay
      .get(date)!
      .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.number.localeCompare(b.number));
    const outgoingTiyn = due.reduce((sum, payment) => sum + payment.amountTiyn, 0);
    closingTiyn -= outgoingTiyn;
    return { date, payments: due, outgoingTiyn, closingTiyn };
  });
}

/** The closest first: sent to the bank, then signed, then still awaiting signatures. */
const STATUS_ORDER: Record<PlannedStatus, number> = { SENT_TO_BANK: 0, SIGNED: 1, AWAITING_SIGNATURES: 2 };
