import { describe, expect, it } from '@jest/globals';
import { forecastDays, type PlannedPayment } from './account-forecast.js';

const TODAY = '2026-12-08';

function payment(overrides: Partial<PlannedPayment>): PlannedPayment {
  return {
    id: overrides.number ?? 'p',
    number: 'p',
    beneficiaryName: 'ТОО «Алатау»',
    amountTiyn: 100_00,
    valueDate: TODAY,
    status: 'AWAITING_SIGNATURES',
    ...overrides,
  };
}

describe(forecastDays.name, () => {
  it('takes each day’s payments from what is available, day after day, in date order', () => {
    const days = forecastDays(
      1_000_00,
      [
        payment({ number: '3', valueDate: '2026-12-10', amountTiyn: 300_00 }),
        payment({ number: '1', amountTiyn: 250_50 }),
        payment({ number: '2', amountTiyn: 49_50 }),
      ],
      TODAY,
    );
    expect(days.map(({ date, outgoingTiyn, closingTiyn }) => ({ date, outgoingTiyn, closingTiyn }))).toEqual([
      { date: TODAY, outgoingTiyn: 300_00, closingTiyn: 700_00 },
      { date: '2026-12-10', outgoingTiyn: 300_00, closingTiyn: 400_00 },
    ]);
  });

  it('goes below zero on the day the money runs short, and stays there', () => {
    const days = forecastDays(
      100_00,
      [payment({ amountTiyn: 150_00 }), payment({ number: '2', valueDate: '2026-12-09', amountTiyn: 1 })],
      TODAY,
    );
    expect(days.map((day) => day.closingTiyn)).toEqual([-50_00, -50_01]);
  });

  it('counts today a payment whose value date has passed while it is still on its way', () => {
    const days = forecastDays(500_00, [payment({ valueDate: '2026-12-01', status: 'SENT_TO_BANK' })], TODAY);
    expect(days).toEqual([expect.objectContaining({ date: TODAY, closingTiyn: 400_00 })]);
  });

  it('lists within a day the payments already with the bank first, then signed, then awaiting signatures', () => {
    const [day] = forecastDays(
      0,
      [
        payment({ number: 'A', status: 'AWAITING_SIGNATURES' }),
        payment({ number: 'B', status: 'SENT_TO_BANK' }),
        payment({ number: 'C', status: 'SIGNED' }),
      ],
      TODAY,
    );
    expect(day!.payments.map((p) => p.number)).toEqual(['B', 'C', 'A']);
  });

  it('has no days when nothing is on its way', () => {
    expect(forecastDays(1, [], TODAY)).toEqual([]);
  });
});
