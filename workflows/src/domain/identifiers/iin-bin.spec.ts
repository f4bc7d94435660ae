import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { classifyIinBin, iinBinCheckDigit, validateIinBin } from './iin-bin.js';

/** The published rule written out once more, independently, to check the implementation against. */
function referenceCheckDigit(prefix: string): number | undefined {
  const digits = [...prefix].map(Number);
  const first = digits.reduce((sum, d, i) => sum + d * (i + 1), 0) % 11;
  if (first !== 10) return first;
  const second = digits.reduce((sum, d, i) => sum + d * (((i + 2) % 11) + 1), 0) % 11;
  return second === 10 ? undefined : second;
}

/** Completes 10 digits into a valid-checksum 12-digit number, varying the last serial digit until one exists. */
function withCheckDigit(first10: string): string {
  for (const serial of '0123456789') {
    const check = iinBinCheckDigit(first10 + serial);
    if (check !== undefined) return `${first10}${serial}${check}`;
  }
  throw new Error(`no check digit for any completion of ${first10}`);
}

describe(classifyIinBin.name, () => {
  it('reads an IIN: birth date with the century of its 7th digit, and sex', () => {
    expect(classifyIinBin('871008401427')).toEqual({ kind: 'IIN', birthDate: '1987-10-08', sex: 'FEMALE' });
    expect(classifyIinBin(withCheckDigit('0512315001'))).toEqual({
      kind: 'IIN',
      birthDate: '2005-12-31',
      sex: 'MALE',
    });
  });

  it('reads a BIN: registration month, entity type and division', () => {
    expect(classifyIinBin('940140000385')).toEqual({
      kind: 'BIN',
      registered: '1994-01',
      entityType: 'RESIDENT',
      division: 'HEAD_OFFICE',
    });
    expect(classifyIinBin('160440007161')).toMatchObject({ kind: 'BIN', registered: '2016-04' });
    expect(classifyIinBin(withCheckDigit('0803510000'))).toMatchObject({
      entityType: 'NON_RESIDENT',
      division: 'BRANCH',
    });
    expect(classifyIinBin(withCheckDigit('1211631234'))).toMatchObject({
      entityType: 'JOINT_ENTREPRENEURSHIP',
      division: 'FARM',
    });
  });

  it('refuses a number for which both weighted passes give 10', () => {
    expect(iinBinCheckDigit('82121424009')).toBeUndefined();
    expect(classifyIinBin('821214240092')).toMatchObject({ code: 'IIN_BIN_CHECKSUM' });
  });

  it('refuses a number whose check digit does not match', () => {
    expect(classifyIinBin('871008401428')).toMatchObject({ code: 'IIN_BIN_CHECKSUM' });
    expect(classifyIinBin('940140000386')).toMatchObject({ code: 'IIN_BIN_CHECKSUM' });
  });

  it.each(['87100840142', '8710084014270', '87100840142A', ' 871008401427', ''])(
    'refuses %j, which is not exactly 12 digits',
    (value) => {
      expect(classifyIinBin(value)).toMatchObject({ code: 'IIN_BIN_FORMAT' });
    },
  );

  it('refuses an IIN whose birth date does not exist', () => {
    expect(classifyIinBin(withCheckDigit('8702304001'))).toMatchObject({ code: 'IIN_BIN_DATE' });
    expect(classifyIinBin(withCheckDigit('8713014001'))).toMatchObject({ code: 'IIN_BIN_DATE' });
  });

  it('reads 29 February by the century the 7th digit gives: 2000 was a leap year, 1900 was not', () => {
    expect(classifyIinBin(withCheckDigit('0002295001'))).toMatchObject({ birthDate: '2000-02-29' });
    expect(classifyIinBin(withCheckDigit('0002293001'))).toMatchObject({ code: 'IIN_BIN_DATE' });
  });

  it('refuses an IIN whose 7th digit is not a century and sex (1–6)', () => {
    expect(classifyIinBin(withCheckDigit('8710080001'))).toMatchObject({ code: 'IIN_BIN_STRUCTURE' });
    expect(classifyIinBin(withCheckDigit('8710087001'))).toMatchObject({ code: 'IIN_BIN_STRUCTURE' });
  });

  it('refuses a 5th digit that is neither a birth-day tens digit nor a BIN entity type', () => {
    expect(classifyIinBin(withCheckDigit('9401700003'))).toMatchObject({ code: 'IIN_BIN_STRUCTURE' });
  });

  it('refuses a BIN whose division digit is not 0–3', () => {
    expect(classifyIinBin(withCheckDigit('9401440003'))).toMatchObject({ code: 'IIN_BIN_STRUCTURE' });
  });

  it('refuses a BIN whose registration month is not 01–12', () => {
    expect(classifyIinBin(withCheckDigit('9413400003'))).toMatchObject({ code: 'IIN_BIN_DATE' });
    expect(classifyIinBin(withCheckDigit('9400400003'))).toMatchObject({ code: 'IIN_BIN_DATE' });
  });

  it('answers with an issue rather than throwing for a value that is not text', () => {
    for (const value of [undefined, null, 871008401427, {}]) {
      expect(classifyIinBin(value as string)).toMatchObject({ code: 'IIN_BIN_FORMAT' });
    }
  });
});

describe(iinBinCheckDigit.name, () => {
  const prefix = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 11, maxLength: 11 });

  it('gives every 11-digit prefix exactly one check digit, or none when both passes give 10', () => {
    fc.assert(
      fc.property(prefix, (first11) => {
        expect(iinBinCheckDigit(first11)).toBe(referenceCheckDigit(first11));
      }),
    );
  });

  it('agrees with the validator: only the computed digit passes the checksum', () => {
    fc.assert(
      fc.property(prefix, (first11) => {
        const passing = [...'0123456789'].filter(
          (last) => validateIinBin(first11 + last)?.code !== 'IIN_BIN_CHECKSUM',
        );
        const expected = referenceCheckDigit(first11);
        expect(passing).toEqual(expected === undefined ? [] : [String(expected)]);
      }),
    );
  });

  it('refuses to compute over anything but 11 digits', () => {
    expect(() => iinBinCheckDigit('1234')).toThrow(RangeError);
  });
});

describe(validateIinBin.name, () => {
  it.each(['871008401427', '940140000385', '160440007161'])('accepts the real IIN/BIN %s', (value) => {
    expect(validateIinBin(value)).toBeUndefined();
  });

  it('never throws, whatever text it is given', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 12, maxLength: 12 }),
        ),
        (text) => {
          validateIinBin(text);
        },
      ),
    );
  });
});
