import { randomUUID } from 'node:crypto';
import { type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { BankGatewayModule } from '../../src/bank-gateway/bank-gateway.module.js';
import {
  type BankPaymentOrder,
  BankStatusSink,
  type BankStatusReport,
} from '../../src/bank-gateway/bank-gateway.js';
import { composeKzIban as kzIban } from '@qoltanba/workflows/domain';
import { BankSimulatorRunner } from '../../src/bank-gateway/simulator/bank-simulator-runner.js';
import { BankSimulatorRunnerModule } from '../../src/bank-gateway/simulator/bank-simulator-runner.module.js';
import { ConfigModule } from '../../src/config/config.module.js';
import { loadConfig } from '../../src/config/load-config.js';
import { DatabaseModule } from '../../src/database/database.module.js';
import { createLogger } from '../../src/logging/create-logger.js';
import { LoggingModule } from '../../src/logging/logging.module.js';
import { DataSource } from 'typeorm';
import { BankGateway } from '../../src/bank-gateway/bank-gateway.js';
import { startTestApp, type TestApp } from './test-app.js';
import { OPERATOR } from './dev-identity.js';

export const OUR_BANK = { bankCode: '998', bic: 'QOLTKZKA' } as const;
/** Another Kazakh bank (Halyk's code and BIC), for interbank payments. */
export const OTHER_BANK = { bankCode: '601', bic: 'HSBKKZKX' } as const;

let accountCounter = 0;

/** A fresh valid IBAN at our bank (or another), unique within the test run's process. */
export function freshIban(bank: { bankCode: string } = OUR_BANK): string {
  accountCounter += 1;
  const pid = process.pid.toString(36).toUpperCase().padStart(5, '0');
  const counter = accountCounter.toString(36).toUpperCase().padStart(7, '0');
  return kzIban(bank.bankCode, `T${pid}${counter}`);
}

export interface TestAccount {
  iban: string;
  holderBinIin: string;
  holderName: string;
}

/** Opens an account through the control API, as a tester would. */
export async function openAccount(
  testApp: TestApp,
  balanceTiyn: number,
  overrides: Partial<TestAccount> = {},
): Promise<TestAccount> {
  const account = {
    iban: freshIban(),
    holderBinIin: '940140000385',
    holderName: 'ТОО «Алатау Логистик»',
    ...overrides,
  };
  const response = await testApp
    .http()
    .post('/api/bank-simulator/accounts')
    .set(OPERATOR)
    .send({ ...account, openingBalanceTiyn: balanceTiyn });
  if (response.status !== 201) throw new Error(`account not opened: ${JSON.stringify(response.body)}`);
  return account;
}

/** A payment order from `payer` to `beneficiary`; interbank when the beneficiary's IBAN is another bank's. */
export function paymentOrder(
  payer: { iban: string },
  beneficiary: { iban: string; holderBinIin?: string; bic?: string },
  amountTiyn: number,
  overrides: Partial<BankPaymentOrder> = {},
): BankPaymentOrder {
  const intraBank = beneficiary.iban.slice(4, 7) === OUR_BANK.bankCode;
  return {
    documentId: randomUUID(),
    organizationId: randomUUID(),
    number: '17',
    date: '2026-11-21',
    valueDate: '2026-11-21',
    payerIban: payer.iban,
    amountTiyn,
    currency: 'KZT',
    kod: '17',
    beneficiary: {
      name: 'ТОО «Beneficiary»',
      binIin: beneficiary.holderBinIin ?? '940140000385',
      iban: beneficiary.iban,
      bic: beneficiary.bic ?? (intraBank ? OUR_BANK.bic : OTHER_BANK.bic),
      kbe: '17',
    },
    knp: '710',
    purpose: 'Payment for goods under contract 42',
    ...overrides,
  };
}

/** A sink that records what it was told; `failNext` makes the next deliveries throw. */
export class RecordingSink extends BankStatusSink {
  readonly delivered: { documentId: string; report: BankStatusReport }[] = [];
  attempts = 0;
  failNext = 0;

  async report(documentId: string, report: BankStatusReport): Promise<void> {
    this.attempts += 1;
    if (this.failNext > 0) {
      this.failNext -= 1;
      throw new Error('Temporal unavailable (simulated)');
    }
    this.delivered.push({ documentId, report });
  }

  reportsFor(documentId: string): BankStatusReport[] {
    return this.delivered.filter((entry) => entry.documentId === documentId).map((entry) => entry.report);
  }
}

export interface TestRunner {
  context: INestApplicationContext;
  runner: BankSimulatorRunner;
  stop(): Promise<void>;
}

/**
 * The simulator's runner as the worker hosts it (same modules), on the test app's database, with
 * the sink given (or none). Several may run at once, like several workers.
 */
export async function startSimulatorRunner(
  testApp: TestApp,
  options: { sink?: BankStatusSink; env?: Record<string, string> } = {},
): Promise<TestRunner> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: testApp.database.url,
    DATABASE_POOL_SIZE: '4',
    BANK_SIMULATOR_POLL_INTERVAL_MS: '50',
    ...options.env,
  });
  const logger = createLogger(config, 'test-bank-runner');
  const context = await NestFactory.createApplicationContext(
    {
      module: class BankRunnerTestModule {},
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(logger),
        DatabaseModule,
        BankGatewayModule.forRoot(config),
        BankSimulatorRunnerModule.forRoot(options.sink ? { sink: options.sink } : {}),
      ],
    },
    { logger: false },
  );
  return { context, runner: context.get(BankSimulatorRunner), stop: () => context.close() };
}

/** Polls `probe` until it returns something truthy, or fails after `timeoutMs`. */
export async function eventually<T>(
  probe: () => Promise<T>,
  timeoutMs = 10_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what} not reached within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export interface BankTestApp {
  testApp: TestApp;
  bank: BankGateway;
  db: DataSource;
}

/** The test API with the bank gateway (the simulator) and the database at hand, for the bank's own specs. */
export async function startBankTestApp(): Promise<BankTestApp> {
  const testApp = await startTestApp();
  return { testApp, bank: testApp.app.get(BankGateway), db: testApp.app.get(DataSource) };
}
