import { type ChildProcess, spawn } from 'node:child_process';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { stopChild } from '@qoltanba/local/services/temporal-dev-server';

const mainScript = fileURLToPath(new URL('../../../backend/dist/main.js', import.meta.url));

export interface ApiProcess {
  url: string;
  stop(): Promise<void>;
}

/** The built API (backend/dist/main.js) as its own process, as production runs it; it migrates at start. */
export async function startApiProcess(env: Record<string, string>, port: number): Promise<ApiProcess> {
  const child: ChildProcess = spawn(process.execPath, [mainScript], {
    env: { PATH: process.env.PATH, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  child.stderr!.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The API exited during start-up:\n${output}`);
    // Any answer will do: health says "degraded" without Temporal, which log-in does not need.
    const answered = await fetch(`${url}/api/health`).then(
      () => true,
      () => false,
    );
    if (answered) break;
    if (Date.now() > deadline) {
      await stopChild(child);
      throw new Error(`The API did not answer within 60 s:\n${output}`);
    }
    await delay(250);
  }
  return { url, stop: () => stopChild(child) };
}
