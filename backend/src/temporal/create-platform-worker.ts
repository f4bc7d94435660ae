import type { INestApplicationContext } from '@nestjs/common';
import { type WorkflowCode, workflowCodeFrom } from '@qoltanba/workflows/bundling';
import { registerProcessSearchAttributes } from '@qoltanba/workflows/search-attributes';
import { type NativeConnection, Worker } from '@temporalio/worker';
import type { AppConfig } from '../config/app-config.js';
import { KEEP_ALIVE_HEARTBEATS } from './keep-alive-heartbeats.js';
import { createPlatformActivities } from './platform-activities.js';

export interface PlatformWorkerOptions {
  app: INestApplicationContext;
  config: AppConfig;
  connection: NativeConnection;
  identity: string;
  /** Tests pass their own queue so that workers of parallel tests never share tasks. */
  taskQueue?: string;
  /**
   * Tests pass the run's bundle of the workflow code; otherwise the configured prebuilt bundle, or
   * one made from @qoltanba/workflows at start.
   */
  workflowCode?: WorkflowCode;
}

/**
 * The Temporal worker of the platform: every workflow of @qoltanba/workflows, every activity. The
 * processes' search attributes are registered first, on whatever server this is (a dev server knows
 * them already; a cluster learns them from its first worker).
 */
export async function createPlatformWorker(options: PlatformWorkerOptions): Promise<Worker> {
  await registerProcessSearchAttributes(options.connection, options.config.temporal.namespace);
  return Worker.create({
    connection: options.connection,
    namespace: options.config.temporal.namespace,
    taskQueue: options.taskQueue ?? options.config.temporal.taskQueue,
    identity: options.identity,
    ...(options.workflowCode ?? workflowCodeFrom(options.config.worker.workflowBundle)),
    maxCachedWorkflows: options.config.worker.maxCachedWorkflows,
    activities: createPlatformActivities(options.app, options.identity),
    ...KEEP_ALIVE_HEARTBEATS,
  });
}
