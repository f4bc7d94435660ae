import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { IBAN_LENGTHS, ibanCheckDigits, isIbanCountry, validateIban } from './iban.js';

/** Examples of the IBAN registry and of real accounts, one per country checked. */
const REAL_IBANS = [
  'DE89370400440532013000',
  'GB82WEST12345698765432',
  'FR1420041010050500013M02606',
  'NL91ABNA0417164300',
  'CH9300762011623852957',
  'AE070331234567890123456',
  'TR330006100519786457841326',
  'NO9386011117947',
  'LC55HEMM000100010012001200023015',
  'RU0304452522540817810538091310419',
  'KZ86125KZT5004100100',
  'XK051212012345678906',
];

const ALPHANUMERIC = [...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
/** A valid IBAN of any registry country: random BBAN of the country's length, then its check digits. */
const validIban = fc.constantFrom(...IBAN_LENGTHS.keys()).chain((country) =>
  fc
    .string({
      unit: fc.constantFrom(...ALPHANUMERIC),
      minLength: IBAN_LENGTHS.get(country)! - 4,
      maxLength: IBAN_LENGTHS.get(country)! - 4,
    })
    .map((bban) => `${country}${ibanCheckDigits(country, bban)}${bban}`),
);

describe(validateIban.name, () => {
  it.each(REAL_IBANS)('accepts the real IBAN %s', (iban) => {
    expect(validateIban(iban)).toBeUndefined();
  });

  it('knows the registry of 89 countries, Kazakhstan with 20 characters', () => {
    expect(IBAN_LENGTHS.size).toBe(89);
    expect(IBAN_LENGTHS.get('KZ')).toBe(20);
    expect([...IBAN_LENGTHS.values()].every((length) => length >= 15 && length <= 34)).toBe(true);
    expect(isIbanCountry('US')).toBe(false);
  });

  it('refuses an IBAN of a country that has no IBANs', () => {
    expect(validateIban('US64SVBKUS6S3300958879')?.code).toBe('IBAN_COUNTRY');
    expect(validateIban('1234567890')?.code).toBe('IBAN_COUNTRY');
  });

  it("refuses an IBAN that is not as long as its country's", () => {
    expect(validateIban('DE8937040044053201300')?.code).toBe('IBAN_LENGTH');
    expect(validateIban('DE893704004405320130000')?.code).toBe('IBAN_LENGTH');
    expect(validateIban('')?.code).toBe('IBAN_LENGTH');
  });

  it('refuses spaces, lower case and punctuation, which normalizeIban removes first or are never in an IBAN', () => {
    expect(validateIban('de89370400440532013000')?.code).toBe('IBAN_CHARACTERS');
    expect(validateIban('DE89 3704 0044 0532 0130 00')?.code).toBe('IBAN_CHARACTERS');
    expect(validateIban('DE89-370400440532013000')?.code).toBe('IBAN_CHARACTERS');
  });

  it('refuses letters where the check digits belong', () => {
    expect(validateIban('DEX9370400440532013000')?.code).toBe('IBAN_CHARACTERS');
  });

  it('refuses check digits that do not match', () => {
    expect(validateIban('DE88370400440532013000')?.code).toBe('IBAN_CHECKSUM');
    expect(validateIban('GB82WEST12345698765423')?.code).toBe('IBAN_CHECKSUM');
  });

  it('refuses check digits 00, 01 and 99, which mod-97 alone would let through', () => {
    // DE…: 97 ≡ 00, 98 ≡ 01 and 02 ≡ 99 (mod 97), so one of each pair is the issued form.
    const bban = '370400440532013000';
    const valid = ibanCheckDigits('DE', bban);
    for (const [issued, alias] of [
      ['97', '00'],
      ['98', '01'],
      ['02', '99'],
    ] as const) {
      if (valid === issued) expect(validateIban(`DE${alias}${bban}`)?.code).toBe('IBAN_CHECKSUM');
    }
    expect(validateIban(`DE00${bban}`)?.code).toBe('IBAN_CHECKSUM');
  });

  it('accepts every IBAN built with its check digits', () => {
    fc.assert(fc.property(validIban, (iban) => validateIban(iban) === undefined));
  });

  it('refuses every IBAN with one digit mistyped', () => {
    fc.assert(
      fc.property(validIban, fc.nat(), fc.integer({ min: 1, max: 9 }), (iban, position, shift) => {
        const digits = [...iban].flatMap((char, index) => (index >= 2 && /\d/.test(char) ? [index] : []));
        const index = digits[position % digits.length]!;
        const mutated =
          iban.slice(0, index) + String((Number(iban[index]) + shift) % 10) + iban.slice(index + 1);
        expect(validateIban(mutated)?.code).toBe('IBAN_CHECKSUM');
      }),
    );
  });

  it('answers with an issue rather than throwing for any value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything()), (value) => {
        const issue = validateIban(value as string);
        if (issue)
          expect(['IBAN_COUNTRY', 'IBAN_LENGTH', 'IBAN_CHARACTERS', 'IBAN_CHECKSUM']).toContain(issue.code);
      }),
    );
  });
});

describe(ibanCheckDigits.name, () => {
  it('computes the check digits of a known IBAN', () => {
    expect(ibanCheckDigits('GB', 'WEST12345698765432')).toBe('82');
    expect(ibanCheckDigits('KZ', '125KZT5004100100')).toBe('86');
  });

  it('refuses what is not a country code and a BBAN', () => {
    expect(() => ibanCheckDigits('gb', 'WEST12345698765432')).toThrow(RangeError);
    expect(() => ibanCheckDigits('GB', 'west 1234')).toThrow(RangeError);
  });
});
