import { describe, expect, it } from '@jest/globals';
import { dayTextOf, dayValueOf, isIsoDay, isoDayOf, maskDayText } from './day-text';

describe('day text (dd.mm.yyyy)', () => {
  it('shows an ISO day as dd.mm.yyyy', () => {
    expect(dayTextOf('2026-12-04')).toBe('04.12.2026');
    expect(dayTextOf('04.1')).toBe('04.1');
  });

  it('reads dd.mm.yyyy back into the ISO day the API expects', () => {
    expect(isoDayOf('04.12.2026')).toBe('2026-12-04');
    expect(isoDayOf(' 29.02.2028 ')).toBe('2028-02-29');
  });

  it('refuses texts that are not a real calendar day', () => {
    expect(isoDayOf('31.02.2026')).toBeUndefined();
    expect(isoDayOf('12/04/2026')).toBeUndefined();
    expect(isoDayOf('2026-12-04')).toBeUndefined();
    expect(dayValueOf('31.02.2026')).toBe('31.02.2026');
  });

  it('tells a whole day given by the input from a text still being typed', () => {
    expect(isIsoDay(dayValueOf('04.12.2026'))).toBe(true);
    expect(isIsoDay(dayValueOf('04.12.20'))).toBe(false);
  });

  it('puts the dots in as digits are typed on a numeric keypad', () => {
    expect(maskDayText('04')).toBe('04');
    expect(maskDayText('0412')).toBe('04.12');
    expect(maskDayText('04122026')).toBe('04.12.2026');
    expect(maskDayText('04.12.20261')).toBe('04.12.2026');
  });
});
