import { describe, expect, it } from '@jest/globals';
import { validateBic } from '../identifiers/bic.js';
import { ibanBankCode } from '../identifiers/kz-iban.js';
import { KZ_BANKS, QOLTANBA_BANK, TREASURY_BIC, bankDirectoryOf } from './kz-banks.js';

describe('KZ_BANKS', () => {
  it('gives every bank a 3-digit code and a valid Kazakh BIC, each code once', () => {
    for (const bank of KZ_BANKS) {
      expect(bank.bankCode).toMatch(/^\d{3}$/);
      expect(validateBic(bank.bic)).toBeUndefined();
    }
    expect(new Set(KZ_BANKS.map((bank) => bank.bankCode)).size).toBe(KZ_BANKS.length);
  });

  it.each([
    ['KZ476010131000179714', 'HSBKKZKX'],
    ['KZ86722C000016068502', 'CASPKZKA'],
    ['KZ698562203124676325', 'KCJBKZKX'],
    ['KZ24070105KSN0000000', TREASURY_BIC],
    ['KZ12009NPS0413609816', 'GCVPKZ2A'],
    ['KZ67009SS00368609110', 'GCVPKZ2A'],
  ])('finds the bank of the real IBAN %s: BIC %s', (iban, bic) => {
    expect(bankDirectoryOf(KZ_BANKS).get(ibanBankCode(iban))?.bic).toBe(bic);
  });

  it('includes our simulated bank, code 998, BIC QOLTKZKA', () => {
    expect(bankDirectoryOf(KZ_BANKS).get('998')).toEqual(QOLTANBA_BANK);
    expect(QOLTANBA_BANK).toEqual({ bankCode: '998', bic: 'QOLTKZKA', name: 'Qoltanba Bank' });
  });

  it('cannot be changed by a caller by accident', () => {
    expect(Object.isFrozen(KZ_BANKS)).toBe(true);
    expect(KZ_BANKS.every((bank) => Object.isFrozen(bank))).toBe(true);
  });
});
