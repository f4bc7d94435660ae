import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { BankGateway } from '../../src/bank-gateway/bank-gateway.js';
import { BankSimulator } from '../../src/bank-gateway/simulator/bank-simulator.js';
import { BankSimulatorRunner } from '../../src/bank-gateway/simulator/bank-simulator-runner.js';
import {
  eventually,
  freshIban,
  openAccount,
  OTHER_BANK,
  paymentOrder,
  RecordingSink,
  startSimulatorRunner,
  type TestRunner,
} from '../support/bank-simulator.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const DELAY_MS = 600;

interface PaymentRow {
  status: string;
  reason: string | null;
  received_at: Date;
  executed_at: Date | null;
  reported_at: Date | null;
  report_attempts: number;
  report_error: string | null;
}

describe(BankSimulatorRunner.name, () => {
  let testApp: TestApp;
  let bank: BankGateway;
  let db: DataSource;
  const runners: TestRunner[] = [];

  beforeAll(async () => {
    testApp = await startTestApp({ env: { BANK_SIMULATOR_INTERBANK_DELAY_MS: String(DELAY_MS) } });
    bank = testApp.app.get(BankGateway);
    db = testApp.app.get(DataSource);
  });
  afterAll(async () => {
    await Promise.all(runners.map((runner) => runner.stop()));
    await testApp.close();
  });

  const startRunner = async (sink?: RecordingSink) => {
    const runner = await startSimulatorRunner(testApp, sink ? { sink } : {});
    runners.push(runner);
    return runner;
  };
  const stopRunner = async (runner: TestRunner) => {
    runners.splice(runners.indexOf(runner), 1);
    await runner.stop();
  };
  const paymentRow = async (documentId: string): Promise<PaymentRow> =>
    (
      await db.query<PaymentRow[]>(
        `SELECT status, reason, received_at, executed_at, reported_at, report_attempts, report_error
         FROM sim_payment WHERE document_id = $1`,
        [documentId],
      )
    )[0]!;
  const balanceOf = async (iban: string) => (await bank.getBalances([iban]))[0]!.balanceTiyn;
  const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

  it('executes an accepted interbank payment after the delay, debiting the payer, and reports it exactly once', async () => {
    const sink = new RecordingSink();
    const runner = await startRunner(sink);
    const payer = await openAccount(testApp, 10_000);
    const order = paymentOrder(payer, { iban: freshIban(OTHER_BANK) }, 4_000);

    const receipt = await bank.submitPayment(order);
    expect(receipt.status).toBe('ACCEPTED');
    await eventually(async () => sink.reportsFor(order.documentId).length > 0, 10_000, 'report');
    await settle();

    const row = await paymentRow(order.documentId);
    expect(row.status).toBe('EXECUTED');
    expect(row.executed_at!.getTime() - row.received_at.getTime()).toBeGreaterThanOrEqual(DELAY_MS);
    expect(row.reported_at).not.toBeNull();
    expect(sink.reportsFor(order.documentId)).toEqual([
      { status: 'EXECUTED', reference: receipt.reference, at: row.executed_at!.toISOString() },
    ]);
    expect(await balanceOf(payer.iban)).toBe(6_000);
    const entries = await db.query(`SELECT kind, amount_tiyn FROM sim_ledger_entry WHERE document_id = $1`, [
      order.documentId,
    ]);
    expect(entries).toEqual([{ kind: 'DEBIT', amount_tiyn: '-4000' }]);
    // A repeat after execution still answers the first receipt and moves nothing.
    expect(await bank.submitPayment(order)).toEqual(receipt);
    expect(await balanceOf(payer.iban)).toBe(6_000);
    await stopRunner(runner);
  });

  it('rejects at execution with INSUFFICIENT_FUNDS when the money was spent meanwhile, moving nothing', async () => {
    const sink = new RecordingSink();
    const runner = await startRunner(sink);
    const payer = await openAccount(testApp, 10_000);
    const first = paymentOrder(payer, { iban: freshIban(OTHER_BANK) }, 7_000);
    const second = paymentOrder(payer, { iban: freshIban(OTHER_BANK) }, 7_000);

    expect((await bank.submitPayment(first)).status).toBe('ACCEPTED');
    expect((await bank.submitPayment(second)).status).toBe('ACCEPTED');
    await eventually(async () => sink.delivered.length === 2, 10_000, 'two reports');

    expect(sink.reportsFor(first.documentId)).toEqual([expect.objectContaining({ status: 'EXECUTED' })]);
    expect(sink.reportsFor(second.documentId)).toEqual([
      expect.objectContaining({ status: 'REJECTED', reason: 'INSUFFICIENT_FUNDS' }),
    ]);
    expect(await balanceOf(payer.iban)).toBe(3_000);
    await stopRunner(runner);
  });

  it('retries a report the sink failed to take, and delivers it once', async () => {
    const sink = new RecordingSink();
    sink.failNext = 2;
    const runner = await startRunner(sink);
    const payer = await openAccount(testApp, 10_000);
    const order = paymentOrder(payer, { iban: freshIban(OTHER_BANK) }, 1_000);

    await bank.submitPayment(order);
    await eventually(async () => sink.delivered.length > 0, 10_000, 'report after retries');
    await settle();

    expect(sink.attempts).toBe(3);
    expect(sink.reportsFor(order.documentId)).toHaveLength(1);
    const row = await paymentRow(order.documentId);
    expect(row).toMatchObject({ report_attempts: 3, report_error: null });
    expect(row.reported_at).not.toBeNull();
    expect(await balanceOf(payer.iban)).toBe(9_000);
    await stopRunner(runner);
  });

  it('keeps outcomes reached without a sink, and delivers them once a runner with a sink runs', async () => {
    const sinkless = await startRunner();
    const payer = await openAccount(testApp, 10_000);
    const order = paymentOrder(payer, { iban: freshIban(OTHER_BANK) }, 2_000);
    await bank.submitPayment(order);
    await eventually(
      async () => (await paymentRow(order.documentId)).status === 'EXECUTED',
      10_000,
      'execution',
    );
    await stopRunner(sinkless);
    expect((await paymentRow(order.documentId)).reported_at).toBeNull();

    const sink = new RecordingSink();
    const runner = await startRunner(sink);
    await eventually(async () => sink.reportsFor(order.documentId).length > 0, 10_000, 'late report');
    await settle();
    expect(sink.reportsFor(order.documentId)).toEqual([expect.objectContaining({ status: 'EXECUTED' })]);
    expect((await paymentRow(order.documentId)).report_attempts).toBe(1);
    expect(await balanceOf(payer.iban)).toBe(8_000);
    await stopRunner(runner);
  });

  it('never executes or reports one payment twice when two workers run it', async () => {
    const sinks = [new RecordingSink(), new RecordingSink()];
    const [one, two] = await Promise.all(sinks.map((sink) => startRunner(sink)));
    const payer = await openAccount(testApp, 1_000_000);
    const orders = Array.from({ length: 40 }, (_, i) =>
      paymentOrder(payer, { iban: freshIban(OTHER_BANK) }, 1_000 + i),
    );

    await Promise.all(orders.map((order) => bank.submitPayment(order)));
    const delivered = () => sinks.flatMap((sink) => sink.delivered);
    await eventually(async () => delivered().length >= orders.length, 15_000, 'all reports');
    await settle();

    const documentIds = delivered().map((entry) => entry.documentId);
    expect(documentIds).toHaveLength(orders.length);
    expect(new Set(documentIds).size).toBe(orders.length);
    const debits = await db.query<{ count: string }[]>(
      `SELECT count(*) FROM sim_ledger_entry WHERE iban = $1 AND kind = 'DEBIT'`,
      [payer.iban],
    );
    expect(Number(debits[0]!.count)).toBe(orders.length);
    const total = orders.reduce((sum, order) => sum + order.amountTiyn, 0);
    expect(await balanceOf(payer.iban)).toBe(1_000_000 - total);
    await Promise.all([stopRunner(one!), stopRunner(two!)]);
  });

  it('gives each due payment to exactly one of many racing executions', async () => {
    const simulator = testApp.app.get(BankSimulator);
    const payer = await openAccount(testApp, 1_000_000);
    const orders = Array.from({ length: 30 }, () =>
      paymentOrder(payer, { iban: freshIban(OTHER_BANK) }, 100),
    );
    await Promise.all(orders.map((order) => bank.submitPayment(order)));
    await db.query(`UPDATE sim_payment SET execute_after = now() WHERE document_id = ANY($1)`, [
      orders.map((order) => order.documentId),
    ]);

    const outcomes = await Promise.all(
      Array.from({ length: 45 }, () => simulator.executeNextDuePayment(30_000)),
    );

    const executed = outcomes.flatMap((owed) => (owed ? [owed.documentId] : []));
    expect(new Set(executed).size).toBe(executed.length);
    // The racers that found every row locked or done come back empty; the rest wait for none.
    const remaining = await db.query<{ count: string }[]>(
      `SELECT count(*) FROM sim_payment WHERE document_id = ANY($1) AND status = 'ACCEPTED'`,
      [orders.map((order) => order.documentId)],
    );
    expect(executed.length + Number(remaining[0]!.count)).toBe(orders.length);
    expect(await balanceOf(payer.iban)).toBe(1_000_000 - 100 * executed.length);
  });

  it('stops cleanly on shutdown and executes nothing afterwards', async () => {
    const sink = new RecordingSink();
    const runner = await startRunner(sink);
    const payer = await openAccount(testApp, 10_000);
    const order = paymentOrder(payer, { iban: freshIban(OTHER_BANK) }, 500);
    await bank.submitPayment(order);

    const started = performance.now();
    await stopRunner(runner);
    expect(performance.now() - started).toBeLessThan(2_000);
    await new Promise((resolve) => setTimeout(resolve, DELAY_MS + 300));

    expect((await paymentRow(order.documentId)).status).toBe('ACCEPTED');
    expect(sink.delivered).toEqual([]);
    expect(await balanceOf(payer.iban)).toBe(10_000);
  });
});
