import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { ibanBankCode, kzIbanCheckDigits, normalizeIban, validateKzIban } from './kz-iban.js';

/** Real IBANs of Kazakh banks, the Treasury and the State Corporation (see domain.md §10). */
const REAL_IBANS = [
  'KZ86125KZT5004100100',
  'KZ476010131000179714',
  'KZ86722C000016068502',
  'KZ698562203124676325',
  'KZ24070105KSN0000000',
  'KZ12009NPS0413609816',
  'KZ67009SS00368609110',
];

const DIGITS = '0123456789';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const digit = fc.constantFrom(...DIGITS);
const alphanumeric = fc.constantFrom(...DIGITS, ...LETTERS);
const bankCode = fc.string({ unit: digit, minLength: 3, maxLength: 3 });
const account = fc.string({ unit: alphanumeric, minLength: 13, maxLength: 13 });
const validIban = fc.tuple(bankCode, account).map(([bank, rest]) => {
  const bban = bank + rest;
  return `KZ${kzIbanCheckDigits(bban)}${bban}`;
});

describe(validateKzIban.name, () => {
  it.each(REAL_IBANS)('accepts the real IBAN %s', (iban) => {
    expect(validateKzIban(iban)).toBeUndefined();
  });

  it('refuses an IBAN whose check digits do not match', () => {
    expect(validateKzIban('KZ87125KZT5004100100')?.code).toBe('IBAN_CHECKSUM');
  });

  it('refuses an IBAN with two neighbouring characters swapped', () => {
    expect(validateKzIban('KZ476010131000179741')?.code).toBe('IBAN_CHECKSUM');
  });

  it('refuses an IBAN that is not 20 characters long', () => {
    expect(validateKzIban('KZ86125KZT500410010')?.code).toBe('IBAN_LENGTH');
    expect(validateKzIban('KZ86125KZT50041001000')?.code).toBe('IBAN_LENGTH');
    expect(validateKzIban('')?.code).toBe('IBAN_LENGTH');
  });

  it('refuses spaces and lower-case letters, which normalizeIban removes first', () => {
    expect(validateKzIban('kz86125kzt5004100100')?.code).toBe('IBAN_CHARACTERS');
    expect(validateKzIban('KZ86 125KZT500410010')?.code).toBe('IBAN_CHARACTERS');
  });

  it('refuses an IBAN of another country', () => {
    expect(validateKzIban('GB82WEST123456987654')?.code).toBe('IBAN_COUNTRY');
  });

  it('refuses letters where the check digits or the bank code belong', () => {
    expect(validateKzIban('KZ8612AKZT5004100100')?.code).toBe('IBAN_FORMAT');
    expect(validateKzIban('KZA6125KZT5004100100')?.code).toBe('IBAN_FORMAT');
  });

  it('answers with an issue rather than throwing for a value that is not text', () => {
    for (const value of [undefined, null, 42, {}, []]) {
      expect(validateKzIban(value as string)?.code).toBe('IBAN_LENGTH');
    }
  });

  it('accepts every IBAN built from a bank code and an account with correctly computed check digits', () => {
    fc.assert(fc.property(validIban, (iban) => expect(validateKzIban(iban)).toBeUndefined()));
  });

  it('refuses every IBAN with one digit or letter replaced by another of its kind', () => {
    // Mod-97 catches every such substitution: the numeric value changes by (a - b)·10^k with
    // 0 < |a - b| < 97, never a multiple of 97. A digit swapped for a letter changes the length of
    // that number instead, which mod-97 catches only 96 times in 97 — ISO 13616 promises no more.
    fc.assert(
      fc.property(validIban, fc.nat(19 - 2), fc.nat(), (iban, offset, pick) => {
        const position = 2 + offset;
        const original = iban[position]!;
        const sameKind = (DIGITS.includes(original) ? DIGITS : LETTERS).replace(original, '');
        const replacement = sameKind[pick % sameKind.length]!;
        const mutated = iban.slice(0, position) + replacement + iban.slice(position + 1);
        expect(validateKzIban(mutated)).toBeDefined();
      }),
    );
  });

  it('never throws, whatever text it is given', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: alphanumeric, minLength: 20, maxLength: 20 })),
        (text) => {
          validateKzIban(text);
          validateKzIban(`KZ${text}`.slice(0, 20));
        },
      ),
    );
  });
});

describe(normalizeIban.name, () => {
  it('removes the spaces people type and paste, including non-breaking ones, and upper-cases', () => {
    expect(normalizeIban(' kz86 125k zt50\u00a00410 0100\t')).toBe('KZ86125KZT5004100100');
  });

  it('changes nothing in an IBAN that is already canonical', () => {
    fc.assert(fc.property(validIban, (iban) => expect(normalizeIban(iban)).toBe(iban)));
  });
});

describe(ibanBankCode.name, () => {
  it.each([
    ['KZ476010131000179714', '601'],
    ['KZ86722C000016068502', '722'],
    ['KZ698562203124676325', '856'],
    ['KZ24070105KSN0000000', '070'],
    ['KZ12009NPS0413609816', '009'],
  ])('reads the bank code of %s as %s', (iban, code) => {
    expect(ibanBankCode(iban)).toBe(code);
  });
});

describe(kzIbanCheckDigits.name, () => {
  it.each(REAL_IBANS)('computes the check digits %s carries', (iban) => {
    expect(kzIbanCheckDigits(iban.slice(4))).toBe(iban.slice(2, 4));
  });

  it('refuses a BBAN that is not a 3-digit bank code and 13 characters', () => {
    expect(() => kzIbanCheckDigits('12345')).toThrow(RangeError);
  });
});
