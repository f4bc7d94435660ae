import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { workflowBundleIn, writeWorkflowBundle } from '@qoltanba/workflows/bundling';
import { allEnded } from './all-ended.js';
import type { DemoTokenStore } from './demo-token.js';
import { prepareStartTools } from './start-tools.js';
import { startServers, type RunningServers, type TemporalChoice } from './platform-servers.js';
import { assertPortFree } from './ports.js';
import { repoRoot } from './paths.js';
import { WEB_DIST, buildWebApp } from './web-build.js';
import { waitForApi } from './services/api-health.js';
import { startReverseProxy, type RunningProxy } from './services/reverse-proxy.js';
import { Supervisor, type SupervisorOutput } from './supervisor.js';
import { ToolError } from './tool-error.js';

export interface PlatformPorts {
  postgres: number;
  /** The dev server's frontend and web UI; the cluster's Temporal server takes its ports from `topology`. */
  temporal: number;
  temporalUi: number;
  /** The API, or with several replicas the reverse proxy in front of them (they take the next ports). */
  api: number;
  /** The API replicas' own ports behind the proxy; the ports after `api` when absent. */
  apiReplicas?: number[];
  signer: number;
  /** The worker's Prometheus endpoint (the Temporal SDK's metrics) on 127.0.0.1; none when absent. */
  workerMetrics?: number;
}

/**
 * How many of each process run, and on which Temporal: `npm start` is one API and one worker on the
 * dev server; the local cluster is several of each on the Temporal server over PostgreSQL, with nginx
 * in front of the API replicas.
 */
export interface PlatformTopology {
  temporal: Exclude<TemporalChoice, { kind: 'dev-server' }> | { kind: 'dev-server' };
  apiReplicas: number;
  workers: number;
}

export interface PlatformOptions {
  /** Where PostgreSQL, Temporal and the token store keep their data, and the logs go. */
  dataDir: string;
  /** Keep the data when stopping (npm start) or not (a test run). */
  persistent: boolean;
  ports: PlatformPorts;
  /** One API and one worker on the Temporal dev server when absent. */
  topology?: PlatformTopology;
  nodeEnv: 'development' | 'test' | 'production';
  seedDemoData: boolean;
  /**
   * Build the web app and serve it (the default). A run that only calls the API says false: it saves
   * a build, and another platform building the app at the same moment writes the same folder.
   */
  serveWebApp?: boolean;
  /** Use these instead of starting embedded servers. */
  external?: { databaseUrl?: string | undefined; temporalAddress?: string | undefined };
  /** Extra environment for the API and worker. */
  backendEnv?: Record<string, string>;
  supervisor?: { output?: SupervisorOutput; handleSignals?: boolean };
  log: (line: string) => void;
}

/** What a fault run does to a running platform. */
export interface PlatformFaults {
  /** The supervised processes by name (`api-1`, `worker-2`, `signer` …). */
  processNames(): string[];
  /** SIGKILL, as a crash; the supervisor starts an API replica or a worker again after 2 s. */
  kill(name: string): void;
  restartTemporal(): Promise<void>;
  restartPostgres(): Promise<void>;
}

export interface RunningPlatform {
  apiUrl: string;
  /** Each API replica's own address (one, the same as apiUrl, without a proxy). */
  replicaUrls: string[];
  signerUrl: string;
  /** The worker's Prometheus endpoint, when it serves one. */
  workerMetricsUrl: string | undefined;
  temporalAddress: string;
  temporalUiUrl: string | undefined;
  databaseUrl: string;
  faults: PlatformFaults;
  /** Resolves with an exit code when the platform has stopped (Ctrl-C, or a process that died). */
  wait(): Promise<number>;
  stop(): Promise<void>;
}

const ONE_OF_EACH: PlatformTopology = { temporal: { kind: 'dev-server' }, apiReplicas: 1, workers: 1 };

/**
 * The whole platform on one machine: embedded PostgreSQL, Temporal, the API (serving the built web
 * app), workers, and the signing agent with a SoftHSM2 demo token — what `npm start`, the local
 * cluster and the end-to-end tests run. Resolves once /api/health is up.
 */
export async function launchPlatform(options: PlatformOptions): Promise<RunningPlatform> {
  const { ports, log } = options;
  const topology = options.topology ?? ONE_OF_EACH;
  const proxied = topology.apiReplicas > 1;
  const replicaPorts = proxied
    ? (ports.apiReplicas ?? Array.from({ length: topology.apiReplicas }, (_, index) => ports.api + 1 + index))
    : [ports.api];
  await mkdir(options.dataDir, { recursive: true, mode: 0o755 });
  for (const port of [...(proxied ? [ports.api] : []), ...replicaPorts])
    await assertPortFree(port, proxied ? 'the reverse proxy or an API replica' : 'the API', 'PORT');
  await assertPortFree(ports.signer, 'the signing agent', 'SIGNER_PORT');
  if (ports.workerMetrics !== undefined)
    await assertPortFree(ports.workerMetrics, "the worker's metrics", 'WORKER_METRICS_PORT');
  const serversStarted = startServers({
    dataDir: options.dataDir,
    persistent: options.persistent,
    postgresPort: ports.postgres,
    temporal:
      topology.temporal.kind === 'dev-server'
        ? { kind: 'dev-server', port: ports.temporal, uiPort: ports.temporalUi }
        : topology.temporal,
    external: options.external,
    log,
  });
  const [servers, { token, nginx }] = await allEnded(
    [
      serversStarted,
      prepareStartTools({ dataDir: options.dataDir, proxied }, log),
      options.serveWebApp === false ? undefined : buildWebApp(log),
      // Once for every worker and each restart, as a deployment's image holds it: none runs webpack.
      writeWorkflowBundle(workflowBundleIn(options.dataDir)),
    ],
    log,
  ).catch(async (error: unknown) => {
    // Servers that came up while another part failed are stopped now, not at the run's end.
    await serversStarted.then(
      (started) => started.stop(),
      () => undefined,
    );
    throw error;
  });

  let proxy: RunningProxy | undefined;
  const stopServers = async (): Promise<void> => {
    if (proxy) await proxy.stop().then(() => log('  stopped nginx'));
    await servers.stop();
  };
  try {
    if (nginx)
      proxy = await startReverseProxy({
        nginx,
        dir: join(options.dataDir, 'nginx'),
        port: ports.api,
        upstreamPorts: replicaPorts,
      });
  } catch (error) {
    await stopServers();
    throw error;
  }
  const supervisor = startProcesses(options, topology, servers, replicaPorts, token, stopServers);

  const apiUrl = `http://127.0.0.1:${ports.api}`;
  const platform: RunningPlatform = {
    apiUrl,
    replicaUrls: replicaPorts.map((port) => `http://127.0.0.1:${port}`),
    signerUrl: `ws://127.0.0.1:${ports.signer}`,
    workerMetricsUrl:
      ports.workerMetrics === undefined ? undefined : `http://127.0.0.1:${ports.workerMetrics}/metrics`,
    temporalAddress: servers.temporalAddress,
    temporalUiUrl: servers.temporalUiUrl,
    databaseUrl: servers.databaseUrl,
    faults: {
      processNames: () => supervisor.names(),
      kill: (name) => supervisor.kill(name),
      restartTemporal: () => servers.restartTemporal(),
      restartPostgres: () => servers.restartPostgres(),
    },
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

/** The API replicas, the workers and the signing agent, under one supervisor. */
function startProcesses(
  options: PlatformOptions,
  topology: PlatformTopology,
  servers: RunningServers,
  replicaPorts: number[],
  token: DemoTokenStore,
  stopServers: () => Promise<void>,
): Supervisor {
  const { ports } = options;
  const signerUrl = `ws://127.0.0.1:${ports.signer}`;
  const backendEnv = {
    ...process.env,
    NODE_ENV: options.nodeEnv,
    DATABASE_URL: servers.databaseUrl,
    TEMPORAL_ADDRESS: servers.temporalAddress,
    ...(options.serveWebApp === false ? {} : { WEB_DIST_DIR: WEB_DIST }),
    SIGNER_URL: signerUrl,
    SEED_DEMO_DATA: String(options.seedDemoData),
    // Behind nginx, the client's address and scheme come in its X-Forwarded-* headers.
    ...(replicaPorts.length > 1 ? { TRUST_PROXY_HOPS: '1' } : {}),
    ...options.backendEnv,
  };
  const supervisor = new Supervisor(stopServers, options.supervisor);
  const node = process.execPath;
  const numbered = (name: string, index: number, count: number) =>
    count > 1 ? `${name}-${index + 1}` : name;
  replicaPorts.forEach((port, index) =>
    supervisor.start({
      name: numbered('api', index, replicaPorts.length),
      command: node,
      args: [join(repoRoot, 'backend/dist/main.js')],
      env: { ...backendEnv, PORT: String(port) },
      // Alone, an API that dies ends the run; behind the proxy the others serve while it comes back.
      restart: replicaPorts.length > 1,
    }),
  );
  for (let index = 0; index < topology.workers; index++) {
    const metricsPort = ports.workerMetrics === undefined ? undefined : ports.workerMetrics + index;
    supervisor.start({
      name: numbered('worker', index, topology.workers),
      command: node,
      args: [join(repoRoot, 'backend/dist/worker.js')],
      env: {
        ...backendEnv,
        WORKER_WORKFLOW_BUNDLE: workflowBundleIn(options.dataDir),
        ...(metricsPort === undefined ? {} : { WORKER_METRICS_PORT: String(metricsPort) }),
      },
      restart: true,
    });
  }
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
  return supervisor;
}
