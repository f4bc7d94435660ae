import { describe, expect, it } from '@jest/globals';
import { composeKzIban } from '../../identifiers/kz-iban.js';
import type { FormApplicationKind } from '../application-kind.js';
import { ApplicationErrorCode as Code } from './application-error-code.js';
import { parseCurrencyExchange } from './parse-currency-exchange.js';
import {
  CONTEXT,
  EUR_ACCOUNT,
  KZT_ACCOUNT,
  SECOND_KZT_ACCOUNT,
  USD_ACCOUNT,
  outcomeOf,
  requestOf,
} from './validation.fixtures.js';

/** A valid IBAN of a second dollar account. */
const SECOND_USD_ACCOUNT = composeKzIban('601', '0000000000042');

const exchange = (kind: FormApplicationKind, patch: Record<string, unknown>) =>
  outcomeOf(kind, requestOf(kind, patch));

describe(parseCurrencyExchange.name, () => {
  it("reads the amount in the currency of the fixed side's account", () => {
    expect(exchange('CURRENCY_PURCHASE', { fixedSide: 'DEBIT', amount: '470500.50' })).toMatchObject({
      amount: { minor: 470_500_50, currency: 'KZT' },
    });
    expect(exchange('CURRENCY_PURCHASE', { fixedSide: 'CREDIT', amount: '1000' })).toMatchObject({
      amount: { minor: 1_000_00, currency: 'USD' },
    });
  });

  it.each([
    ['CURRENCY_PURCHASE', USD_ACCOUNT, EUR_ACCOUNT, ['debitIban']],
    ['CURRENCY_PURCHASE', KZT_ACCOUNT, SECOND_KZT_ACCOUNT, ['creditIban']],
    ['CURRENCY_SALE', KZT_ACCOUNT, USD_ACCOUNT, ['debitIban', 'creditIban']],
    ['CURRENCY_SALE', USD_ACCOUNT, EUR_ACCOUNT, ['creditIban']],
    ['CURRENCY_CONVERSION', KZT_ACCOUNT, USD_ACCOUNT, ['debitIban']],
    ['CURRENCY_CONVERSION', USD_ACCOUNT, KZT_ACCOUNT, ['creditIban']],
  ] as const)(
    'refuses a %s from %s to %s: the wrong currency pair',
    (kind, debitIban, creditIban, fields) => {
      expect(exchange(kind, { debitIban, creditIban, fixedSide: 'DEBIT', amount: '100' })).toEqual(
        fields.map((field) => `${field}: ${Code.ExchangeCurrencies}`),
      );
    },
  );

  it('refuses an exchange into the account it pays from', () => {
    expect(exchange('CURRENCY_CONVERSION', { creditIban: USD_ACCOUNT })).toEqual([
      `creditIban: ${Code.SameAccount}`,
    ]);
  });

  it('refuses a conversion between two accounts in the same currency', () => {
    const context = {
      ...CONTEXT,
      accounts: new Map([...CONTEXT.accounts, [SECOND_USD_ACCOUNT, { currency: 'USD' }]]),
    };
    const request = requestOf('CURRENCY_CONVERSION', { creditIban: SECOND_USD_ACCOUNT });
    expect(outcomeOf('CURRENCY_CONVERSION', request, context)).toEqual([
      `creditIban: ${Code.ExchangeCurrencies}`,
    ]);
  });

  it('keeps a limit rate as canonical decimal text', () => {
    expect(exchange('CURRENCY_SALE', { rate: { kind: 'LIMIT', rate: ' 0470.500000 ' } })).toMatchObject({
      rate: { kind: 'LIMIT', rate: '470.500000' },
    });
    expect(exchange('CURRENCY_SALE', { rate: { kind: 'BANK', rate: '470' } })).toMatchObject({
      rate: { kind: 'BANK' },
    });
  });

  it.each([
    ['470,50', Code.RateFormat],
    ['470.1234567', Code.RateFormat],
    ['-470', Code.RateFormat],
    ['1e3', Code.RateFormat],
    ['0.000', Code.RateNotPositive],
    ['', Code.FieldRequired],
  ])('refuses the limit rate %j', (rate, code) => {
    expect(exchange('CURRENCY_SALE', { rate: { kind: 'LIMIT', rate } })).toEqual([`rate.rate: ${code}`]);
  });

  it('refuses a rate that is neither the bank’s nor a limit', () => {
    expect(exchange('CURRENCY_SALE', { rate: { kind: 'BEST' } })).toEqual([`rate.kind: ${Code.EnumValue}`]);
    expect(exchange('CURRENCY_SALE', { rate: 'BANK' })).toEqual([`rate: ${Code.FieldType}`]);
    expect(exchange('CURRENCY_SALE', { rate: undefined })).toEqual([`rate: ${Code.FieldRequired}`]);
  });

  it('refuses a fixed side other than DEBIT or CREDIT, and then cannot read the amount', () => {
    expect(exchange('CURRENCY_SALE', { fixedSide: 'BOTH', amount: 'x' })).toEqual([
      `fixedSide: ${Code.EnumValue}`,
      `amount: ${Code.AmountFormat}`,
    ]);
  });

  it('refuses more decimals than the fixed currency has', () => {
    expect(exchange('CURRENCY_SALE', { amount: '10.001' })).toEqual([
      `amount: ${Code.AmountTooManyDecimals}`,
    ]);
  });
});
