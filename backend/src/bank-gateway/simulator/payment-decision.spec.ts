import { describe, expect, it } from '@jest/globals';
import type { BankPaymentOrder } from '../bank-gateway.js';
import { composeKzIban as kzIban } from '@qoltanba/workflows/domain';
import { paymentOrder } from '../../../test/support/bank-simulator.js';
import { type AccountState, decideExecution, decideSubmission } from './payment-decision.js';

const bank = { bankCode: '998', bic: 'QOLTKZKA' };
const payer: AccountState = {
  iban: kzIban('998', '0000000000001'),
  currency: 'KZT',
  holderName: 'ТОО «Payer»',
  holderBinIin: '940140000385',
  balanceTiyn: 10_000,
  blocked: false,
};
const beneficiary: AccountState = {
  ...payer,
  iban: kzIban('998', '0000000000002'),
  holderBinIin: '871008401427',
};

/** The shared test order, from our payer to `to` (the beneficiary's BIN/IIN unless another is given). */
const order = (to: { iban: string; bic: string; binIin?: string }, amountTiyn = 1_000): BankPaymentOrder =>
  paymentOrder(
    payer,
    { iban: to.iban, bic: to.bic, holderBinIin: to.binIin ?? beneficiary.holderBinIin },
    amountTiyn,
  );

const intra = order({ iban: beneficiary.iban, bic: bank.bic });
const decide = (overrides: Partial<Parameters<typeof decideSubmission>[0]>) =>
  decideSubmission({ order: intra, bank, payer, beneficiary, rule: undefined, ...overrides });

describe(decideSubmission.name, () => {
  it('executes an intra-bank payment the payer can cover to an open account of the named holder', () => {
    expect(decide({})).toEqual({ status: 'EXECUTED' });
  });

  it('accepts an interbank payment without looking at funds, which are checked at execution', () => {
    const interbank = order({ iban: kzIban('601', '0000000000003'), bic: 'HSBKKZKX' }, 1_000_000);
    expect(decide({ order: interbank, beneficiary: undefined })).toEqual({ status: 'ACCEPTED' });
  });

  it('lets a matching rule win over every check of its own, with the rule’s reason', () => {
    const rule = { id: 'r1', reason: 'INVALID_BENEFICIARY' as const, note: 'court order' };
    expect(decide({ rule, payer: undefined })).toEqual({
      status: 'REJECTED',
      reason: 'INVALID_BENEFICIARY',
      detail: 'rejection rule r1: court order',
    });
  });

  it('names the reason of each refusal', () => {
    const reasonOf = (decision: ReturnType<typeof decideSubmission>) =>
      decision.status === 'REJECTED' ? decision.reason : decision.status;
    expect(reasonOf(decide({ payer: undefined }))).toBe('ACCOUNT_BLOCKED');
    expect(reasonOf(decide({ payer: { ...payer, blocked: true } }))).toBe('ACCOUNT_BLOCKED');
    expect(reasonOf(decide({ payer: { ...payer, currency: 'USD' } }))).toBe('REJECTED_BY_RULE');
    expect(reasonOf(decide({ beneficiary: undefined }))).toBe('INVALID_BENEFICIARY');
    expect(reasonOf(decide({ beneficiary: { ...beneficiary, blocked: true } }))).toBe('INVALID_BENEFICIARY');
    expect(reasonOf(decide({ order: order({ iban: beneficiary.iban, bic: 'HSBKKZKX' }) }))).toBe(
      'INVALID_BENEFICIARY',
    );
    expect(reasonOf(decide({ order: order({ iban: payer.iban, bic: bank.bic }) }))).toBe(
      'INVALID_BENEFICIARY',
    );
    expect(reasonOf(decide({ payer: { ...payer, balanceTiyn: 999 } }))).toBe('INSUFFICIENT_FUNDS');
  });
});

describe(decideExecution.name, () => {
  it('executes exactly when the payer is open and covers the amount', () => {
    expect(decideExecution(10_000, payer)).toEqual({ status: 'EXECUTED' });
    expect(decideExecution(10_001, payer)).toMatchObject({ reason: 'INSUFFICIENT_FUNDS' });
    expect(decideExecution(1, { ...payer, blocked: true })).toMatchObject({ reason: 'ACCOUNT_BLOCKED' });
  });
});
