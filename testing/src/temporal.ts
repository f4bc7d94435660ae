import { randomUUID } from 'node:crypto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { TEST_ENV } from './test-infra.js';

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
