import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from '@qoltanba/local/ports';
import { waitForApi } from '@qoltanba/local/services/api-health';
import type { RunningPostgres } from '@qoltanba/local/services/embedded-postgres';
import { type NodeProcess, startNodeProcess } from '@qoltanba/local/services/node-process';
import { spawnEmbeddedPostgres } from '@qoltanba/local/services/spawn-embedded-postgres';
import { type RunningTemporal, startTemporalDevServer } from '@qoltanba/local/services/temporal-dev-server';
import { ensureTemporalCli } from '@qoltanba/local/tools/temporal-cli';

export interface LocalStack {
  apiUrl: string;
  temporalAddress: string;
  taskQueue: string;
  stop(): Promise<void>;
}

/**
 * The platform as `npm start` runs it — embedded PostgreSQL, the Temporal dev server on a SQLite
 * file, the compiled API and one worker process — in a temporary folder, on free ports. The API
 * runs with NODE_ENV=test so the benchmark can name its callers in headers instead of logging in.
 */
export async function startLocalStack(): Promise<LocalStack> {
  const dir = await mkdtemp(join(tmpdir(), 'qoltanba-bench-approvals-'));
  await chmod(dir, 0o755);
  const taskQueue = 'bench-approvals';
  let postgres: RunningPostgres | undefined;
  let temporal: RunningTemporal | undefined;
  const processes: NodeProcess[] = [];
  const stop = async () => {
    for (const process of processes.reverse()) await process.stop();
    await temporal?.stop();
    await postgres?.stop();
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const cliPath = await ensureTemporalCli();
    [postgres, temporal] = await Promise.all([
      findFreePort().then((port) =>
        spawnEmbeddedPostgres({
          dir: join(dir, 'postgres'),
          port,
          persistent: false,
          databases: ['qoltanba'],
          logFile: join(dir, 'postgres.log'),
        }),
      ),
      Promise.all([findFreePort(), findFreePort()]).then(([port, uiPort]) =>
        startTemporalDevServer({
          cliPath,
          port,
          uiPort,
          dbFile: join(dir, 'temporal.db'),
          namespace: 'default',
          logFile: join(dir, 'temporal.log'),
        }),
      ),
    ]);
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
    processes.push(
      startNodeProcess('backend/dist/main.js', env, nodeArgs),
      startNodeProcess('backend/dist/worker.js', env, nodeArgs),
    );
    const apiUrl = `http://127.0.0.1:${port}`;
    if (!(await waitForApi(apiUrl))) {
      throw new Error(`the stack did not become healthy:\n${processes.map((p) => p.output()).join('\n')}`);
    }
    return { apiUrl, temporalAddress: temporal.address, taskQueue, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
