import { randomBytes } from 'node:crypto';
import { type DynamicModule, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { TEST_ENV } from '@qoltanba/testing/test-infra';
import { testWorkflowCode, uniqueTaskQueue } from '@qoltanba/testing/temporal';
import { NativeConnection, type Worker } from '@temporalio/worker';
import request from 'supertest';
import { AppModule } from '../../src/app.module.js';
import { configureHttpApp } from '../../src/app.setup.js';
import type { AppConfig } from '../../src/config/app-config.js';
import { loadConfig } from '../../src/config/load-config.js';
import { WorkerHeartbeatService } from '../../src/health/worker-heartbeat.service.js';
import { createLogger } from '../../src/logging/create-logger.js';
import { createPlatformWorker } from '../../src/temporal/create-platform-worker.js';
import { WorkerModule } from '../../src/worker.module.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  database: TestDatabase;
  http(): ReturnType<typeof request>;
  close(): Promise<void>;
}

/**
 * The real API (same module, pipe, filter and HTTP setup as main.ts) on its own fresh database and
 * its own Temporal task queue, served in-process to supertest.
 */
export async function startTestApp(
  options: {
    env?: Record<string, string>;
    extraModules?: (Type | DynamicModule)[];
    database?: TestDatabase;
  } = {},
): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: database.url,
    DATABASE_POOL_SIZE: '4',
    TEMPORAL_ADDRESS: process.env[TEST_ENV.temporalAddress],
    TEMPORAL_TASK_QUEUE: uniqueTaskQueue('api'),
    WORKER_HEARTBEAT_INTERVAL_MS: '200',
    WORKER_STALE_AFTER_MS: '1000',
    // Production refuses the published development key: a production-mode test app gets a key of its own.
    ...(options.env?.NODE_ENV === 'production'
      ? { SECRETS_ENCRYPTION_KEY: randomBytes(32).toString('base64') }
      : {}),
    ...options.env,
  });
  const logger = createLogger(config, 'test-api');
  const root: DynamicModule = { ...AppModule.forRoot(config, logger) };
  root.imports = [...(root.imports ?? []), ...(options.extraModules ?? [])];
  const app = await NestFactory.create<NestExpressApplication>(root, { logger: false, bodyParser: false });
  configureHttpApp(app, logger, config);
  await app.init();
  return {
    app,
    config,
    database,
    http: () => request(app.getHttpServer()),
    async close() {
      await app.close();
      // A database handed in belongs to the caller, who may start another app on it.
      if (!options.database) await database.drop();
    },
  };
}

export interface TestWorker {
  worker: Worker;
  stop(): Promise<void>;
}

/** The real worker (same module and activities as worker.ts) serving the test app's task queue. */
export async function startTestWorker(testApp: TestApp): Promise<TestWorker> {
  const { config } = testApp;
  const logger = createLogger(config, 'test-worker');
  const context = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, logger), {
    logger: false,
  });
  const connection = await NativeConnection.connect({ address: config.temporal.address });
  const identity = `test-worker-${config.temporal.taskQueue}`;
  const worker = await createPlatformWorker({
    app: context,
    config,
    connection,
    identity,
    workflowCode: testWorkflowCode(),
  });
  const heartbeats = context.get(WorkerHeartbeatService);
  heartbeats.start(identity, () => worker.getState() === 'RUNNING');
  const running = worker.run();
  return {
    worker,
    async stop() {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await running;
      await heartbeats.stop(identity);
      await connection.close();
      await context.close();
    },
  };
}
