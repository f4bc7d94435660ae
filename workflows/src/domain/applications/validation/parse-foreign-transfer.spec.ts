import { describe, expect, it } from '@jest/globals';
import { ApplicationErrorCode as Code } from './application-error-code.js';
import { parseForeignTransfer } from './parse-foreign-transfer.js';
import {
  CONTEXT,
  EUR_ACCOUNT,
  KZT_ACCOUNT,
  USD_THRESHOLD,
  outcomeOf,
  requestOf,
} from './validation.fixtures.js';

const transfer = (patch: Record<string, unknown>) =>
  outcomeOf('FX_TRANSFER', requestOf('FX_TRANSFER', patch));
const beneficiary = (patch: Record<string, unknown>) => ({
  name: 'Acme GmbH',
  address: 'Hauptstrasse 1, Berlin',
  country: 'DE',
  account: 'DE89370400440532013000',
  ...patch,
});
const contract = { number: 'C-17', date: '2026-10-01' };

describe(parseForeignTransfer.name, () => {
  it("normalizes the beneficiary's IBAN, country and bank BIC as people type them", () => {
    const result = transfer({
      beneficiary: beneficiary({ country: 'de', account: 'de89 3704 0044 0532 0130 00' }),
      bank: { bic: ' cobadeffxxx ', name: 'Commerzbank' },
    });
    expect(result).toMatchObject({
      beneficiary: { country: 'DE', account: 'DE89370400440532013000' },
      bank: { bic: 'COBADEFFXXX' },
    });
  });

  it('refuses a transfer paid from a tenge account', () => {
    expect(transfer({ payerIban: KZT_ACCOUNT, currency: 'KZT' })).toEqual([
      `payerIban: ${Code.ForeignAccountRequired}`,
    ]);
  });

  it("refuses a currency that is not the paying account's", () => {
    expect(transfer({ currency: 'EUR' })).toEqual([`currency: ${Code.CurrencyNotOfAccount}`]);
    expect(transfer({ payerIban: EUR_ACCOUNT, currency: 'EUR' })).toMatchObject({
      amount: { currency: 'EUR' },
    });
  });

  it('checks an account that looks like an IBAN by its country’s IBAN rules', () => {
    expect(transfer({ beneficiary: beneficiary({ account: 'DE88370400440532013000' }) })).toEqual([
      `beneficiary.account: ${Code.IbanChecksum}`,
    ]);
    expect(transfer({ beneficiary: beneficiary({ account: 'DE8937040044053201300' }) })).toEqual([
      `beneficiary.account: ${Code.IbanLength}`,
    ]);
    expect(transfer({ beneficiary: beneficiary({ account: 'US64SVBKUS6S3300958879' }) })).toEqual([
      `beneficiary.account: ${Code.IbanCountry}`,
    ]);
  });

  it('accepts a plain account number where the country has no IBANs', () => {
    const result = transfer({
      beneficiary: beneficiary({ country: 'US', account: '3300958879' }),
      bank: { bic: 'SVBKUS6S' },
    });
    expect(result).toMatchObject({ beneficiary: { account: '3300958879' }, bank: { bic: 'SVBKUS6S' } });
    expect(result).not.toHaveProperty('bank.name');
  });

  it('refuses an account number of other characters or over 34 of them', () => {
    expect(transfer({ beneficiary: beneficiary({ account: '3300-9588' }) })).toEqual([
      `beneficiary.account: ${Code.AccountFormat}`,
    ]);
    expect(transfer({ beneficiary: beneficiary({ account: '1'.repeat(35) }) })).toEqual([
      `beneficiary.account: ${Code.AccountFormat}`,
    ]);
  });

  it('refuses a country and a bank BIC that do not exist', () => {
    expect(transfer({ beneficiary: beneficiary({ country: 'UK' }), bank: { bic: 'COBAXXFF' } })).toEqual([
      `beneficiary.country: ${Code.CountryUnknown}`,
      `bank.bic: ${Code.SwiftBicCountry}`,
    ]);
    expect(transfer({ bank: { bic: 'COBADEFFX' } })).toEqual([`bank.bic: ${Code.SwiftBicFormat}`]);
  });

  it('refuses charges other than OUR, SHA or BEN', () => {
    expect(transfer({ charges: 'ALL' })).toEqual([`charges: ${Code.ChargesUnknown}`]);
    expect(transfer({ charges: 'OUR' })).toMatchObject({ charges: 'OUR' });
  });

  it('refuses a KNP that is not 3 digits in the catalogue', () => {
    expect(transfer({ knp: '71' })).toEqual([`knp: ${Code.KnpFormat}`]);
    expect(transfer({ knp: '999' })).toEqual([`knp: ${Code.KnpUnknown}`]);
  });

  it('requires the contract’s number and a date not in the future', () => {
    expect(transfer({ contract: { date: '2026-12-05' } })).toEqual([
      `contract.number: ${Code.FieldRequired}`,
      `contract.date: ${Code.DateInFuture}`,
    ]);
  });

  it('requires the registration number from the threshold on, and only from it', () => {
    const atThreshold = (USD_THRESHOLD / 100).toFixed(2);
    const below = ((USD_THRESHOLD - 1) / 100).toFixed(2);
    expect(transfer({ amount: atThreshold, contract })).toEqual([
      `contract.registrationNumber: ${Code.ContractRegistrationRequired}`,
    ]);
    expect(transfer({ amount: below, contract })).toMatchObject({ contract });
    expect(
      transfer({ amount: atThreshold, contract: { ...contract, registrationNumber: ' 01-2026/77 ' } }),
    ).toMatchObject({
      contract: { ...contract, registrationNumber: '01-2026/77' },
    });
  });

  it('asks no registration number where the bank sets no threshold for the currency', () => {
    const context = { ...CONTEXT, contractRegistrationThreshold: () => undefined };
    const request = requestOf('FX_TRANSFER', { amount: '99999999.00', contract });
    expect(outcomeOf('FX_TRANSFER', request, context)).toMatchObject({ amount: { minor: 99_999_999_00 } });
  });

  it('refuses a value date that has passed or lies over 30 days ahead', () => {
    expect(transfer({ valueDate: '2026-12-03' })).toEqual([`valueDate: ${Code.DateInPast}`]);
    expect(transfer({ valueDate: '2027-01-04' })).toEqual([`valueDate: ${Code.DateTooFar}`]);
  });
});
