import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { ISO_4217_CODES, currencyExponent } from './iso-4217.js';
import { MAX_MONEY_MINOR, formatMoney, parseMoney } from './money.js';

describe(parseMoney.name, () => {
  it.each([
    ['1250.50', 'KZT', 125_050],
    ['1250.5', 'USD', 125_050],
    ['1250', 'EUR', 125_000],
    ['0.01', 'RUB', 1],
    ['007.10', 'KZT', 710],
    ['1250', 'JPY', 1250],
    ['1.234', 'KWD', 1234],
    ['99999999999999', 'JPY', MAX_MONEY_MINOR],
    ['999999999999.99', 'KZT', MAX_MONEY_MINOR],
  ])('reads %s %s as %d minor units', (text, currency, minor) => {
    expect(parseMoney(text, currency)).toEqual({ minor, currency });
  });

  it('is exact where floating point is not: 0.1 + 0.2 makes 30 cents', () => {
    const a = parseMoney('0.1', 'USD');
    const b = parseMoney('0.2', 'USD');
    expect('code' in a || 'code' in b ? undefined : a.minor + b.minor).toBe(30);
    expect(parseMoney('4.35', 'USD')).toEqual({ minor: 435, currency: 'USD' });
  });

  it.each([
    '1,250.50',
    '1 250.50',
    '1e3',
    '+5',
    '.5',
    '5.',
    '',
    ' 5',
    '12,5',
    'NaN',
    'Infinity',
    '0x10',
    '５',
  ])('refuses %j, which is not plain decimal text', (text) => {
    expect(parseMoney(text, 'KZT')).toMatchObject({ code: 'MONEY_FORMAT' });
  });

  it('refuses more fraction digits than the currency has', () => {
    expect(parseMoney('1250.505', 'KZT')).toMatchObject({ code: 'MONEY_TOO_MANY_DECIMALS' });
    expect(parseMoney('1250.50', 'JPY')).toMatchObject({ code: 'MONEY_TOO_MANY_DECIMALS' });
    expect(parseMoney('1.2345', 'KWD')).toMatchObject({ code: 'MONEY_TOO_MANY_DECIMALS' });
  });

  it('refuses zero and negative amounts', () => {
    for (const text of ['0', '0.00', '000', '-5', '-0.01']) {
      expect(parseMoney(text, 'USD')).toMatchObject({ code: 'MONEY_NOT_POSITIVE' });
    }
  });

  it('refuses amounts beyond 14 digits of minor units, however many leading zeros', () => {
    expect(parseMoney('1000000000000', 'KZT')).toMatchObject({ code: 'MONEY_TOO_LARGE' });
    expect(parseMoney('100000000000000', 'JPY')).toMatchObject({ code: 'MONEY_TOO_LARGE' });
    expect(parseMoney('100000000000', 'KWD')).toMatchObject({ code: 'MONEY_TOO_LARGE' });
    expect(parseMoney('99999999999999999999999', 'KZT')).toMatchObject({ code: 'MONEY_TOO_LARGE' });
    expect(parseMoney('0000000000000000001.00', 'KZT')).toEqual({ minor: 100, currency: 'KZT' });
  });

  it('refuses a currency that is not ISO 4217', () => {
    for (const currency of ['XXX', 'usd', 'US', 'BTC', '']) {
      expect(parseMoney('10', currency)).toMatchObject({ code: 'MONEY_CURRENCY' });
    }
  });

  it('answers with an issue rather than throwing for any value', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.anything()),
        fc.constantFrom('KZT', 'JPY', 'KWD'),
        (text, currency) => {
          const result = parseMoney(text as string, currency);
          if ('code' in result) expect(result.code).toMatch(/^MONEY_/);
          else expect(Number.isSafeInteger(result.minor) && result.minor > 0).toBe(true);
        },
      ),
    );
  });
});

describe(formatMoney.name, () => {
  it.each([
    [125_050, 'KZT', '1250.50'],
    [5, 'USD', '0.05'],
    [0, 'EUR', '0.00'],
    [-125_050, 'USD', '-1250.50'],
    [1250, 'JPY', '1250'],
    [1234, 'KWD', '1.234'],
    [MAX_MONEY_MINOR, 'KZT', '999999999999.99'],
  ])('writes %d minor units of %s as %s', (minor, currency, text) => {
    expect(formatMoney({ minor, currency })).toBe(text);
  });

  it('refuses fractions of a minor unit and unknown currencies', () => {
    expect(() => formatMoney({ minor: 1.5, currency: 'KZT' })).toThrow(RangeError);
    expect(() => formatMoney({ minor: 1, currency: 'XYZ' })).toThrow(RangeError);
  });

  it('round-trips every amount of every currency through its text', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: MAX_MONEY_MINOR }),
        fc.constantFrom(...ISO_4217_CODES),
        (minor, currency) => {
          expect(parseMoney(formatMoney({ minor, currency }), currency)).toEqual({ minor, currency });
        },
      ),
    );
  });

  it('gives back the canonical text of any valid amount text', () => {
    const text = fc
      .tuple(
        fc.constantFrom(...ISO_4217_CODES),
        fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 10 }),
        fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 3 }),
      )
      .filter(([currency, , fraction]) => fraction.length <= currencyExponent(currency))
      .filter(([, whole, fraction]) => /[1-9]/.test(whole + fraction));
    fc.assert(
      fc.property(text, ([currency, whole, fraction]) => {
        const written = fraction ? `${whole}.${fraction}` : whole;
        const money = parseMoney(written, currency);
        if ('code' in money) throw new Error(`${written} ${currency}: ${money.message}`);
        const canonical = formatMoney(money);
        expect(parseMoney(canonical, currency)).toEqual(money);
        expect(Number(canonical)).toBeCloseTo(Number(written), 6);
      }),
    );
  });
});
