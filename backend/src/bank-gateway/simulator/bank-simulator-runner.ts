import { setTimeout as delay } from 'node:timers/promises';
import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
  Optional,
} from '@nestjs/common';
import { withTimeout } from '../../common/async/with-timeout.js';
import { AppConfig } from '../../config/app-config.js';
import { AppLogger } from '../../logging/app-logger.js';
import { BankApplicationStatusSink, BankStatusSink } from '../bank-gateway.js';
import {
  ApplicationReportOutbox,
  type OwedApplicationReport,
} from './applications/application-report-outbox.js';
import { SimApplicationDesk } from './applications/sim-application-desk.js';
import { BankSimulator } from './bank-simulator.js';
import { type OwedReport, SimStatusOutbox } from './status-outbox.js';

/** How long one delivery may take before the runner gives up on it (the sink is not cancelled). */
const REPORT_TIMEOUT_MS = 10_000;
/** Longer than a delivery may take, so no other runner takes a report still being delivered. */
const REPORT_LEASE_MS = 30_000;
/** Bounds one round, so a backlog of executions cannot starve the retries of reports. */
const MAX_EXECUTIONS_PER_ROUND = 100;
const REPORTS_PER_ROUND = 50;
const MAX_BACKOFF_MS = 60_000;

/**
 * The simulated bank's back office, in the worker process: every poll interval it executes the
 * interbank payments whose delay has passed (one transaction each) and delivers each outcome to the
 * `BankStatusSink` after commit, retrying failed deliveries with backoff. Several workers may run it
 * at once: row locks with SKIP LOCKED give each payment and each report to one of them.
 */
@Injectable()
export class BankSimulatorRunner implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly stopping = new AbortController();
  private running: Promise<void> | undefined;

  constructor(
    private readonly simulator: BankSimulator,
    private readonly outbox: SimStatusOutbox,
    private readonly desk: SimApplicationDesk,
    private readonly applicationReports: ApplicationReportOutbox,
    private readonly config: AppConfig,
    private readonly logger: AppLogger,
    @Optional() @Inject(BankStatusSink) private readonly sink?: BankStatusSink,
    @Optional()
    @Inject(BankApplicationStatusSink)
    private readonly applicationSink?: BankApplicationStatusSink,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.sink) {
      this.logger.warn('bank simulator runner has no BankStatusSink: reports are kept until one is provided');
    }
    this.running = this.run();
  }

  /** Finishes the round in progress (its transactions and deliveries), then stops polling. */
  async onModuleDestroy(): Promise<void> {
    this.stopping.abort();
    await this.running;
  }

  /** One round of polling: execute what is due, deliver each outcome, then retry owed reports. */
  private async runRound(): Promise<void> {
    for (let executed = 0; executed < MAX_EXECUTIONS_PER_ROUND && !this.stopping.signal.aborted; executed++) {
      // Without a sink the outcome is owed at once, for whichever runner has one.
      const owed = await this.simulator.executeNextDuePayment(this.sink ? REPORT_LEASE_MS : 0);
      if (!owed) break;
      await this.deliver(owed);
    }
    for (let moved = 0; moved < MAX_EXECUTIONS_PER_ROUND && !this.stopping.signal.aborted; moved++) {
      if (!(await this.desk.progressNextDue())) break;
    }
    if (this.sink && !this.stopping.signal.aborted) {
      for (const owed of await this.outbox.claimDue(REPORTS_PER_ROUND, REPORT_LEASE_MS)) {
        await this.deliver(owed);
      }
    }
    if (this.applicationSink && !this.stopping.signal.aborted) {
      for (const owed of await this.applicationReports.claimDue(REPORTS_PER_ROUND, REPORT_LEASE_MS)) {
        await this.deliverApplicationReport(this.applicationSink, owed);
      }
    }
  }

  /** Reports on one application go in order; a failed one is retried with backoff, like a payment's. */
  private async deliverApplicationReport(
    sink: BankApplicationStatusSink,
    owed: OwedApplicationReport,
  ): Promise<void> {
    try {
      await withTimeout(sink.report(owed.applicationId, owed.report), REPORT_TIMEOUT_MS);
    } catch (error) {
      const retryInMs = this.backoff(owed.attempts);
      this.logger.warn(
        { err: error, applicationId: owed.applicationId, attempts: owed.attempts, retryInMs },
        'bank application report not delivered; will retry',
      );
      await this.applicationReports.markFailed(owed.id, errorText(error), retryInMs);
      return;
    }
    await this.applicationReports.markReported(owed.id);
  }

  private backoff(attempts: number): number {
    return Math.min(this.config.bank.simulator.pollIntervalMs * 2 ** (attempts - 1), MAX_BACKOFF_MS);
  }

  private async run(): Promise<void> {
    const interval = this.config.bank.simulator.pollIntervalMs;
    let failures = 0;
    while (!this.stopping.signal.aborted) {
      try {
        await this.runRound();
        failures = 0;
      } catch (error) {
        // PostgreSQL away, or not migrated yet: say so once, then keep trying more slowly.
        if (failures === 0) this.logger.warn({ err: error }, 'bank simulator runner round failed');
        failures++;
      }
      const wait = Math.min(interval * 2 ** Math.min(failures, 5), 5_000);
      await delay(wait, undefined, { signal: this.stopping.signal }).catch(() => undefined);
    }
  }

  private async deliver(owed: OwedReport): Promise<void> {
    if (!this.sink) return;
    try {
      await withTimeout(this.sink.report(owed.documentId, owed.report), REPORT_TIMEOUT_MS);
    } catch (error) {
      const retryInMs = this.backoff(owed.attempts);
      this.logger.warn(
        { err: error, documentId: owed.documentId, attempts: owed.attempts, retryInMs },
        'bank status report not delivered; will retry',
      );
      await this.outbox.markFailed(owed.documentId, errorText(error), retryInMs);
      return;
    }
    await this.outbox.markReported(owed.documentId);
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
