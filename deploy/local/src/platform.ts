import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { prepareDemoToken } from './demo-token.js';
import { assertPortFree } from './ports.js';
import { repoRoot } from './paths.js';
import { WEB_DIST, buildWebApp } from './web-build.js';
import { waitForApi } from './services/api-health.js';
import type { RunningPostgres } from './services/embedded-postgres.js';
import { spawnEmbeddedPostgres } from './services/spawn-embedded-postgres.js';
import { startTemporalDevServer, type RunningTemporal } from './services/temporal-dev-server.js';
import { Supervisor, type SupervisorOutput } from './supervisor.js';
import { ToolError } from './tool-error.js';
import { ensureTemporalCli } from './tools/temporal-cli.js';

const DATABASE = 'qoltanba';

export interface PlatformPorts {
  postgres: number;
  temporal: number;
  temporalUi: number;
  api: number;
  signer: number;
  /** The worker's Prometheus endpoint (the Temporal SDK's metrics) on 127.0.0.1; none when absent. */
  workerMetrics?: number;
}

export interface PlatformOptions {
  /** Where PostgreSQL, Temporal and the token store keep their data, and the logs go. */
  dataDir: string;
  /** Keep the data when stopping (npm start) or not (a test run). */
  persistent: boolean;
  ports: PlatformPorts;
  nodeEnv: 'development' | 'test' | 'production';
  seedDemoData: boolean;
  /** Use these instead of starting embedded servers. */
  external?: { databaseUrl?: string | undefined; temporalAddress?: string | undefined };
  /** Extra environment for the API and worker. */
  backendEnv?: Record<string, string>;
  supervisor?: { output?: SupervisorOutput; handleSignals?: boolean };
  log: (line: string) => void;
}

export interface RunningPlatform {
  apiUrl: string;
  signerUrl: string;
  /** The worker's Prometheus endpoint, when it serves one. */
  workerMetricsUrl: string | undefined;
  temporalAddress: string;
  temporalUiUrl: string | undefined;
  databaseUrl: string;
  /** Resolves with an exit code when the platform has stopped (Ctrl-C, or a process that died). */
  wait(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * The whole platform on one machine: embedded PostgreSQL, the Temporal dev server on a SQLite file,
 * the API (serving the built web app), a worker, and the signing agent with a SoftHSM2 demo token —
 * what `npm start` runs, and what the end-to-end tests run against. Resolves once /api/health is up.
 */
export async function launchPlatform(options: PlatformOptions): Promise<RunningPlatform> {
  const { ports, log } = options;
  await mkdir(options.dataDir, { recursive: true, mode: 0o755 });
  await assertPortFree(ports.api, 'the API', 'PORT');
  await assertPortFree(ports.signer, 'the signing agent', 'SIGNER_PORT');
  if (ports.workerMetrics !== undefined)
    await assertPortFree(ports.workerMetrics, "the worker's metrics", 'WORKER_METRICS_PORT');
  const externalTemporal = options.external?.temporalAddress;
  const externalDatabase = options.external?.databaseUrl;
  const [cliPath, token] = await Promise.all([
    externalTemporal ? undefined : ensureTemporalCli(log),
    prepareDemoToken(options.dataDir, log),
    buildWebApp(log),
  ]);

  let postgres: RunningPostgres | undefined;
  let temporal: RunningTemporal | undefined;
  const stopServers = async () => {
    if (temporal) await temporal.stop().then(() => log('  stopped temporal'));
    if (postgres) await postgres.stop().then(() => log('  stopped postgres'));
  };
  try {
    [postgres, temporal] = await Promise.all([
      externalDatabase
        ? undefined
        : spawnEmbeddedPostgres({
            dir: join(options.dataDir, 'postgres'),
            port: ports.postgres,
            persistent: options.persistent,
            databases: [DATABASE],
            logFile: join(options.dataDir, 'logs', 'postgres.log'),
          }),
      cliPath
        ? startTemporalDevServer({
            cliPath,
            port: ports.temporal,
            uiPort: ports.temporalUi,
            dbFile: join(options.dataDir, 'temporal', 'temporal.db'),
            namespace: 'default',
            logFile: join(options.dataDir, 'logs', 'temporal.log'),
          })
        : undefined,
    ]);
  } catch (error) {
    await stopServers();
    throw error;
  }

  const apiUrl = `http://127.0.0.1:${ports.api}`;
  const databaseUrl = externalDatabase ?? postgres!.urlFor(DATABASE);
  const temporalAddress = externalTemporal ?? temporal!.address;
  const signerUrl = `ws://127.0.0.1:${ports.signer}`;
  const backendEnv = {
    ...process.env,
    NODE_ENV: options.nodeEnv,
    PORT: String(ports.api),
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporalAddress,
    WEB_DIST_DIR: WEB_DIST,
    SIGNER_URL: signerUrl,
    SEED_DEMO_DATA: String(options.seedDemoData),
    ...options.backendEnv,
  };
  const supervisor = new Supervisor(stopServers, options.supervisor);
  const node = process.execPath;
  supervisor.start({
    name: 'api',
    command: node,
    args: [join(repoRoot, 'backend/dist/main.js')],
    env: backendEnv,
  });
  supervisor.start({
    name: 'worker',
    command: node,
    args: [join(repoRoot, 'backend/dist/worker.js')],
    env: {
      ...backendEnv,
      ...(ports.workerMetrics === undefined ? {} : { WORKER_METRICS_PORT: String(ports.workerMetrics) }),
    },
    restart: true,
  });
  supervisor.start({
    name: 'signer',
    command: node,
    args: [join(repoRoot, 'signer/dist/main.js')],
    env: {
      ...process.env,
      SIGNER_PORT: String(ports.signer),
      // The web app talks plain ws://; the secure socket (a fixed port, 13579) is for pages written
      // for the national agent (`npm run signer`), and would make two platforms on one machine collide.
      SIGNER_TLS_PORT: process.env.SIGNER_TLS_PORT ?? 'off',
      PKCS11_MODULE: token.modulePath,
      SOFTHSM2_CONF: token.configPath,
      SIGNER_ALLOWED_ORIGINS: `http://127.0.0.1:${ports.api},http://localhost:${ports.api}`,
    },
  });
  const platform: RunningPlatform = {
    apiUrl,
    signerUrl,
    workerMetricsUrl:
      ports.workerMetrics === undefined ? undefined : `http://127.0.0.1:${ports.workerMetrics}/metrics`,
    temporalAddress,
    temporalUiUrl: temporal?.uiUrl,
    databaseUrl,
    wait: () => supervisor.wait(),
    stop: () => supervisor.stopAll(0),
  };
  let stopped = false;
  void supervisor.wait().then(() => (stopped = true));
  // Every component up: the worker bundles its workflows first.
  if (!(await waitForApi(apiUrl, { gaveUp: () => stopped }))) {
    await supervisor.stopAll(1);
    throw new ToolError(`The platform did not become healthy in 2 minutes (see ${apiUrl}/api/health).`);
  }
  return platform;
}
