import { addDays, daysBetween, formatIsoDate, type CalendarDate } from '../../calendar/iso-date.js';
import { MAX_APPLICATION_DAYS_AHEAD } from './application-limits.js';
import { ApplicationErrorCode } from './application-error-code.js';
import type { RequestReader } from './request-reader.js';

/** A day the bank acts on (cash collected, value date): today or within the next 30 days. */
export function checkOperationDay(reader: RequestReader, path: string, date: CalendarDate | undefined): void {
  if (!date) return;
  const ahead = daysBetween(reader.today, date);
  if (ahead < 0) reader.report(path, ApplicationErrorCode.DateInPast, 'The day has passed.');
  else if (ahead > MAX_APPLICATION_DAYS_AHEAD) {
    const last = formatIsoDate(addDays(reader.today, MAX_APPLICATION_DAYS_AHEAD));
    reader.report(
      path,
      ApplicationErrorCode.DateTooFar,
      `At most ${MAX_APPLICATION_DAYS_AHEAD} days ahead (${last}).`,
    );
  }
}

/** A day something already happened or is stated on: today at the latest. */
export function checkNotInFuture(reader: RequestReader, path: string, date: CalendarDate | undefined): void {
  if (date && daysBetween(reader.today, date) > 0) {
    reader.report(path, ApplicationErrorCode.DateInFuture, 'The day is after today.');
  }
}

/** A day that must still lie ahead, such as the last day of a guarantee. */
export function checkAfterToday(reader: RequestReader, path: string, date: CalendarDate | undefined): void {
  if (date && daysBetween(reader.today, date) <= 0) {
    reader.report(path, ApplicationErrorCode.DateNotAfterToday, 'The day must be after today.');
  }
}

/** The date as the content carries it, or undefined when absent or broken. */
export function isoOf(date: CalendarDate | undefined): string | undefined {
  return date && formatIsoDate(date);
}
