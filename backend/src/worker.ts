import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { NestFactory } from '@nestjs/core';
import { Client } from '@temporalio/client';
import { Runtime } from '@temporalio/worker';
import { loadConfigOrExit } from './config/load-config.js';
import { WorkerHeartbeatService } from './health/worker-heartbeat.service.js';
import { createLogger } from './logging/create-logger.js';
import { PinoNestLogger } from './logging/pino-nest-logger.js';
import { workerTelemetry } from './metrics/worker-telemetry.js';
import { connectWithRetry } from './temporal/connect-with-retry.js';
import { createPlatformWorker } from './temporal/create-platform-worker.js';
import { ensureMonthlyFeeSchedule } from './tariffs/monthly-fee.schedule.js';
import { temporalRuntimeLogger } from './temporal/temporal-runtime-logger.js';
import { WorkerModule } from './worker.module.js';

/**
 * The worker process: a Nest application context (no HTTP) that hosts the activities, and a
 * Temporal worker that runs every workflow. Scale out by starting more of these.
 */
async function main(): Promise<void> {
  const config = loadConfigOrExit('worker');
  const logger = createLogger(config, 'worker');
  // Once per process, before any connection: the runtime's telemetry cannot be changed afterwards.
  const telemetry = workerTelemetry(config);
  try {
    Runtime.install({ logger: temporalRuntimeLogger(logger), telemetryOptions: telemetry?.telemetryOptions });
  } catch (error) {
    if (telemetry && /address already in use/i.test(String(error))) {
      process.stderr.write(
        `worker: port ${config.metrics.workerPort} on ${config.metrics.workerHost} is in use; choose another with WORKER_METRICS_PORT.\n`,
      );
      process.exit(1);
    }
    throw error;
  }
  const identity = `${process.pid}@${hostname()}-${randomBytes(3).toString('hex')}`;

  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, logger), {
    logger: new PinoNestLogger(logger),
  });
  const stopping = new AbortController();
  process.once('SIGINT', () => stopping.abort());
  process.once('SIGTERM', () => stopping.abort());
  const connection = await connectWithRetry(config.temporal.address, logger, stopping.signal);
  const worker = await createPlatformWorker({ app, config, connection, identity });
  if (config.worker.schedules) await ensureMonthlyFeeSchedule(app.get(Client), config.temporal.taskQueue);
  // The SDK's runtime turns SIGINT/SIGTERM into a graceful shutdown that resolves run().
  const running = worker.run();
  // After run(), which makes the worker RUNNING at once: the first heartbeat row is written now, not
  // an interval later, so health counts the worker as soon as it polls.
  const heartbeats = app.get(WorkerHeartbeatService);
  heartbeats.start(identity, () => worker.getState() === 'RUNNING');
  logger.info({ identity, taskQueue: config.temporal.taskQueue, metrics: telemetry?.url }, 'worker running');
  try {
    await running;
  } finally {
    await heartbeats.stop(identity);
    await connection.close();
    await app.close();
    logger.info('worker stopped');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `worker: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
