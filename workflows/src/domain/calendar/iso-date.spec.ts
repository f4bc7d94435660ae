import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { addDays, daysBetween, epochDay, formatIsoDate, isCalendarDate, parseIsoDate } from './iso-date.js';

describe(parseIsoDate.name, () => {
  it('reads a strict YYYY-MM-DD date', () => {
    expect(parseIsoDate('2026-03-16')).toEqual({ year: 2026, month: 3, day: 16 });
  });

  it.each([
    '2026-3-16',
    '2026-03-16T00:00:00Z',
    ' 2026-03-16',
    '16.03.2026',
    '',
    '2026-02-30',
    '2025-02-29',
    '2026-13-01',
  ])('refuses %j, which is not a real day written YYYY-MM-DD', (text) => {
    expect(parseIsoDate(text)).toBeUndefined();
  });

  it('knows the Gregorian leap years', () => {
    expect(parseIsoDate('2024-02-29')).toBeDefined();
    expect(parseIsoDate('2000-02-29')).toBeDefined();
    expect(parseIsoDate('1900-02-29')).toBeUndefined();
  });

  it('answers undefined rather than throwing for a value that is not text', () => {
    expect(parseIsoDate(20260316 as unknown as string)).toBeUndefined();
  });
});

describe(isCalendarDate.name, () => {
  it('refuses day 0, month 0 and year 0', () => {
    expect(isCalendarDate(2026, 1, 0)).toBe(false);
    expect(isCalendarDate(2026, 0, 1)).toBe(false);
    expect(isCalendarDate(0, 1, 1)).toBe(false);
  });
});

describe(daysBetween.name, () => {
  it('counts calendar days across month, year and leap-day boundaries', () => {
    const d = (text: string) => parseIsoDate(text)!;
    expect(daysBetween(d('2026-03-16'), d('2026-03-19'))).toBe(3);
    expect(daysBetween(d('2025-12-30'), d('2026-01-02'))).toBe(3);
    expect(daysBetween(d('2024-02-28'), d('2024-03-01'))).toBe(2);
    expect(daysBetween(d('2026-03-16'), d('2026-03-15'))).toBe(-1);
  });
});

describe('calendar arithmetic', () => {
  const calendarDate = fc
    .record({
      year: fc.integer({ min: 1, max: 9999 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
    })
    .filter(({ year, month, day }) => isCalendarDate(year, month, day));

  it('numbers days exactly as the proleptic Gregorian calendar does', () => {
    fc.assert(
      fc.property(calendarDate, (date) => {
        const utc = new Date(0);
        utc.setUTCFullYear(date.year, date.month - 1, date.day);
        expect(epochDay(date)).toBe(Math.floor(utc.getTime() / 86_400_000));
      }),
    );
  });

  it('adds days as the inverse of counting them, and prints what it parses', () => {
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: -5000, max: 5000 }), (date, days) => {
        const later = addDays(date, days);
        fc.pre(later.year >= 1 && later.year <= 9999);
        expect(daysBetween(date, later)).toBe(days);
        expect(parseIsoDate(formatIsoDate(later))).toEqual(later);
      }),
    );
  });
});
