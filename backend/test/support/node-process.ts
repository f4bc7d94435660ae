import { startNodeProcess, type NodeProcess } from '@qoltanba/local/services/node-process';

export type { NodeProcess };

/** Runs a compiled backend entry (`dist/main.js`, `dist/worker.js`) as a real child process. */
export function startBackendProcess(entry: 'main' | 'worker', env: Record<string, string>): NodeProcess {
  return startNodeProcess(`backend/dist/${entry}.js`, env);
}
