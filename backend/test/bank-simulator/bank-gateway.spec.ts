import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { type BankGateway, InvalidBankOrderError } from '../../src/bank-gateway/bank-gateway.js';
import { BankSimulator } from '../../src/bank-gateway/simulator/bank-simulator.js';
import {
  freshIban,
  openAccount,
  OTHER_BANK,
  OUR_BANK,
  paymentOrder,
  startBankTestApp,
} from '../support/bank-simulator.js';
import type { TestApp } from '../support/test-app.js';
import { OPERATOR } from '../support/dev-identity.js';

describe(BankSimulator.name, () => {
  let testApp: TestApp;
  let bank: BankGateway;
  let db: DataSource;

  beforeAll(async () => {
    ({ testApp, bank, db } = await startBankTestApp());
  });
  afterAll(() => testApp.close());

  const balanceOf = async (iban: string) => (await bank.getBalances([iban]))[0]?.balanceTiyn;
  const entriesOf = async (documentId: string) =>
    db.query<{ iban: string; kind: string; amount_tiyn: string; balance_after_tiyn: string }[]>(
      `SELECT iban, kind, amount_tiyn, balance_after_tiyn FROM sim_ledger_entry
       WHERE document_id = $1 ORDER BY id`,
      [documentId],
    );

  it('is the BankGateway the platform gets by default', () => {
    expect(bank).toBeInstanceOf(BankSimulator);
  });

  it('executes an intra-bank payment at once, debiting the payer and crediting the beneficiary with ledger entries', async () => {
    const payer = await openAccount(testApp, 1_000_000);
    const beneficiary = await openAccount(testApp, 50, { holderBinIin: '871008401427' });
    const order = paymentOrder(payer, beneficiary, 250_075);

    const receipt = await bank.submitPayment(order);

    expect(receipt).toEqual({
      reference: expect.stringMatching(/^SIM\d{14}$/),
      status: 'EXECUTED',
      at: expect.any(String),
    });
    expect(await balanceOf(payer.iban)).toBe(749_925);
    expect(await balanceOf(beneficiary.iban)).toBe(250_125);
    expect(await entriesOf(order.documentId)).toEqual([
      { iban: payer.iban, kind: 'DEBIT', amount_tiyn: '-250075', balance_after_tiyn: '749925' },
      { iban: beneficiary.iban, kind: 'CREDIT', amount_tiyn: '250075', balance_after_tiyn: '250125' },
    ]);
  });

  it('pays a salary order onto each employee’s account, one debit of the total and one credit per employee', async () => {
    const payer = await openAccount(testApp, 1_000_000);
    const first = await openAccount(testApp, 0, { holderBinIin: '871008401427' });
    const second = await openAccount(testApp, 10, { holderBinIin: '900101400003' });
    const transit = { iban: freshIban(), bic: OUR_BANK.bic };
    const employees = [
      { iin: '871008401427', fullName: 'Ахметов Серик', iban: first.iban, amountTiyn: 300_000 },
      { iin: '900101400003', fullName: 'Иванова Анна', iban: second.iban, amountTiyn: 200_000 },
    ];
    const order = paymentOrder(payer, transit, 500_000, { kind: 'SALARY', employees });

    expect((await bank.submitPayment(order)).status).toBe('EXECUTED');
    expect(await entriesOf(order.documentId)).toEqual([
      { iban: payer.iban, kind: 'DEBIT', amount_tiyn: '-500000', balance_after_tiyn: '500000' },
      { iban: first.iban, kind: 'CREDIT', amount_tiyn: '300000', balance_after_tiyn: '300000' },
      { iban: second.iban, kind: 'CREDIT', amount_tiyn: '200000', balance_after_tiyn: '200010' },
    ]);

    const stranger = paymentOrder(payer, transit, 100, {
      kind: 'SALARY',
      employees: [{ iin: '950515300017', fullName: 'Сейітқали Әлия', iban: first.iban, amountTiyn: 100 }],
    });
    expect(await bank.submitPayment(stranger)).toMatchObject({
      status: 'REJECTED',
      reason: 'INVALID_BENEFICIARY',
    });
    expect(await balanceOf(payer.iban)).toBe(500_000);
  });

  it('returns the same receipt for a repeated submission of the same document and moves money once', async () => {
    const payer = await openAccount(testApp, 10_000);
    const beneficiary = await openAccount(testApp, 0);
    const order = paymentOrder(payer, beneficiary, 4_000);

    const first = await bank.submitPayment(order);
    const again = await bank.submitPayment(order);
    const changed = await bank.submitPayment({ ...order, amountTiyn: 5_000 });

    expect(again).toEqual(first);
    expect(changed).toEqual(first);
    expect(await balanceOf(payer.iban)).toBe(6_000);
    expect(await balanceOf(beneficiary.iban)).toBe(4_000);
    expect(await entriesOf(order.documentId)).toHaveLength(2);
  });

  it('moves money once when submissions of one document race each other', async () => {
    const payer = await openAccount(testApp, 10_000);
    const beneficiary = await openAccount(testApp, 0);
    const order = paymentOrder(payer, beneficiary, 3_000);

    const receipts = await Promise.all(Array.from({ length: 8 }, () => bank.submitPayment(order)));

    expect(new Set(receipts.map((receipt) => JSON.stringify(receipt))).size).toBe(1);
    expect(receipts[0]!.status).toBe('EXECUTED');
    expect(await balanceOf(payer.iban)).toBe(7_000);
    expect(await balanceOf(beneficiary.iban)).toBe(3_000);
  });

  it('refuses a payment the balance does not cover and moves nothing', async () => {
    const payer = await openAccount(testApp, 999);
    const beneficiary = await openAccount(testApp, 0);
    const order = paymentOrder(payer, beneficiary, 1_000);

    const receipt = await bank.submitPayment(order);

    expect(receipt).toMatchObject({ status: 'REJECTED', reason: 'INSUFFICIENT_FUNDS' });
    expect(await balanceOf(payer.iban)).toBe(999);
    expect(await balanceOf(beneficiary.iban)).toBe(0);
    expect(await entriesOf(order.documentId)).toEqual([]);
    // Paying exactly the balance is allowed: the account may reach zero, never below.
    expect((await bank.submitPayment(paymentOrder(payer, beneficiary, 999))).status).toBe('EXECUTED');
    expect(await balanceOf(payer.iban)).toBe(0);
  });

  it('refuses an intra-bank beneficiary account that does not exist', async () => {
    const payer = await openAccount(testApp, 10_000);
    const receipt = await bank.submitPayment(paymentOrder(payer, { iban: freshIban() }, 100));
    expect(receipt).toMatchObject({ status: 'REJECTED', reason: 'INVALID_BENEFICIARY' });
    expect(await balanceOf(payer.iban)).toBe(10_000);
  });

  it('refuses a blocked beneficiary account, and accepts it again once unblocked', async () => {
    const payer = await openAccount(testApp, 10_000);
    const beneficiary = await openAccount(testApp, 0);
    await testApp
      .http()
      .post(`/api/bank-simulator/accounts/${beneficiary.iban}/block`)
      .set(OPERATOR)
      .expect(200);

    const refused = await bank.submitPayment(paymentOrder(payer, beneficiary, 100));
    expect(refused).toMatchObject({ status: 'REJECTED', reason: 'INVALID_BENEFICIARY' });

    await testApp
      .http()
      .post(`/api/bank-simulator/accounts/${beneficiary.iban}/unblock`)
      .set(OPERATOR)
      .expect(200);
    expect((await bank.submitPayment(paymentOrder(payer, beneficiary, 100))).status).toBe('EXECUTED');
  });

  it('refuses a beneficiary whose BIN/IIN is not the account holder’s, or whose BIC is not ours', async () => {
    const payer = await openAccount(testApp, 10_000);
    const beneficiary = await openAccount(testApp, 0, { holderBinIin: '871008401427' });
    const wrongHolder = paymentOrder(payer, { ...beneficiary, holderBinIin: '940140000385' }, 100);
    const wrongBic = paymentOrder(payer, { ...beneficiary, bic: OTHER_BANK.bic }, 100);
    expect(await bank.submitPayment(wrongHolder)).toMatchObject({
      status: 'REJECTED',
      reason: 'INVALID_BENEFICIARY',
    });
    expect(await bank.submitPayment(wrongBic)).toMatchObject({
      status: 'REJECTED',
      reason: 'INVALID_BENEFICIARY',
    });
    expect(await balanceOf(payer.iban)).toBe(10_000);
  });

  it('refuses payments from a blocked payer account or one it does not hold', async () => {
    const payer = await openAccount(testApp, 10_000);
    const beneficiary = await openAccount(testApp, 0);
    await testApp.http().post(`/api/bank-simulator/accounts/${payer.iban}/block`).set(OPERATOR).expect(200);

    const blocked = await bank.submitPayment(paymentOrder(payer, beneficiary, 100));
    const unknown = await bank.submitPayment(paymentOrder({ iban: freshIban() }, beneficiary, 100));

    expect(blocked).toMatchObject({ status: 'REJECTED', reason: 'ACCOUNT_BLOCKED' });
    expect(unknown).toMatchObject({ status: 'REJECTED', reason: 'ACCOUNT_BLOCKED' });
    expect(await balanceOf(payer.iban)).toBe(10_000);
  });

  it('rejects what a rejection rule matches, with the rule’s reason; a one-shot rule only once', async () => {
    const payer = await openAccount(testApp, 10_000);
    const beneficiary = await openAccount(testApp, 0);
    const other = await openAccount(testApp, 0);
    await testApp
      .http()
      .post('/api/bank-simulator/rejection-rules')
      .set(OPERATOR)
      .send({ payerIban: payer.iban, beneficiaryIban: beneficiary.iban, oneShot: true })
      .expect(201);
    await testApp
      .http()
      .post('/api/bank-simulator/rejection-rules')
      .set(OPERATOR)
      .send({ beneficiaryIban: other.iban, reason: 'INVALID_BENEFICIARY', note: 'closed by court order' })
      .expect(201);

    const first = await bank.submitPayment(paymentOrder(payer, beneficiary, 100));
    const second = await bank.submitPayment(paymentOrder(payer, beneficiary, 100));
    const toOther = await bank.submitPayment(paymentOrder(payer, other, 100));
    const toOtherAgain = await bank.submitPayment(paymentOrder(payer, other, 100));

    expect(first).toMatchObject({ status: 'REJECTED', reason: 'REJECTED_BY_RULE' });
    expect(second.status).toBe('EXECUTED');
    expect(toOther).toMatchObject({ status: 'REJECTED', reason: 'INVALID_BENEFICIARY' });
    expect(toOtherAgain).toMatchObject({ status: 'REJECTED', reason: 'INVALID_BENEFICIARY' });
    expect(await balanceOf(payer.iban)).toBe(9_900);
    const rules = await testApp.http().get('/api/bank-simulator/rejection-rules').set(OPERATOR).expect(200);
    expect(rules.body).toEqual([expect.objectContaining({ beneficiaryIban: other.iban, timesApplied: 2 })]);
  });

  it('accepts an interbank payment without moving money yet, and holds it out of the available balance', async () => {
    const payer = await openAccount(testApp, 10_000);
    const order = paymentOrder(payer, { iban: freshIban(OTHER_BANK) }, 2_500);

    const receipt = await bank.submitPayment(order);

    expect(receipt).toEqual({ reference: expect.any(String), status: 'ACCEPTED', at: expect.any(String) });
    expect(await bank.getBalances([payer.iban])).toEqual([
      { iban: payer.iban, currency: 'KZT', balanceTiyn: 10_000, availableTiyn: 7_500 },
    ]);
    expect(await entriesOf(order.documentId)).toEqual([]);
  });

  it('refuses an interbank beneficiary with a broken IBAN, or our BIC on another bank’s IBAN', async () => {
    const payer = await openAccount(testApp, 10_000);
    const other = freshIban(OTHER_BANK);
    const broken = `${other.slice(0, 2)}${other[2] === '9' ? '0' : '9'}${other.slice(3)}`;
    const brokenIban = await bank.submitPayment(paymentOrder(payer, { iban: broken }, 100));
    const ourBic = await bank.submitPayment(paymentOrder(payer, { iban: other, bic: 'QOLTKZKA' }, 100));
    expect(brokenIban).toMatchObject({ status: 'REJECTED', reason: 'INVALID_BENEFICIARY' });
    expect(ourBic).toMatchObject({ status: 'REJECTED', reason: 'INVALID_BENEFICIARY' });
  });

  it('answers balances for the accounts it holds, in the order asked, with nothing available when blocked', async () => {
    const first = await openAccount(testApp, 100);
    const second = await openAccount(testApp, 200);
    await testApp.http().post(`/api/bank-simulator/accounts/${second.iban}/block`).set(OPERATOR).expect(200);

    const balances = await bank.getBalances([second.iban, freshIban(), first.iban]);

    expect(balances).toEqual([
      { iban: second.iban, currency: 'KZT', balanceTiyn: 200, availableTiyn: 0 },
      { iban: first.iban, currency: 'KZT', balanceTiyn: 100, availableTiyn: 100 },
    ]);
  });

  it('answers a statement of the latest entries newest first with running balances, and nothing for an account it does not hold', async () => {
    const payer = await openAccount(testApp, 10_000);
    const beneficiary = await openAccount(testApp, 0, { holderName: 'ТОО «Получатель»' });
    const first = paymentOrder(payer, beneficiary, 1_000);
    const second = paymentOrder(payer, beneficiary, 2_500);
    await bank.submitPayment(first);
    await bank.submitPayment(second);

    const statement = await bank.statement(payer.iban, 2);

    expect(statement).toEqual({
      iban: payer.iban,
      currency: 'KZT',
      entries: [
        {
          id: expect.any(String),
          bookedAt: expect.any(String),
          amountTiyn: -2_500,
          balanceAfterTiyn: 6_500,
          counterpartyName: 'ТОО «Beneficiary»',
          counterpartyIban: beneficiary.iban,
          counterpartyBinIin: second.beneficiary.binIin,
          counterpartyBic: second.beneficiary.bic,
          counterpartyKbe: '17',
          knp: '710',
          documentNumber: '17',
          documentDate: '2026-11-21',
          purpose: second.purpose,
          documentId: second.documentId,
        },
        expect.objectContaining({
          amountTiyn: -1_000,
          balanceAfterTiyn: 9_000,
          documentId: first.documentId,
        }),
      ],
    });
    expect((await bank.statement(beneficiary.iban, 10))?.entries[0]).toMatchObject({
      amountTiyn: 2_500,
      counterpartyIban: payer.iban,
      counterpartyName: payer.holderName,
      // The payer's side, as a 1C statement needs it: their BIN/IIN, this bank's BIC, the sender's code.
      counterpartyBinIin: payer.holderBinIin,
      counterpartyBic: OUR_BANK.bic,
      counterpartyKbe: '17',
    });
    expect(await bank.statement(freshIban(), 10)).toBeUndefined();
  });

  it('refuses an order that breaks the contract (fractional tiyn) as non-retryable, recording nothing', async () => {
    const payer = await openAccount(testApp, 10_000);
    const order = paymentOrder(payer, { iban: freshIban(OTHER_BANK) }, 10.5);
    await expect(bank.submitPayment(order)).rejects.toBeInstanceOf(InvalidBankOrderError);
    const rows = await db.query('SELECT 1 FROM sim_payment WHERE document_id = $1', [order.documentId]);
    expect(rows).toEqual([]);
  });

  it('books opposite payments between two accounts concurrently without deadlock or lost money', async () => {
    const a = await openAccount(testApp, 50_000);
    const b = await openAccount(testApp, 50_000);
    const orders = Array.from({ length: 20 }, (_, i) =>
      i % 2 === 0 ? paymentOrder(a, b, 1_000 + i) : paymentOrder(b, a, 2_000 + i),
    );

    const receipts = await Promise.all(orders.map((order) => bank.submitPayment(order)));

    expect(receipts.every((receipt) => receipt.status === 'EXECUTED')).toBe(true);
    const [balanceA, balanceB] = [await balanceOf(a.iban), await balanceOf(b.iban)];
    expect(balanceA! + balanceB!).toBe(100_000);
    const moved = orders.reduce(
      (sum, order) => sum + (order.payerIban === a.iban ? -1 : 1) * order.amountTiyn,
      0,
    );
    expect(balanceA).toBe(50_000 + moved);
  });
});
