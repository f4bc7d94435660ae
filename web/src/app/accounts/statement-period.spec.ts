import { describe, expect, it } from '@jest/globals';
import { quickPeriod } from './statement-period';

describe(quickPeriod.name, () => {
  // 20:30 UTC on 31 December is already 1 January in Almaty (UTC+5).
  const newYearInAlmaty = new Date('2026-12-31T20:30:00Z');

  it('counts "this month" from its first day to today, in Almaty', () => {
    expect(quickPeriod('thisMonth', new Date('2026-12-04T10:00:00Z'))).toEqual({
      from: '2026-12-01',
      to: '2026-12-04',
    });
    expect(quickPeriod('thisMonth', newYearInAlmaty)).toEqual({ from: '2027-01-01', to: '2027-01-01' });
  });

  it('takes "last month" whole, across a year’s end and in February', () => {
    expect(quickPeriod('lastMonth', newYearInAlmaty)).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(quickPeriod('lastMonth', new Date('2028-03-10T10:00:00Z'))).toEqual({
      from: '2028-02-01',
      to: '2028-02-29',
    });
  });

  it('counts the last seven days with today', () => {
    expect(quickPeriod('last7Days', new Date('2026-12-04T10:00:00Z'))).toEqual({
      from: '2026-11-28',
      to: '2026-12-04',
    });
  });
});
