import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { NestFactory } from '@nestjs/core';
import type { ApplicationContent } from '@qoltanba/workflows/domain';
import { DataSource } from 'typeorm';
import { eventually, freshIban } from '../../../test/support/bank-simulator.js';
import { OPERATOR } from '../../../test/support/dev-identity.js';
import { startTestApp, type TestApp } from '../../../test/support/test-app.js';
import { ConfigModule } from '../../config/config.module.js';
import { loadConfig } from '../../config/load-config.js';
import { DatabaseModule } from '../../database/database.module.js';
import { createLogger } from '../../logging/create-logger.js';
import { LoggingModule } from '../../logging/logging.module.js';
import { BankGatewayModule } from '../bank-gateway.module.js';
import {
  BankApplicationStatusSink,
  BankGateway,
  type BankApplicationOrder,
  type BankApplicationReport,
} from '../bank-gateway.js';
import { BankSimulatorRunner } from './bank-simulator-runner.js';
import { BankSimulatorRunnerModule } from './bank-simulator-runner.module.js';

const STEP_MS = 150;

/** Records what it was told, in order; `failNext` makes the next deliveries throw. */
class RecordingApplicationSink extends BankApplicationStatusSink {
  readonly delivered: { applicationId: string; report: BankApplicationReport }[] = [];
  failNext = 0;

  async report(applicationId: string, report: BankApplicationReport): Promise<void> {
    if (this.failNext > 0) {
      this.failNext -= 1;
      throw new Error('Temporal unavailable (simulated)');
    }
    this.delivered.push({ applicationId, report });
  }

  statusesOf(applicationId: string): string[] {
    return this.delivered
      .filter((entry) => entry.applicationId === applicationId)
      .map((e) => e.report.status);
  }
}

describe(`${BankSimulatorRunner.name} with applications`, () => {
  let testApp: TestApp;
  let bank: BankGateway;
  let db: DataSource;
  const sink = new RecordingApplicationSink();
  let stopRunner: () => Promise<void>;

  beforeAll(async () => {
    const env = { BANK_SIMULATOR_APPLICATION_STEP_MS: String(STEP_MS) };
    testApp = await startTestApp({ env });
    bank = testApp.app.get(BankGateway);
    db = testApp.app.get(DataSource);
    // The runner as the worker hosts it, with a recording sink instead of the workflows.
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: testApp.database.url,
      DATABASE_POOL_SIZE: '4',
      BANK_SIMULATOR_POLL_INTERVAL_MS: '50',
      ...env,
    });
    const context = await NestFactory.createApplicationContext(
      {
        module: class ApplicationRunnerTestModule {},
        imports: [
          ConfigModule.forRoot(config),
          LoggingModule.forRoot(createLogger(config, 'test-bank-runner')),
          DatabaseModule,
          BankGatewayModule.forRoot(config),
          BankSimulatorRunnerModule.forRoot({ applicationSink: sink }),
        ],
      },
      { logger: false },
    );
    stopRunner = () => context.close();
  });
  afterAll(async () => {
    await stopRunner();
    await testApp.close();
  });

  const order = (content: ApplicationContent): BankApplicationOrder => ({
    applicationId: randomUUID(),
    organizationId: randomUUID(),
    organization: { name: 'ТОО «Алатау Логистик»', binIin: '940140000385' },
    number: '17',
    content,
  });

  it('moves an application through IN_PROGRESS to DONE after the configured steps and reports each, in order', async () => {
    const iban = freshIban();
    await testApp
      .http()
      .post('/api/bank-simulator/accounts')
      .set(OPERATOR)
      .send({
        iban,
        currency: 'KZT',
        holderName: 'ТОО «Алатау Логистик»',
        holderBinIin: '940140000385',
        openingBalanceTiyn: 50_000_00,
      })
      .expect(201);
    const submitted = order({
      kind: 'CASH_WITHDRAWAL',
      accountIban: iban,
      amount: { minor: 20_000_00, currency: 'KZT' },
      date: '2026-12-04',
      branch: '001',
      purpose: 'Business trip',
    });
    const started = Date.now();
    const receipt = await bank.submitApplication(submitted);

    await eventually(
      async () => sink.statusesOf(submitted.applicationId).length === 2,
      10_000,
      'two reports',
    );

    expect(Date.now() - started).toBeGreaterThanOrEqual(2 * STEP_MS);
    const reports = sink.delivered.filter((entry) => entry.applicationId === submitted.applicationId);
    expect(reports.map((entry) => entry.report)).toEqual([
      { status: 'IN_PROGRESS', reference: receipt.reference, at: expect.any(String) },
      {
        status: 'DONE',
        reference: receipt.reference,
        result: { debited: { minor: 20_000_00, currency: 'KZT' } },
        at: expect.any(String),
      },
    ]);
    expect(Date.parse(reports[1]!.report.at)).toBeGreaterThanOrEqual(Date.parse(reports[0]!.report.at));
    expect((await bank.getBalances([iban]))[0]?.balanceTiyn).toBe(30_000_00);
  });

  it('retries a failed delivery with backoff, and a later report never overtakes it', async () => {
    // Backoff 50, 100, 200, 400 ms: the DONE report is owed long before IN_PROGRESS gets through.
    sink.failNext = 4;
    const submitted = order({ kind: 'LETTER', subject: 'Question', body: 'Hello', attachments: [] });
    await bank.submitApplication(submitted);

    await eventually(
      async () => sink.statusesOf(submitted.applicationId).length === 2,
      15_000,
      'two reports',
    );

    expect(sink.statusesOf(submitted.applicationId)).toEqual(['IN_PROGRESS', 'DONE']);
    const reportRows = () =>
      db.query<{ status: string; attempts: number; error: string | null; reported: boolean }[]>(
        `SELECT report->>'status' AS status, attempts, error, reported_at IS NOT NULL AS reported
         FROM sim_application_report WHERE application_id = $1 ORDER BY id`,
        [submitted.applicationId],
      );
    // The runner marks a report delivered once the sink has answered, a moment after it received it.
    await eventually(async () => (await reportRows()).every((row) => row.reported), 5_000, 'both marked');
    expect(await reportRows()).toEqual([
      { status: 'IN_PROGRESS', attempts: 5, error: null, reported: true },
      { status: 'DONE', attempts: 1, error: null, reported: true },
    ]);
  });
});
