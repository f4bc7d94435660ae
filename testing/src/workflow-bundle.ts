import {
  type WorkflowCode,
  workflowBundleIn,
  workflowCodeFrom,
  workflowsSourcePath,
  writeWorkflowBundle,
} from '@qoltanba/workflows/bundling';

/** Where the run's bundle is, for the test files' workers (set by the global set-up). */
export const WORKFLOW_BUNDLE_ENV = 'QOLTANBA_TEST_WORKFLOW_BUNDLE';

/**
 * Bundles the platform's workflow code once for the whole run, from its sources: webpack takes a few
 * seconds of CPU, and some forty test files start a worker.
 */
export async function bundleTestWorkflows(dir: string): Promise<string> {
  const codePath = workflowBundleIn(dir);
  await writeWorkflowBundle(codePath, workflowsSourcePath);
  return codePath;
}

/** The workflow code for a test's worker: the run's bundle, or a fresh one outside a full run. */
export function testWorkflowCode(): WorkflowCode {
  return workflowCodeFrom(process.env[WORKFLOW_BUNDLE_ENV]);
}

/** The run's bundle for a worker started as its own process (`WORKER_WORKFLOW_BUNDLE`), if any. */
export function testWorkflowBundleEnv(): Record<string, string> {
  const codePath = process.env[WORKFLOW_BUNDLE_ENV];
  return codePath ? { WORKER_WORKFLOW_BUNDLE: codePath } : {};
}
