import { describe, expect, it } from '@jest/globals';
import { forecastDays, type PlannedDay } from './account-forecast.js';

const TODAY = '2026-12-08';

function day(date: string, totalTiyn: number, count = 1): PlannedDay {
  return { date, totalTiyn, count, listed: [] };
}

describe(forecastDays.name, () => {
  it('takes each day’s payments from what is available, day after day, in date order', () => {
    const days = forecastDays(1_000_00, [day('2026-12-10', 300_00), day(TODAY, 300_00, 2)]);
    expect(days.map(({ date, outgoingTiyn, closingTiyn }) => ({ date, outgoingTiyn, closingTiyn }))).toEqual([
      { date: TODAY, outgoingTiyn: 300_00, closingTiyn: 700_00 },
      { date: '2026-12-10', outgoingTiyn: 300_00, closingTiyn: 400_00 },
    ]);
  });

  it('goes below zero on the day the money runs short, and stays there', () => {
    const days = forecastDays(100_00, [day(TODAY, 150_00), day('2026-12-09', 1)]);
    expect(days.map((found) => found.closingTiyn)).toEqual([-50_00, -50_01]);
  });

  it('says how many of a day’s payments it does not list, though its total counts them', () => {
    const listed = [
      {
        id: 'p1',
        number: '1',
        beneficiaryName: 'ТОО «Алатау»',
        amountTiyn: 10_00,
        valueDate: TODAY,
        status: 'SENT_TO_BANK' as const,
      },
    ];
    const [only] = forecastDays(1_000_00, [{ date: TODAY, totalTiyn: 700_00, count: 53, listed }]);
    expect(only).toMatchObject({ payments: listed, more: 52, closingTiyn: 300_00 });
  });

  it('has no days when nothing is on its way', () => {
    expect(forecastDays(1, [])).toEqual([]);
  });
});
