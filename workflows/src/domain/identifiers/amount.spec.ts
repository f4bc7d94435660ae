import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { MAX_AMOUNT_TIYN, formatTiyn, parseAmountToTiyn } from './amount.js';

describe(parseAmountToTiyn.name, () => {
  it.each([
    ['1250.50', 125_050],
    ['1250.5', 125_050],
    ['1250', 125_000],
    ['0.01', 1],
    ['007.10', 710],
    ['999999999999.99', MAX_AMOUNT_TIYN],
  ])('reads %s KZT as %d tiyn', (text, tiyn) => {
    expect(parseAmountToTiyn(text)).toBe(tiyn);
  });

  it('is exact where binary floating point is not (1.15 × 100 = 114.99999999999999 in floats)', () => {
    expect(parseAmountToTiyn('1.15')).toBe(115);
    expect(parseAmountToTiyn('0.29')).toBe(29);
    expect(parseAmountToTiyn('4503599627370.49')).toMatchObject({ code: 'AMOUNT_TOO_LARGE' });
  });

  it.each(['1e3', '+5', '1,50', '1 250.50', ' 5', '.5', '5.', '', '1.2.3', '١٢', 'NaN', 'Infinity', '0x10'])(
    'refuses %j, which is not digits with an optional "." and fraction',
    (text) => {
      expect(parseAmountToTiyn(text)).toMatchObject({ code: 'AMOUNT_FORMAT' });
    },
  );

  it('refuses more than 2 digits after the point, even zeros', () => {
    expect(parseAmountToTiyn('1.005')).toMatchObject({ code: 'AMOUNT_TOO_MANY_DECIMALS' });
    expect(parseAmountToTiyn('1.000')).toMatchObject({ code: 'AMOUNT_TOO_MANY_DECIMALS' });
  });

  it.each(['0', '0.00', '000', '-5', '-0.01'])('refuses %j, which is not greater than zero', (text) => {
    expect(parseAmountToTiyn(text)).toMatchObject({ code: 'AMOUNT_NOT_POSITIVE' });
  });

  it.each(['1000000000000', '1000000000000.00', '99999999999999999999999'])(
    'refuses %s, above the maximum',
    (text) => {
      expect(parseAmountToTiyn(text)).toMatchObject({ code: 'AMOUNT_TOO_LARGE' });
    },
  );

  it('answers with an issue rather than throwing for a value that is not text', () => {
    for (const value of [undefined, null, 12.5, 1250, {}]) {
      expect(parseAmountToTiyn(value as string)).toMatchObject({ code: 'AMOUNT_FORMAT' });
    }
  });

  it('reads back every amount formatTiyn writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_AMOUNT_TIYN }), (tiyn) => {
        expect(parseAmountToTiyn(formatTiyn(tiyn))).toBe(tiyn);
      }),
    );
  });

  it('reads whole tenge and tiyn written in any of the accepted ways', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999_999_999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.nat(3),
        (tenge, tiyn, leadingZeros) => {
          fc.pre(tenge + tiyn > 0);
          const whole = '0'.repeat(leadingZeros) + String(tenge);
          const expected = tenge * 100 + tiyn;
          expect(parseAmountToTiyn(`${whole}.${String(tiyn).padStart(2, '0')}`)).toBe(expected);
          if (tiyn % 10 === 0) expect(parseAmountToTiyn(`${whole}.${tiyn / 10}`)).toBe(expected);
          if (tiyn === 0) expect(parseAmountToTiyn(whole)).toBe(expected);
        },
      ),
    );
  });

  it('never throws, whatever text it is given', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(...'0123456789.-+e ') })),
        (text) => {
          const result = parseAmountToTiyn(text);
          if (typeof result === 'number') expect(Number.isSafeInteger(result) && result > 0).toBe(true);
        },
      ),
    );
  });
});

describe(formatTiyn.name, () => {
  it.each([
    [125_050, '1250.50'],
    [5, '0.05'],
    [100, '1.00'],
    [0, '0.00'],
    [-125_050, '-1250.50'],
    [MAX_AMOUNT_TIYN, '999999999999.99'],
  ])('writes %d tiyn as %s', (tiyn, text) => {
    expect(formatTiyn(tiyn)).toBe(text);
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])(
    'refuses %d, which is not a whole number of tiyn',
    (tiyn) => {
      expect(() => formatTiyn(tiyn)).toThrow(RangeError);
    },
  );
});
