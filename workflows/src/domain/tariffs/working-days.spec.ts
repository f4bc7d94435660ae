import { describe, expect, it } from '@jest/globals';
import { parseIsoDate } from '../calendar/iso-date.js';
import { feeMonthOf, feePlanOf, isFeeDue, MONTHLY_FEE_TIYN } from './monthly-fee.js';
import { firstWorkingDayOf, isWorkingDay } from './working-days.js';

const day = (text: string) => parseIsoDate(text)!;

describe('the monthly fee’s calendar', () => {
  it('counts Monday to Friday as working days, never a weekend or a fixed public holiday', () => {
    expect(isWorkingDay(day('2026-12-04'))).toBe(true); // Friday
    expect(isWorkingDay(day('2026-12-05'))).toBe(false); // Saturday
    expect(isWorkingDay(day('2026-12-06'))).toBe(false); // Sunday
    expect(isWorkingDay(day('2026-12-16'))).toBe(false); // Independence Day, a Wednesday
    expect(isWorkingDay(day('2027-03-22'))).toBe(false); // Nauryz, a Monday
  });

  it('finds the first working day of a month past New Year, weekends and holidays', () => {
    expect(firstWorkingDayOf(2027, 1)).toEqual(day('2027-01-04')); // 1–2 holidays, 3 a Sunday
    expect(firstWorkingDayOf(2026, 11)).toEqual(day('2026-11-02')); // the 1st a Sunday
    expect(firstWorkingDayOf(2026, 12)).toEqual(day('2026-12-01')); // a Tuesday
    expect(firstWorkingDayOf(2027, 5)).toEqual(day('2027-05-03')); // the 1st a holiday, 2nd a Sunday
  });

  it('makes the fee due from the first working day, and every later day of the month', () => {
    expect(isFeeDue(day('2027-01-03'))).toBe(false);
    expect(isFeeDue(day('2027-01-04'))).toBe(true);
    expect(isFeeDue(day('2027-01-31'))).toBe(true);
    expect(feeMonthOf(day('2027-01-04'))).toBe('2027-01');
  });

  it('charges 0 KZT with the Standard channel and 200 KZT without it, in tiyn', () => {
    expect(MONTHLY_FEE_TIYN[feePlanOf(true)]).toBe(0);
    expect(MONTHLY_FEE_TIYN[feePlanOf(false)]).toBe(20_000);
  });
});
