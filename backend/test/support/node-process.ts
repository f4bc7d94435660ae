import { startNodeProcess, type NodeProcess } from '@qoltanba/local/services/node-process';
import { testWorkflowBundleEnv } from '@qoltanba/testing/temporal';

export type { NodeProcess };

/**
 * Runs a compiled backend entry (`dist/main.js`, `dist/worker.js`) as a real child process; a worker
 * loads the run's workflow bundle, as a deployed one loads the image's.
 */
export function startBackendProcess(entry: 'main' | 'worker', env: Record<string, string>): NodeProcess {
  return startNodeProcess(`backend/dist/${entry}.js`, {
    ...(entry === 'worker' ? testWorkflowBundleEnv() : {}),
    ...env,
  });
}
