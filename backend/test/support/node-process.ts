import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { stopChild } from '@qoltanba/local/services/temporal-dev-server';

const backendRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface NodeProcess {
  child: ChildProcess;
  /** Everything the process printed, for the failure message of a test. */
  output(): string;
  stop(): Promise<void>;
  kill(): Promise<void>;
}

/** Runs a compiled backend entry (`dist/main.js`, `dist/worker.js`) as a real child process. */
export function startBackendProcess(entry: 'main' | 'worker', env: Record<string, string>): NodeProcess {
  const child = spawn(process.execPath, [`dist/${entry}.js`], {
    cwd: backendRoot,
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    output: () => output.slice(-4000),
    stop: () => stopChild(child),
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}
