import { join } from 'node:path';
import { findFreePort } from '@qoltanba/local/ports';
import { workflowBundleIn, writeWorkflowBundle } from '@qoltanba/workflows/bundling';
import { waitForApi } from '@qoltanba/local/services/api-health';
import type { RunningPostgres } from '@qoltanba/local/services/embedded-postgres';
import { type NodeProcess, startNodeProcess } from '@qoltanba/local/services/node-process';
import { makeRunFolder } from '@qoltanba/local/services/run-folder';
import { spawnEmbeddedPostgres } from '@qoltanba/local/services/spawn-embedded-postgres';
import { startTemporalDevServer } from '@qoltanba/local/services/temporal-dev-server';
import {
  freeTemporalPorts,
  prepareTemporalDatabases,
  startTemporalOnPostgres,
} from '@qoltanba/local/services/temporal-on-postgres';
import { ensureTemporalCli } from '@qoltanba/local/tools/temporal-cli';
import { ensureTemporalServer } from '@qoltanba/local/tools/temporal-server';
import type { ProcessGroup } from './process-cpu.js';

export interface LocalStack {
  apiUrl: string;
  /** The application's database; `urlFor` any other on the same server (Temporal's). */
  databaseUrl: string;
  urlFor(database: string): string;
  temporalAddress: string;
  /** The dev server's Prometheus metrics (the server on PostgreSQL is started without). */
  temporalMetricsUrl: string | undefined;
  taskQueue: string;
  /** The stack's processes by component, for CPU accounting. */
  components: Record<'temporal' | 'api' | 'worker' | 'postgres', ProcessGroup>;
  stop(): Promise<void>;
}

export interface LocalStackOptions {
  /** The CLI's dev server on SQLite (`npm start`), or the Temporal server on PostgreSQL (the cluster). */
  temporal: 'dev-server' | 'postgres';
  workers: number;
}

/**
 * The platform — embedded PostgreSQL, Temporal, the compiled API and `workers` worker processes —
 * in a temporary folder, on free ports. The API runs with NODE_ENV=test so the benchmark can name
 * its callers in headers instead of logging in.
 */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const folder = await makeRunFolder('bench-approvals');
  const dir = folder.path;
  const taskQueue = 'bench-approvals';
  let postgres: RunningPostgres | undefined;
  let temporal: { address: string; stop(): Promise<void> } | undefined;
  const processes: NodeProcess[] = [];
  const stopServers = async () => {
    for (const process of processes.reverse()) await process.stop();
    await temporal?.stop();
    await postgres?.stop();
  };
  const stop = async () => {
    await stopServers();
    await folder.remove();
  };
  try {
    postgres = await spawnEmbeddedPostgres({
      dir: join(dir, 'postgres'),
      port: await findFreePort(),
      persistent: false,
      databases: ['qoltanba'],
      logFile: join(dir, 'postgres.log'),
      statementStatistics: true,
    });
    let temporalMetricsUrl: string | undefined;
    if (options.temporal === 'dev-server') {
      const metricsPort = await findFreePort();
      temporalMetricsUrl = `http://127.0.0.1:${metricsPort}/metrics`;
      temporal = await startTemporalDevServer({
        metricsPort,
        cliPath: await ensureTemporalCli(),
        port: await findFreePort(),
        uiPort: await findFreePort(),
        dbFile: join(dir, 'temporal.db'),
        namespace: 'default',
        logFile: join(dir, 'temporal.log'),
      });
    } else {
      const tools = await ensureTemporalServer();
      await prepareTemporalDatabases(tools, postgres.urlFor('postgres'));
      temporal = await startTemporalOnPostgres({
        tools,
        postgresUrl: postgres.urlFor('postgres'),
        ports: await freeTemporalPorts(),
        layout: 'one-process',
        historyShards: 4,
        namespace: 'default',
        logDir: dir,
      });
    }
    // As a deployment's workers do: the workflow code bundled once, loaded by each (no webpack in them).
    const workflowBundle = workflowBundleIn(dir);
    await writeWorkflowBundle(workflowBundle);
    const port = await findFreePort();
    const env = {
      NODE_ENV: 'test',
      PORT: String(port),
      DATABASE_URL: postgres.urlFor('qoltanba'),
      DATABASE_POOL_SIZE: '20',
      TEMPORAL_ADDRESS: temporal.address,
      TEMPORAL_TASK_QUEUE: taskQueue,
      LOG_LEVEL: 'warn',
    };
    // Profiling a run: BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" (API and worker).
    const nodeArgs = process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
    const api = startNodeProcess('backend/dist/main.js', env, nodeArgs);
    const workers = Array.from({ length: options.workers }, () =>
      startNodeProcess(
        'backend/dist/worker.js',
        { ...env, WORKER_WORKFLOW_BUNDLE: workflowBundle },
        nodeArgs,
      ),
    );
    processes.push(api, ...workers);
    const apiUrl = `http://127.0.0.1:${port}`;
    if (!(await waitForApi(apiUrl))) {
      throw new Error(`the stack did not become healthy:\n${processes.map((p) => p.output()).join('\n')}`);
    }
    return {
      apiUrl,
      databaseUrl: postgres.urlFor('qoltanba'),
      urlFor: (database) => postgres!.urlFor(database),
      temporalAddress: temporal.address,
      temporalMetricsUrl,
      taskQueue,
      components: {
        temporal: {
          kind: 'command',
          name: options.temporal === 'dev-server' ? 'temporal' : 'temporal-server',
        },
        api: { kind: 'pids', pids: [api.child.pid!] },
        worker: { kind: 'pids', pids: workers.map((worker) => worker.child.pid!) },
        postgres: { kind: 'command', name: 'postgres' },
      },
      stop,
    };
  } catch (error) {
    // The servers' logs, which the error may point to, stay for reading.
    await stopServers();
    folder.keep();
    throw error;
  }
}
