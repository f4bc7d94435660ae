import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common';
import { registerProcessSearchAttributes } from '@qoltanba/workflows/search-attributes';
import { claimFreePorts, outgoingPortRange } from '../ports.js';
import { repoRoot } from '../paths.js';
import { runCommand } from '../run-command.js';
import { ToolError } from '../tool-error.js';
import type { TemporalServerTools } from '../tools/temporal-server.js';
import { stopWithThisProcess } from './orphan-guard.js';
import { logOutputTo } from './output-log.js';
import { createMissingDatabases, hasTable } from './postgres-databases.js';
import { stopChild } from './stop-child.js';
import { waitUntilServing } from './temporal-dev-server.js';

/** The configuration the server reads (a template filled from the environment) and its dynamic part. */
const CONFIG_DIR = join(repoRoot, 'deploy', 'temporal', 'config');
const DYNAMIC_CONFIG = join(repoRoot, 'deploy', 'temporal', 'dynamicconfig.yaml');
/** Temporal's two databases on the PostgreSQL server: its state and its visibility store. */
export const TEMPORAL_DATABASES = { default: 'temporal', visibility: 'temporal_visibility' } as const;
const SERVICES = ['frontend', 'history', 'matching', 'worker'] as const;
/** How long finished processes stay readable in the namespace. */
const RETENTION = '7 days';

export interface TemporalServerPorts {
  frontend: number;
  frontendHttp: number;
  frontendMembership: number;
  history: number;
  historyMembership: number;
  matching: number;
  matchingMembership: number;
  worker: number;
  workerMembership: number;
}

/** Temporal's own default ports, shifted with the frontend's (7233 gives 7234, 7235, 7239, 6933 …). */
export function standardTemporalPorts(frontend: number): TemporalServerPorts {
  return {
    frontend,
    frontendHttp: frontend + 10,
    frontendMembership: frontend - 300,
    history: frontend + 1,
    historyMembership: frontend - 299,
    matching: frontend + 2,
    matchingMembership: frontend - 298,
    worker: frontend + 6,
    workerMembership: frontend - 294,
  };
}

/**
 * Nine ports free right now, for a server a test starts beside others. Below the range outgoing
 * connections take their ports from (see findFreePort), and below 32768: Temporal keeps membership
 * ports in a smallint column.
 */
export async function freeTemporalPorts(): Promise<TemporalServerPorts> {
  const lowestFrontend = 10_000;
  // The highest of the nine is the frontend's HTTP port, ten above it.
  const highestFrontend = Math.min(outgoingPortRange().low, 32_768) - 11;
  for (let tries = 0; tries < 50; tries++) {
    const frontend = lowestFrontend + Math.floor(Math.random() * (highestFrontend - lowestFrontend + 1));
    const ports = standardTemporalPorts(frontend);
    if (await claimFreePorts(Object.values(ports) as number[])) return ports;
  }
  throw new ToolError(`No nine free ports for the Temporal server were found below ${highestFrontend + 11}.`);
}

export interface TemporalOnPostgresOptions {
  tools: TemporalServerTools;
  /** A PostgreSQL role that may create databases: the embedded superuser, or DATABASE_URL's. */
  postgresUrl: string;
  ports: TemporalServerPorts;
  /** The four services in one process, or a process each as a production cluster runs them. */
  layout: 'one-process' | 'per-service';
  historyShards: number;
  namespace: string;
  /** Where the servers' logs go. */
  logDir: string;
}

export interface RunningTemporalOnPostgres {
  address: string;
  /** Stops and starts every service process again on the same databases (the fault run does). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Temporal's persistence and visibility databases on PostgreSQL, created when missing and brought to
 * the schema this server version embeds (`temporal-sql-tool`, as the official images' set-up does).
 */
export async function prepareTemporalDatabases(
  tools: TemporalServerTools,
  postgresUrl: string,
): Promise<void> {
  const admin = new URL(postgresUrl);
  admin.pathname = '/postgres';
  await createMissingDatabases(admin.toString(), Object.values(TEMPORAL_DATABASES));
  for (const [database, schema] of [
    [TEMPORAL_DATABASES.default, 'postgresql/v12/temporal'],
    [TEMPORAL_DATABASES.visibility, 'postgresql/v12/visibility'],
  ] as const) {
    const url = new URL(postgresUrl);
    url.pathname = `/${database}`;
    // `setup-schema -v 0.0` on a versioned database would set its version back: only the first time.
    if (!(await hasTable(url.toString(), 'schema_version')))
      await sqlTool(tools, postgresUrl, database, ['setup-schema', '-v', '0.0']);
    await sqlTool(tools, postgresUrl, database, ['update-schema', '--schema-name', schema]);
  }
}

async function sqlTool(
  tools: TemporalServerTools,
  postgresUrl: string,
  database: string,
  command: string[],
): Promise<void> {
  const url = new URL(postgresUrl);
  const result = await runCommand(
    tools.sqlTool,
    ['--plugin', 'postgres12', '--ep', url.hostname, '-p', url.port || '5432', '--db', database, ...command],
    // The password in the environment, not on a command line `ps` shows.
    {
      env: {
        ...process.env,
        SQL_USER: decodeURIComponent(url.username),
        SQL_PASSWORD: decodeURIComponent(url.password),
      },
    },
  );
  if (result.code !== 0) {
    throw new ToolError(
      `temporal-sql-tool ${command[0]} on ${database} failed (exit ${result.code}): ${result.stdout}${result.stderr}`.trim(),
    );
  }
}

/**
 * Starts the Temporal server on PostgreSQL (databases prepared by `prepareTemporalDatabases`) and
 * resolves once its frontend serves the platform's namespace, which it registers when missing.
 */
export async function startTemporalOnPostgres(
  options: TemporalOnPostgresOptions,
): Promise<RunningTemporalOnPostgres> {
  await mkdir(options.logDir, { recursive: true });
  const address = `127.0.0.1:${options.ports.frontend}`;
  let children: ChildProcess[] = [];
  const stop = async () => {
    await Promise.all(children.map((child) => stopChild(child)));
    children = [];
  };
  const start = async () => {
    const groups = options.layout === 'one-process' ? [SERVICES] : SERVICES.map((service) => [service]);
    children = groups.map((services) => spawnServer(options, services));
    try {
      await waitUntilServing(address, children[0]!, logFileOf(options, groups[0]!));
      await ensureNamespace(address, options.namespace);
    } catch (error) {
      await stop();
      throw error;
    }
  };
  await start();
  return {
    address,
    stop,
    async restart() {
      await stop();
      await start();
    },
  };
}

function spawnServer(options: TemporalOnPostgresOptions, services: readonly string[]): ChildProcess {
  const url = new URL(options.postgresUrl);
  const { ports } = options;
  const env = {
    ...process.env,
    TEMPORAL_DB_HOST: url.hostname,
    TEMPORAL_DB_PORT: url.port || '5432',
    TEMPORAL_DB_USER: decodeURIComponent(url.username),
    TEMPORAL_DB_PASSWORD: decodeURIComponent(url.password),
    TEMPORAL_HISTORY_SHARDS: String(options.historyShards),
    TEMPORAL_DYNAMIC_CONFIG: DYNAMIC_CONFIG,
    TEMPORAL_FRONTEND_PORT: String(ports.frontend),
    TEMPORAL_FRONTEND_HTTP_PORT: String(ports.frontendHttp),
    TEMPORAL_FRONTEND_MEMBERSHIP_PORT: String(ports.frontendMembership),
    TEMPORAL_HISTORY_PORT: String(ports.history),
    TEMPORAL_HISTORY_MEMBERSHIP_PORT: String(ports.historyMembership),
    TEMPORAL_MATCHING_PORT: String(ports.matching),
    TEMPORAL_MATCHING_MEMBERSHIP_PORT: String(ports.matchingMembership),
    TEMPORAL_WORKER_PORT: String(ports.worker),
    TEMPORAL_WORKER_MEMBERSHIP_PORT: String(ports.workerMembership),
  };
  const args = ['--root', '/', '--config', CONFIG_DIR, '--env', 'qoltanba', '--allow-no-auth', 'start'];
  for (const service of services) args.push('--service', service);
  // Detached: Ctrl-C in the terminal does not reach it; whoever started it stops it after the workers.
  const child = spawn(options.tools.server, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  stopWithThisProcess(child, { group: true });
  logOutputTo(child, logFileOf(options, services));
  return child;
}

function logFileOf(options: TemporalOnPostgresOptions, services: readonly string[]): string {
  return join(options.logDir, `temporal-${services.length === 1 ? services[0]! : 'server'}.log`);
}

/**
 * Registers the namespace and the processes' search attributes when missing, and waits until the
 * server serves the namespace and uses the attributes (each service learns them at its next refresh
 * of the namespace, not on every read: that would cost every transition's upsert database reads).
 */
async function ensureNamespace(address: string, namespace: string): Promise<void> {
  const connection = await Connection.connect({ address });
  try {
    await connection.workflowService
      .registerNamespace({ namespace, workflowExecutionRetentionPeriod: msToTs(RETENTION) })
      .catch((error: { code?: number }) => {
        if (error.code !== ALREADY_EXISTS) throw error;
      });
    const answers = (query?: string) =>
      connection.workflowService.listWorkflowExecutions({ namespace, pageSize: 1, query }).then(
        () => true,
        () => false,
      );
    await waitFor(() => answers(), `serve namespace ${namespace}`);
    const [added] = await registerProcessSearchAttributes(connection, namespace);
    if (added === undefined) return;
    await waitFor(() => answers(`${added} = 'probe'`), `know the search attribute ${added}`);
    // The frontend knows them now; history and matching refresh on their own cycle, as long (its
    // timer restarts after each refresh: twice that, to be sure).
    await delay(2 * NAMESPACE_REFRESH_MS);
  } finally {
    await connection.close();
  }
}

/** The server's default `system.namespaceCacheRefreshInterval`. */
const NAMESPACE_REFRESH_MS = 2_000;

async function waitFor(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!(await check())) {
    if (Date.now() > deadline)
      throw new ToolError(`The Temporal server on PostgreSQL did not ${what} within 60 s.`);
    await delay(250);
  }
}

/** gRPC's ALREADY_EXISTS status. */
const ALREADY_EXISTS = 6;
