import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { monthlyFeeRunWorkflow } from '@qoltanba/workflows';
import { MONTHLY_FEE_SCHEDULE_ID, type FeeRunState } from '@qoltanba/workflows/messages';
import { Client } from '@temporalio/client';
import { BankGateway } from '../src/bank-gateway/bank-gateway.js';
import { ensureMonthlyFeeSchedule } from '../src/tariffs/monthly-fee.schedule.js';
import { monthlyFeeKey } from '../src/tariffs/tariff-charges.service.js';
import { MANAGER } from './support/dev-identity.js';
import { type NodeProcess, startBackendProcess } from './support/node-process.js';
import { onboard, type Onboarded } from './support/onboarding.js';
import { sql } from './support/sessions.js';
import { startTestApp, startTestWorker, type TestApp, type TestWorker } from './support/test-app.js';
import { until } from './support/until.js';

/** Tuesday 1 December 2026: the month's first working day. */
const FIRST_WORKING_DAY = '2026-12-01';
const MONTH = '2026-12';
const LIGHT_ONLY = ['LIGHT', 'MOBILE'] as const;

describe('the monthly fee, charged by a Temporal Schedule through the bank', () => {
  let testApp: TestApp;
  let worker: TestWorker | undefined;
  let withStandard: Onboarded;
  let withoutStandard: Onboarded;
  let poor: Onboarded;
  const processes: NodeProcess[] = [];

  beforeAll(async () => {
    testApp = await startTestApp();
    worker = await startTestWorker(testApp);
    withStandard = await onboard(testApp, { Aigerim: { right: 'SINGLE' } });
    withoutStandard = await onboard(testApp, { Bolat: { right: 'SINGLE', channels: [...LIGHT_ONLY] } });
    poor = await onboard(
      testApp,
      { Dana: { right: 'SINGLE', channels: [...LIGHT_ONLY] } },
      { balanceTiyn: 150_00 },
    );
  }, 60_000);
  afterAll(async () => {
    for (const started of processes.reverse()) await started.stop();
    await worker?.stop();
    await testApp.close();
  });

  const run = (date: string, id = `monthly-fee-run-test-${randomUUID()}`): Promise<FeeRunState> =>
    testApp.app.get(Client).workflow.execute(monthlyFeeRunWorkflow, {
      workflowId: id,
      taskQueue: testApp.config.temporal.taskQueue,
      args: [{ date }],
    });
  const chargeOf = async (client: Onboarded) =>
    (
      await sql<{ status: string; amount_tiyn: string; reason: string | null; attempts: number }>(
        testApp,
        `SELECT status, amount_tiyn, reason, attempts FROM monthly_fee_charge WHERE organization_id = $1 AND month = $2`,
        [client.organizationId, MONTH],
      )
    )[0];
  const feeEntries = (client: Onboarded) =>
    sql<{ amount_tiyn: string; description: string }>(
      testApp,
      `SELECT amount_tiyn, description FROM sim_ledger_entry WHERE iban = $1 AND fee_key IS NOT NULL`,
      [client.payerIban],
    );

  it('charges nobody before the month’s first working day', async () => {
    const state = await run('2027-01-03'); // 1–2 January are holidays, the 3rd a Sunday
    expect(state).toMatchObject({
      status: 'NOT_DUE',
      month: '2027-01',
      tally: { charged: 0, failed: 0, skipped: 0 },
    });
    expect((await sql(testApp, `SELECT 1 FROM monthly_fee_charge WHERE month = '2027-01'`)).length).toBe(0);
  });

  it('charges a client without Standard 200 KZT, shown on its statement, and a Standard client 0 without the bank', async () => {
    const state = await run(FIRST_WORKING_DAY);
    expect(state.status).toBe('DONE');
    expect(await chargeOf(withoutStandard)).toMatchObject({ status: 'CHARGED', amount_tiyn: '20000' });
    expect(await chargeOf(withStandard)).toMatchObject({ status: 'CHARGED', amount_tiyn: '0' });
    expect(await feeEntries(withStandard)).toEqual([]);
    const statement = await testApp
      .http()
      .get(`/api/accounts/${withoutStandard.payerIban}/statement`)
      .set(withoutStandard.as('Bolat', 'LIGHT'));
    expect(statement.body.entries[0]).toMatchObject({
      amountTiyn: -20_000,
      amount: '-200.00',
      purpose: expect.stringContaining(`интернет-банкинг`) as unknown,
    });
    // Operators see the run among the processes.
    const [process] = await sql<{ status: string; type: string }>(
      testApp,
      `SELECT status, type FROM process WHERE workflow_id = $1`,
      [state.runId],
    );
    expect(process).toEqual({ status: 'DONE', type: 'tariff-run' });
  });

  it('never charges a month twice, however many runs (each day of the month runs again)', async () => {
    await run('2026-12-02');
    await run('2026-12-03');
    expect(await feeEntries(withoutStandard)).toHaveLength(1);
    expect((await chargeOf(withoutStandard))?.attempts).toBe(1);
  });

  it('reports a charge refused for want of funds, tries again the next day, and takes it once when money came', async () => {
    // The poor client had 150 KZT: the first run was refused by the bank.
    expect(await chargeOf(poor)).toMatchObject({ status: 'FAILED', reason: 'INSUFFICIENT_FUNDS' });
    expect(await feeEntries(poor)).toEqual([]);
    await testApp
      .http()
      .post(`/api/bank-simulator/accounts/${poor.payerIban}/adjustments`)
      .set(MANAGER)
      .send({ amountTiyn: 1_000_00, description: 'Top-up' })
      .expect(201);
    const state = await run('2026-12-07');
    expect(state.tally).toEqual({ charged: 1, failed: 0, skipped: 0 });
    expect(await chargeOf(poor)).toMatchObject({ status: 'CHARGED', reason: null });
    expect((await chargeOf(poor))?.attempts).toBeGreaterThanOrEqual(2);
    expect(await feeEntries(poor)).toHaveLength(1);
    const tariff = await testApp
      .http()
      .get(`/api/manager/organizations/${poor.organizationId}/tariff`)
      .set(MANAGER);
    expect(tariff.body).toMatchObject({
      plan: 'WITHOUT_STANDARD',
      monthlyFee: '200.00',
      charges: [{ month: MONTH, status: 'CHARGED', amount: '200.00' }],
    });
  });

  it('charges once when two runs of the same day race each other', async () => {
    const raced = await onboard(testApp, { Gulnara: { right: 'SINGLE', channels: [...LIGHT_ONLY] } });
    const states = await Promise.all([run('2026-12-04'), run('2026-12-04')]);
    expect(states.map((state) => state.status)).toEqual(['DONE', 'DONE']);
    expect(await feeEntries(raced)).toHaveLength(1);
    // The organization's row lock serializes the two: the second finds the month charged.
    expect(await chargeOf(raced)).toMatchObject({ status: 'CHARGED', attempts: 1 });
  });

  it('charges once when a worker dies while the bank answers, and the next worker repeats the charge', async () => {
    const late = await onboard(testApp, { Erlan: { right: 'SINGLE', channels: [...LIGHT_ONLY] } });
    await worker!.stop();
    worker = undefined;
    const env = {
      NODE_ENV: 'test',
      DATABASE_URL: testApp.database.url,
      TEMPORAL_ADDRESS: testApp.config.temporal.address,
      TEMPORAL_TASK_QUEUE: testApp.config.temporal.taskQueue,
      WORKER_SCHEDULES: 'false',
      LOG_LEVEL: 'warn',
    };
    // This worker's bank books the fee, then takes a minute to answer: it dies waiting.
    const doomed = startBackendProcess('worker', { ...env, BANK_SIMULATOR_RESPONSE_DELAY_MS: '60000' });
    processes.push(doomed);
    const running = run('2026-12-08');
    await until(async () => (await feeEntries(late)).length === 1, 60_000).catch((error: unknown) => {
      throw new Error(`the first worker booked no fee: ${doomed.output()}`, { cause: error });
    });
    await doomed.kill();
    processes.push(startBackendProcess('worker', env));
    expect((await running).tally.charged).toBeGreaterThanOrEqual(1);
    expect(await feeEntries(late)).toHaveLength(1);
    expect(await chargeOf(late)).toMatchObject({ status: 'CHARGED', attempts: 1 });
    // The bank itself answers a repeat with its first receipt, taking nothing again.
    const repeat = await testApp.app.get(BankGateway).chargeFee({
      key: monthlyFeeKey(late.organizationId, MONTH),
      iban: late.payerIban,
      amountTiyn: 200_00,
      description: 'repeat',
    });
    expect(repeat.status).toBe('BOOKED');
    expect(await feeEntries(late)).toHaveLength(1);
  }, 120_000);

  it('ends CANCELLED among the processes, its tally on its last step, when cancelled from Temporal’s console', async () => {
    // The delay holds back the run's first task, which the cancellation then dispatches at once.
    const handle = await testApp.app.get(Client).workflow.start(monthlyFeeRunWorkflow, {
      workflowId: `monthly-fee-run-test-${randomUUID()}`,
      taskQueue: testApp.config.temporal.taskQueue,
      args: [{ date: '2027-02-01' }],
      startDelay: '1 hour',
    });
    await handle.cancel();
    expect(await handle.result()).toMatchObject({ status: 'CANCELLED' });
    const [process] = await sql<{ id: string; status: string; awaiting: string }>(
      testApp,
      `SELECT id, status, awaiting FROM process WHERE workflow_id = $1`,
      [handle.workflowId],
    );
    expect(process).toMatchObject({ status: 'CANCELLED', awaiting: 'NOBODY' });
    const events = await sql<{ event: string; details: unknown }>(
      testApp,
      `SELECT event, details FROM process_event WHERE process_id = $1 ORDER BY seq`,
      [process!.id],
    );
    expect(events).toEqual([
      { event: 'STARTED', details: null },
      { event: 'CANCELLED', details: { charged: 0, failed: 0, skipped: 0 } },
    ]);
    // Nothing was charged for February: the month's following runs charge it.
    expect((await sql(testApp, `SELECT 1 FROM monthly_fee_charge WHERE month = '2027-02'`)).length).toBe(0);
  });

  it('is a schedule every morning in Almaty, created once and brought up to date by every worker', async () => {
    const client = testApp.app.get(Client);
    try {
      await ensureMonthlyFeeSchedule(client, testApp.config.temporal.taskQueue);
      await ensureMonthlyFeeSchedule(client, testApp.config.temporal.taskQueue);
      const description = await client.schedule.getHandle(MONTHLY_FEE_SCHEDULE_ID).describe();
      expect(description.spec.timezone).toBe('Asia/Almaty');
      expect(description.spec.calendars?.[0]).toMatchObject({ hour: [{ start: 6, end: 6, step: 1 }] });
      expect(description.action).toMatchObject({ workflowType: 'monthlyFeeRunWorkflow' });
      expect(description.policies.overlap).toBe('SKIP');
    } finally {
      await client.schedule.getHandle(MONTHLY_FEE_SCHEDULE_ID).delete();
    }
  });

  it('shows the tariff to managers only, and answers a bad or unknown id with its code', async () => {
    const view = await testApp
      .http()
      .get(`/api/manager/organizations/${withStandard.organizationId}/tariff`)
      .set(MANAGER);
    expect(view.body).toMatchObject({ plan: 'STANDARD_CONNECTED', monthlyFeeTiyn: 0 });
    expect(
      (
        await testApp
          .http()
          .get(`/api/manager/organizations/${withStandard.organizationId}/tariff`)
          .set(withStandard.as('Aigerim'))
      ).status,
    ).toBe(403);
    expect((await testApp.http().get('/api/manager/organizations/nope/tariff').set(MANAGER)).status).toBe(
      400,
    );
    expect(
      (await testApp.http().get(`/api/manager/organizations/${randomUUID()}/tariff`).set(MANAGER)).body.code,
    ).toBe('ORG_NOT_FOUND');
  });
});
