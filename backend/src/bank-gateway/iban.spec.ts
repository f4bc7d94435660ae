import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { ibanBankCode, isValidKzIban, kzIban } from './iban.js';

describe(isValidKzIban.name, () => {
  it('accepts real Kazakh IBANs', () => {
    for (const iban of ['KZ86125KZT5004100100', 'KZ476010131000179714', 'KZ86722C000016068502']) {
      expect(isValidKzIban(iban)).toBe(true);
    }
  });

  it('refuses a wrong check digit, a wrong length, lower case and another country', () => {
    for (const iban of ['KZ87125KZT5004100100', 'KZ86125KZT500410010', 'kz86125kzt5004100100']) {
      expect(isValidKzIban(iban)).toBe(false);
    }
    expect(isValidKzIban('DE89370400440532013000')).toBe(false);
  });

  it('accepts every IBAN built by kzIban and reads its bank code back', () => {
    const part = fc.stringMatching(/^[0-9A-Z]{13}$/);
    const code = fc.stringMatching(/^[0-9]{3}$/);
    fc.assert(
      fc.property(code, part, (bankCode, accountPart) => {
        const iban = kzIban(bankCode, accountPart);
        return isValidKzIban(iban) && ibanBankCode(iban) === bankCode;
      }),
    );
  });
});
