import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { devServerSearchAttributeArgs } from '@qoltanba/workflows/search-attributes';
import { Connection } from '@temporalio/client';
import { assertPortFree } from '../ports.js';
import { ToolError } from '../tool-error.js';
import { stopWithThisProcess } from './orphan-guard.js';
import { logOutputTo } from './output-log.js';
import { stopChild } from './stop-child.js';

export interface TemporalDevServerOptions {
  cliPath: string;
  port: number;
  /** The web UI's port; none (headless) when absent, as for the tests' server. */
  uiPort?: number;
  /** SQLite file that keeps workflows across restarts; in-memory when absent. */
  dbFile?: string;
  namespace: string;
  logFile: string;
  /** Serves Prometheus metrics on this port (a benchmark counts the server's requests). */
  metricsPort?: number;
}

export interface RunningTemporal {
  address: string;
  uiUrl: string | undefined;
  process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * In dev mode the server re-reads its search attributes from the database on every read, so that one
 * added a moment ago is usable at once; ours are all given at launch, and the re-reads cost every
 * transition's upsert two database reads (bench:approvals: about 50 → 45 ms of its CPU per payment).
 */
export const DEV_SERVER_TUNING_ARGS = [
  '--dynamic-config-value',
  'system.forceSearchAttributesCacheRefreshOnRead=false',
];

/** How long the first start may take: SQLite schema creation plus the UI on a busy 2-core machine. */
const READY_TIMEOUT_MS = 90_000;

/** Starts `temporal server start-dev` bound to 127.0.0.1 and resolves once its frontend answers. */
export async function startTemporalDevServer(options: TemporalDevServerOptions): Promise<RunningTemporal> {
  await assertPortFree(options.port, 'the Temporal server', 'TEMPORAL_PORT');
  if (options.uiPort !== undefined)
    await assertPortFree(options.uiPort, 'the Temporal web UI', 'TEMPORAL_UI_PORT');
  await mkdir(dirname(options.logFile), { recursive: true });
  if (options.dbFile) await mkdir(dirname(options.dbFile), { recursive: true });

  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(options.port)];
  if (options.uiPort === undefined) args.push('--headless');
  else args.push('--ui-ip', '127.0.0.1', '--ui-port', String(options.uiPort));
  // "default" always exists; any other namespace is created at launch.
  if (options.namespace !== 'default') args.push('--namespace', options.namespace);
  args.push('--log-format', 'json', '--log-level', 'warn', ...DEV_SERVER_TUNING_ARGS);
  if (options.metricsPort) args.push('--metrics-port', String(options.metricsPort));
  // Known from the first second, before a worker could register them (the API may start a process first).
  args.push(...devServerSearchAttributeArgs());
  // WAL lets the UI and history readers work while the server writes; state survives a restart.
  if (options.dbFile) args.push('--db-filename', options.dbFile, '--sqlite-pragma', 'journal_mode=wal');

  // Detached: Ctrl-C in the terminal does not reach it; whoever started it stops it after the workers.
  const child = spawn(options.cliPath, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  stopWithThisProcess(child, { group: true });
  logOutputTo(child, options.logFile);

  const address = `127.0.0.1:${options.port}`;
  await waitUntilServing(address, child, options.logFile);
  return {
    address,
    uiUrl: options.uiPort === undefined ? undefined : `http://127.0.0.1:${options.uiPort}`,
    process: child,
    stop: () => stopChild(child),
  };
}

export async function waitUntilServing(address: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let exited = false;
  child.once('exit', () => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new ToolError(`The Temporal server exited during start-up.`, `See ${logFile}.`);
    const connection = await Connection.connect({ address, connectTimeout: 1000 }).catch(() => undefined);
    if (connection) {
      try {
        await connection.workflowService.getSystemInfo({});
        return;
      } catch {
        // Frontend is up but not serving yet.
      } finally {
        await connection.close();
      }
    }
    await delay(250);
  }
  await stopChild(child);
  throw new ToolError(
    `The Temporal server did not answer on ${address} within ${READY_TIMEOUT_MS / 1000} s.`,
    `See ${logFile}.`,
  );
}
