import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { formatRate, quoteExchange, rateMicros } from './exchange-quote.js';

const rates = new Map([
  ['USD', { buy: '468.00', sell: '472.00' }],
  ['EUR', { buy: '505.50', sell: '510.50' }],
  ['JPY', { buy: '3.10', sell: '3.20' }],
]);

describe(quoteExchange.name, () => {
  it('buys dollars at the bank’s selling rate, either side fixed', () => {
    expect(
      quoteExchange({
        kind: 'CURRENCY_PURCHASE',
        debitCurrency: 'KZT',
        creditCurrency: 'USD',
        fixedSide: 'CREDIT',
        amountMinor: 1_000_00,
        rates,
      }),
    ).toEqual({
      ok: true,
      executedRate: '472.00',
      debited: { minor: 472_000_00, currency: 'KZT' },
      credited: { minor: 1_000_00, currency: 'USD' },
    });
    expect(
      quoteExchange({
        kind: 'CURRENCY_PURCHASE',
        debitCurrency: 'KZT',
        creditCurrency: 'USD',
        fixedSide: 'DEBIT',
        amountMinor: 100_000_00,
        rates,
      }),
    ).toMatchObject({ ok: true, credited: { minor: 211_86, currency: 'USD' } });
  });

  it('sells at the bank’s buying rate and converts at the cross rate, into a currency without cents', () => {
    expect(
      quoteExchange({
        kind: 'CURRENCY_SALE',
        debitCurrency: 'USD',
        creditCurrency: 'KZT',
        fixedSide: 'DEBIT',
        amountMinor: 500_00,
        rates,
      }),
    ).toMatchObject({ executedRate: '468.00', credited: { minor: 234_000_00, currency: 'KZT' } });
    expect(
      quoteExchange({
        kind: 'CURRENCY_CONVERSION',
        debitCurrency: 'USD',
        creditCurrency: 'JPY',
        fixedSide: 'DEBIT',
        amountMinor: 1_00,
        rates,
      }),
    ).toEqual({
      ok: true,
      executedRate: '146.25',
      debited: { minor: 1_00, currency: 'USD' },
      credited: { minor: 146, currency: 'JPY' },
    });
  });

  it('refuses when the limit is not reached: a purchase above it, a sale below it', () => {
    const purchase = {
      kind: 'CURRENCY_PURCHASE' as const,
      debitCurrency: 'KZT',
      creditCurrency: 'USD',
      fixedSide: 'CREDIT' as const,
      amountMinor: 100,
      rates,
    };
    expect(quoteExchange({ ...purchase, limit: '471.99' })).toEqual({
      ok: false,
      reason: 'LIMIT_RATE_NOT_REACHED',
    });
    expect(quoteExchange({ ...purchase, limit: '472' }).ok).toBe(true);
    expect(
      quoteExchange({
        kind: 'CURRENCY_SALE',
        debitCurrency: 'USD',
        creditCurrency: 'KZT',
        fixedSide: 'DEBIT',
        amountMinor: 100,
        rates,
        limit: '470.00',
      }),
    ).toEqual({ ok: false, reason: 'LIMIT_RATE_NOT_REACHED' });
  });

  it('refuses a currency the bank publishes no rate for, and a pair that is not the kind’s', () => {
    const base = { fixedSide: 'DEBIT' as const, amountMinor: 100, rates };
    expect(
      quoteExchange({ ...base, kind: 'CURRENCY_PURCHASE', debitCurrency: 'KZT', creditCurrency: 'GBP' }),
    ).toEqual({ ok: false, reason: 'RATE_NOT_AVAILABLE' });
    expect(
      quoteExchange({ ...base, kind: 'CURRENCY_SALE', debitCurrency: 'USD', creditCurrency: 'EUR' }),
    ).toEqual({ ok: false, reason: 'RATE_NOT_AVAILABLE' });
  });

  it('never gives the client more than the rate allows: bought amount × rate is within half a unit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000_000 }),
        fc.integer({ min: 1, max: 99_999_999 }),
        (minor, micros) => {
          const sell = formatRate(BigInt(micros) + 1_000_000n);
          const quote = quoteExchange({
            kind: 'CURRENCY_PURCHASE',
            debitCurrency: 'KZT',
            creditCurrency: 'USD',
            fixedSide: 'CREDIT',
            amountMinor: minor,
            rates: new Map([['USD', { buy: sell, sell }]]),
          });
          if (!quote.ok) return false;
          const exact = BigInt(minor) * rateMicros(sell)!; // tiyn × 10^6
          const paid = BigInt(quote.debited.minor) * 1_000_000n;
          const difference = paid > exact ? paid - exact : exact - paid;
          return Number.isSafeInteger(quote.debited.minor) && difference * 2n <= 1_000_000n;
        },
      ),
    );
  });
});

describe(rateMicros.name, () => {
  it('reads positive decimals with at most 6 fraction digits and nothing else', () => {
    expect(rateMicros('472.5')).toBe(472_500_000n);
    expect(rateMicros('0.000001')).toBe(1n);
    for (const bad of ['0', '0.0', '-1', '1e3', '1.1234567', ' 1', ''])
      expect(rateMicros(bad)).toBeUndefined();
  });

  it('round-trips through formatRate', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 15n }),
        (micros) => rateMicros(formatRate(micros)) === micros,
      ),
    );
  });
});
