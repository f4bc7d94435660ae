import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bundlerOptions, workflowsPath, workflowsSourcePath } from '@qoltanba/workflows/bundling';
import { bundleWorkflowCode, type WorkerOptions } from '@temporalio/worker';

/** Where the run's bundle is, for the test files' workers (set by the global set-up). */
export const WORKFLOW_BUNDLE_ENV = 'QOLTANBA_TEST_WORKFLOW_BUNDLE';

/**
 * Bundles the platform's workflow code once for the whole run, from its sources: webpack takes a few
 * seconds of CPU, and some forty test files start a worker.
 */
export async function bundleTestWorkflows(dir: string): Promise<string> {
  const { code } = await bundleWorkflowCode({
    workflowsPath: workflowsSourcePath,
    ...bundlerOptions,
    logger: { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} },
  });
  const codePath = join(dir, 'workflow-bundle.js');
  await writeFile(codePath, code);
  return codePath;
}

/** The workflow code for a test's worker: the run's bundle, or a fresh one outside a full run. */
export function testWorkflowCode(): Pick<
  WorkerOptions,
  'workflowBundle' | 'workflowsPath' | 'bundlerOptions'
> {
  const codePath = process.env[WORKFLOW_BUNDLE_ENV];
  return codePath ? { workflowBundle: { codePath } } : { workflowsPath, bundlerOptions };
}
