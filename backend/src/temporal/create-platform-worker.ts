import type { INestApplicationContext } from '@nestjs/common';
import { bundlerOptions, workflowsPath } from '@qoltanba/workflows/bundling';
import { type NativeConnection, Worker } from '@temporalio/worker';
import type { AppConfig } from '../config/app-config.js';
import { createPlatformActivities } from './platform-activities.js';

export interface PlatformWorkerOptions {
  app: INestApplicationContext;
  config: AppConfig;
  connection: NativeConnection;
  identity: string;
  /** Tests pass their own queue so that workers of parallel tests never share tasks. */
  taskQueue?: string;
}

/** The Temporal worker of the platform: every workflow of @qoltanba/workflows, every activity. */
export function createPlatformWorker(options: PlatformWorkerOptions): Promise<Worker> {
  return Worker.create({
    connection: options.connection,
    namespace: options.config.temporal.namespace,
    taskQueue: options.taskQueue ?? options.config.temporal.taskQueue,
    identity: options.identity,
    workflowsPath,
    bundlerOptions,
    activities: createPlatformActivities(options.app, options.identity),
  });
}
