import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { ToolError } from '../tool-error.js';
import { stopWithThisProcess } from './orphan-guard.js';
import type { EmbeddedPostgresOptions, RunningPostgres } from './embedded-postgres.js';
import { postgresUrl } from './postgres-url.js';
import { stopChild } from './stop-child.js';

const entry = fileURLToPath(new URL('./postgres-process.js', import.meta.url));

/** Starts embedded PostgreSQL in its own detached process (see postgres-process.ts) and waits until it serves. */
export async function spawnEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const child = spawn(process.execPath, [entry, JSON.stringify(options)], {
    detached: true,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  // It stops itself when our end of its stdin closes; listed with the guard too, so that the guard
  // waits for it to stop before it removes the run's folder, where its data lives.
  stopWithThisProcess(child, { group: true });
  const firstLine = await new Promise<string>((resolve) => {
    const lines = createInterface({ input: child.stdout });
    lines.once('line', resolve);
    child.once('exit', () => resolve('{"ready":false,"error":"exited during start-up"}'));
  });
  const answer = JSON.parse(firstLine) as { ready: boolean; password?: string; error?: string };
  if (!answer.ready || !answer.password) {
    await stopChild(child);
    throw new ToolError(
      `PostgreSQL did not start: ${answer.error ?? 'no answer'}`,
      `See ${options.logFile}.`,
    );
  }
  const password = answer.password;
  return {
    password,
    urlFor: (database) => postgresUrl(options.port, password, database),
    stop: () => stopChild(child, 20_000),
  };
}
