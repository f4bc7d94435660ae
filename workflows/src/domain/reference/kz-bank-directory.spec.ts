import { describe, expect, it } from '@jest/globals';
import { validateBic } from '../identifiers/bic.js';
import { INITIAL_KBK_CATALOGUE } from './kbk-catalogue.js';
import { KZ_BANK_DIRECTORY } from './kz-bank-directory.js';
import { KZ_BANKS } from './kz-banks.js';
import { INITIAL_TAX_OFFICES } from './tax-offices.js';
import { validateIinBin } from '../identifiers/iin-bin.js';

describe('KZ_BANK_DIRECTORY', () => {
  it('names each bank code and each BIC once, every BIC a valid Kazakh one', () => {
    expect(new Set(KZ_BANK_DIRECTORY.map((b) => b.bankCode)).size).toBe(KZ_BANK_DIRECTORY.length);
    expect(new Set(KZ_BANK_DIRECTORY.map((b) => b.bic)).size).toBe(KZ_BANK_DIRECTORY.length);
    expect(KZ_BANK_DIRECTORY.filter((b) => validateBic(b.bic) !== undefined)).toEqual([]);
    expect(KZ_BANK_DIRECTORY.length).toBeGreaterThanOrEqual(30);
  });

  it('agrees with the starting directory on every real bank it holds', () => {
    const real = KZ_BANKS.filter((b) => b.bic !== 'QOLTKZKA');
    for (const bank of real) {
      expect(KZ_BANK_DIRECTORY.find((b) => b.bankCode === bank.bankCode)?.bic).toBe(bank.bic);
    }
  });
});

describe('the budget reference seeds', () => {
  it('hold 6-digit KBK codes once each and tax offices with valid BINs', () => {
    expect(INITIAL_KBK_CATALOGUE.every((k) => /^\d{6}$/.test(k.code))).toBe(true);
    expect(new Set(INITIAL_KBK_CATALOGUE.map((k) => k.code)).size).toBe(INITIAL_KBK_CATALOGUE.length);
    expect(INITIAL_TAX_OFFICES.filter((o) => validateIinBin(o.bin) !== undefined)).toEqual([]);
  });
});
