import { type CalendarDate, epochDay } from '../calendar/iso-date.js';
import { firstWorkingDayOf } from './working-days.js';

/**
 * The bank's tariff (seed 000, domain §9): Light and Mobile cost nothing to connect; the monthly fee
 * is 0 KZT for a client connected to the Standard channel and 200 KZT for one without it.
 */
export const FEE_PLANS = ['STANDARD_CONNECTED', 'WITHOUT_STANDARD'] as const;
export type FeePlan = (typeof FEE_PLANS)[number];

export const MONTHLY_FEE_TIYN: Readonly<Record<FeePlan, number>> = {
  STANDARD_CONNECTED: 0,
  WITHOUT_STANDARD: 200_00,
};

export function feePlanOf(standardConnected: boolean): FeePlan {
  return standardConnected ? 'STANDARD_CONNECTED' : 'WITHOUT_STANDARD';
}

/** `YYYY-MM`: the month a fee is for. */
export function feeMonthOf(date: CalendarDate): string {
  return `${date.year}-${String(date.month).padStart(2, '0')}`;
}

/**
 * Whether the month's fee is due on this day (Almaty): from its first working day on. A charge the
 * bank refused is tried again each following day of the month until it goes through.
 */
export function isFeeDue(date: CalendarDate): boolean {
  return epochDay(date) >= epochDay(firstWorkingDayOf(date.year, date.month));
}
