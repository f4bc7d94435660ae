import { type CalendarDate, epochDay } from '../calendar/iso-date.js';

/**
 * Kazakhstan's public holidays that fall on the same date every year (Labour Code art. 84 and the
 * law on holidays): New Year, Women's Day, Nauryz, Unity Day, Defender's Day, Victory Day, Capital
 * Day, Constitution Day, Republic Day, Independence Day. Kurban Ait moves with the lunar calendar and
 * the government's yearly transfers of days off are not here: a bank that needs them adds them.
 */
const FIXED_HOLIDAYS: readonly (readonly [month: number, day: number])[] = [
  [1, 1],
  [1, 2],
  [3, 8],
  [3, 21],
  [3, 22],
  [3, 23],
  [5, 1],
  [5, 7],
  [5, 9],
  [7, 6],
  [8, 30],
  [10, 25],
  [12, 16],
];

/** Monday to Friday and not a fixed public holiday. */
export function isWorkingDay(date: CalendarDate): boolean {
  // 1970-01-01 (epoch day 0) was a Thursday: 0 = Thursday … 2 = Saturday, 3 = Sunday.
  const weekday = ((((epochDay(date) % 7) + 7) % 7) + 3) % 7; // 0 = Monday … 6 = Sunday
  if (weekday >= 5) return false;
  return !FIXED_HOLIDAYS.some(([month, day]) => month === date.month && day === date.day);
}

/** The first working day of the date's month. */
export function firstWorkingDayOf(year: number, month: number): CalendarDate {
  for (let day = 1; ; day++) {
    const date = { year, month, day };
    if (isWorkingDay(date)) return date;
  }
}
