import { describe, expect, it } from '@jest/globals';
import { contentOf } from '../application.fixtures.js';
import { ApplicationErrorCode as Code } from './application-error-code.js';
import { parseCashLodgement, parseCashWithdrawal } from './parse-cash.js';
import { FOREIGN_HELD_ACCOUNT, USD_ACCOUNT, outcomeOf, requestOf } from './validation.fixtures.js';

describe(parseCashWithdrawal.name, () => {
  it('normalizes what people type: spaces and case in the IBAN and currency, blanks around text', () => {
    const request = requestOf('CASH_WITHDRAWAL', {
      accountIban: ' kz86 125k zt50 0410 0100 ',
      currency: 'kzt',
      amount: ' 150000 ',
      purpose: '  Business travel\n',
    });
    expect(outcomeOf('CASH_WITHDRAWAL', request)).toEqual(contentOf('CASH_WITHDRAWAL', '2026-12-04'));
  });

  it('refuses an account the organization does not hold, and a mistyped one', () => {
    expect(
      outcomeOf('CASH_WITHDRAWAL', requestOf('CASH_WITHDRAWAL', { accountIban: FOREIGN_HELD_ACCOUNT })),
    ).toEqual([`accountIban: ${Code.AccountNotOwned}`]);
    expect(
      outcomeOf('CASH_WITHDRAWAL', requestOf('CASH_WITHDRAWAL', { accountIban: 'KZ87125KZT5004100100' })),
    ).toEqual([`accountIban: ${Code.IbanChecksum}`]);
  });

  it("refuses a currency that is not the account's, or not a currency", () => {
    expect(outcomeOf('CASH_WITHDRAWAL', requestOf('CASH_WITHDRAWAL', { currency: 'USD' }))).toEqual([
      `currency: ${Code.CurrencyNotOfAccount}`,
    ]);
    expect(outcomeOf('CASH_WITHDRAWAL', requestOf('CASH_WITHDRAWAL', { currency: 'ZZZ' }))).toEqual([
      `currency: ${Code.CurrencyUnknown}`,
    ]);
  });

  it("reads the amount in the account's currency, exactly", () => {
    const request = requestOf('CASH_WITHDRAWAL', {
      accountIban: USD_ACCOUNT,
      currency: 'USD',
      amount: '0.29',
    });
    expect(outcomeOf('CASH_WITHDRAWAL', request)).toMatchObject({ amount: { minor: 29, currency: 'USD' } });
  });

  it.each([
    ['1250.505', Code.AmountTooManyDecimals],
    ['1 250.50', Code.AmountFormat],
    ['-5', Code.AmountNotPositive],
    ['0', Code.AmountNotPositive],
    ['1000000000000', Code.AmountTooLarge],
    ['', Code.FieldRequired],
  ])('reports the amount %j once, under amount', (amount, code) => {
    expect(outcomeOf('CASH_WITHDRAWAL', requestOf('CASH_WITHDRAWAL', { amount }))).toEqual([
      `amount: ${code}`,
    ]);
  });

  it('still reports an amount that is no number at all when the currency is unknown', () => {
    expect(
      outcomeOf('CASH_WITHDRAWAL', requestOf('CASH_WITHDRAWAL', { currency: 'ZZZ', amount: 'ten' })),
    ).toEqual([`currency: ${Code.CurrencyUnknown}`, `amount: ${Code.AmountFormat}`]);
  });

  it.each([
    ['2026-12-03', Code.DateInPast],
    ['2027-01-04', Code.DateTooFar],
    ['2026-02-30', Code.DateInvalid],
    ['04.12.2026', Code.DateInvalid],
  ])('refuses the cash day %s', (date, code) => {
    expect(outcomeOf('CASH_WITHDRAWAL', requestOf('CASH_WITHDRAWAL', { date }))).toEqual([`date: ${code}`]);
  });

  it('accepts a cash day from today up to 30 days ahead', () => {
    for (const date of ['2026-12-04', '2027-01-03']) {
      expect(outcomeOf('CASH_WITHDRAWAL', requestOf('CASH_WITHDRAWAL', { date }))).toMatchObject({ date });
    }
  });

  it('refuses a branch the bank does not have', () => {
    expect(outcomeOf('CASH_WITHDRAWAL', requestOf('CASH_WITHDRAWAL', { branch: 'XXX-99' }))).toEqual([
      `branch: ${Code.BranchUnknown}`,
    ]);
  });

  it('refuses a purpose over 420 characters or with control characters', () => {
    expect(outcomeOf('CASH_WITHDRAWAL', requestOf('CASH_WITHDRAWAL', { purpose: 'я'.repeat(421) }))).toEqual([
      `purpose: ${Code.TextTooLong}`,
    ]);
    expect(
      outcomeOf('CASH_WITHDRAWAL', requestOf('CASH_WITHDRAWAL', { purpose: 'я'.repeat(420) })),
    ).toMatchObject({
      purpose: 'я'.repeat(420),
    });
    expect(outcomeOf('CASH_WITHDRAWAL', requestOf('CASH_WITHDRAWAL', { purpose: 'a\u0000b' }))).toEqual([
      `purpose: ${Code.TextCharacters}`,
    ]);
  });

  it('reports every broken rule at once', () => {
    const request = {
      accountIban: 'KZ00',
      currency: 'KZT',
      amount: '1.234',
      date: '2020-01-01',
      branch: 'X',
    };
    expect(outcomeOf('CASH_WITHDRAWAL', request)).toEqual([
      `accountIban: ${Code.IbanLength}`,
      `amount: ${Code.AmountTooManyDecimals}`,
      `date: ${Code.DateInPast}`,
      `branch: ${Code.BranchUnknown}`,
      `purpose: ${Code.FieldRequired}`,
    ]);
  });
});

describe(parseCashLodgement.name, () => {
  it('reads where the cash comes from, at most 250 characters', () => {
    expect(outcomeOf('CASH_LODGEMENT', requestOf('CASH_LODGEMENT'))).toEqual(
      contentOf('CASH_LODGEMENT', '2026-12-04'),
    );
    expect(outcomeOf('CASH_LODGEMENT', requestOf('CASH_LODGEMENT', { source: 'x'.repeat(251) }))).toEqual([
      `source: ${Code.TextTooLong}`,
    ]);
    expect(outcomeOf('CASH_LODGEMENT', requestOf('CASH_LODGEMENT', { source: undefined }))).toEqual([
      `source: ${Code.FieldRequired}`,
    ]);
  });
});
