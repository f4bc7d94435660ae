import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../paths.js';
import { stopWithThisProcess } from './orphan-guard.js';
import { stopChild } from './stop-child.js';

export interface NodeProcess {
  child: ChildProcess;
  /** The last few kilobytes the process printed, for failure messages. */
  output(): string;
  /** SIGTERM, then SIGKILL after a grace period. */
  stop(): Promise<void>;
  /** SIGKILL at once: a crash, as tests and benchmarks want it. */
  kill(): Promise<void>;
}

/**
 * Runs a compiled entry of the repository (e.g. `backend/dist/main.js`) as a child process, with
 * `nodeArgs` before it (flags NODE_OPTIONS refuses, such as --cpu-prof).
 */
export function startNodeProcess(
  entry: string,
  env: Record<string, string>,
  nodeArgs: string[] = [],
): NodeProcess {
  const child = spawn(process.execPath, [...nodeArgs, join(repoRoot, entry)], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  stopWithThisProcess(child);
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    output: () => output,
    stop: () => stopChild(child),
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}
