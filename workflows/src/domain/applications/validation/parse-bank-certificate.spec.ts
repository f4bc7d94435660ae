import { describe, expect, it } from '@jest/globals';
import { ApplicationErrorCode as Code } from './application-error-code.js';
import { parseBankCertificate } from './parse-bank-certificate.js';
import { KZT_ACCOUNT, outcomeOf } from './validation.fixtures.js';

const certificate = (request: Record<string, unknown>) =>
  outcomeOf('BANK_CERTIFICATE', { language: 'ru', accountIban: KZT_ACCOUNT, ...request });

describe(parseBankCertificate.name, () => {
  it('reads a balance certificate on a past day, leaving out the dates of other certificates', () => {
    expect(certificate({ certificateKind: 'BALANCE', asOf: '2026-11-30', from: '2026-01-01' })).toEqual({
      kind: 'BANK_CERTIFICATE',
      certificateKind: 'BALANCE',
      accountIban: KZT_ACCOUNT,
      language: 'ru',
      asOf: '2026-11-30',
    });
  });

  it('refuses a balance on a day still ahead, or without its day', () => {
    expect(certificate({ certificateKind: 'BALANCE', asOf: '2026-12-05' })).toEqual([
      `asOf: ${Code.DateInFuture}`,
    ]);
    expect(certificate({ certificateKind: 'BALANCE' })).toEqual([`asOf: ${Code.FieldRequired}`]);
  });

  it('reads a turnover over a period that has happened', () => {
    expect(certificate({ certificateKind: 'TURNOVER', from: '2026-01-01', to: '2026-12-04' })).toMatchObject({
      from: '2026-01-01',
      to: '2026-12-04',
    });
    expect(certificate({ certificateKind: 'TURNOVER', from: '2026-12-04', to: '2026-12-04' })).toMatchObject({
      from: '2026-12-04',
    });
  });

  it('refuses a period that ends before it starts or lies ahead', () => {
    expect(certificate({ certificateKind: 'TURNOVER', from: '2026-06-01', to: '2026-05-31' })).toEqual([
      `to: ${Code.PeriodReversed}`,
    ]);
    expect(certificate({ certificateKind: 'TURNOVER', from: '2026-12-05', to: '2026-12-31' })).toEqual([
      `from: ${Code.DateInFuture}`,
      `to: ${Code.DateInFuture}`,
    ]);
    expect(certificate({ certificateKind: 'TURNOVER', from: '2026-06-01' })).toEqual([
      `to: ${Code.FieldRequired}`,
    ]);
  });

  it('reads a no-debts certificate for every account when none is named', () => {
    expect(
      outcomeOf('BANK_CERTIFICATE', {
        certificateKind: 'NO_DEBTS',
        language: 'kk',
        addressee: ' Tax office ',
      }),
    ).toEqual({
      kind: 'BANK_CERTIFICATE',
      certificateKind: 'NO_DEBTS',
      language: 'kk',
      addressee: 'Tax office',
    });
  });

  it('requires the account of an account details certificate', () => {
    expect(outcomeOf('BANK_CERTIFICATE', { certificateKind: 'ACCOUNT_DETAILS', language: 'en' })).toEqual([
      `accountIban: ${Code.FieldRequired}`,
    ]);
  });

  it('refuses a kind or language it does not know', () => {
    expect(certificate({ certificateKind: 'balance', language: 'de' })).toEqual([
      `certificateKind: ${Code.EnumValue}`,
      `language: ${Code.EnumValue}`,
    ]);
  });
});
