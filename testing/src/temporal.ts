import { randomUUID } from 'node:crypto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, type WorkerOptions } from '@temporalio/worker';
import { TEST_ENV } from './test-infra.js';
import { testWorkflowBundleEnv, testWorkflowCode } from './workflow-bundle.js';

export { testWorkflowBundleEnv, testWorkflowCode };

/** A client and worker connection to the run's shared Temporal dev server (see jest-global-setup). */
export async function connectTestTemporal(): Promise<TestWorkflowEnvironment> {
  const address = process.env[TEST_ENV.temporalAddress];
  if (!address) throw new Error(`${TEST_ENV.temporalAddress} is not set: run tests through \`npm test\`.`);
  return TestWorkflowEnvironment.createFromExistingServer({ address });
}

/** Each test polls its own task queue, so tests sharing one server never take each other's tasks. */
export function uniqueTaskQueue(purpose: string): string {
  return `${purpose}-${randomUUID()}`;
}

export interface RunningWorkflowWorker {
  env: TestWorkflowEnvironment;
  taskQueue: string;
  stop(): Promise<void>;
}

/**
 * The platform's workflows on a worker of their own task queue of the shared server, with the
 * activities a test gives (real or fakes) and any further worker options (the platform's
 * interceptors, say); `stop` shuts it down and closes the connections.
 */
export async function startWorkflowWorker(
  purpose: string,
  activities: object,
  options: Partial<WorkerOptions> = {},
): Promise<RunningWorkflowWorker> {
  const env = await connectTestTemporal();
  const taskQueue = uniqueTaskQueue(purpose);
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    ...testWorkflowCode(),
    activities,
    ...options,
  });
  const running = worker.run();
  return {
    env,
    taskQueue,
    async stop() {
      worker.shutdown();
      await running;
      await env.teardown();
    },
  };
}
