import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { findFreePort } from '@qoltanba/local/ports';
import { makeRunFolder, type RunFolder } from '@qoltanba/local/services/run-folder';
import { type RunningTemporal, startTemporalDevServer } from '@qoltanba/local/services/temporal-dev-server';
import { TEST_ENV } from '@qoltanba/testing/test-infra';
import pg from 'pg';
import { OPERATOR } from './support/dev-identity.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';
import { type NodeProcess, startBackendProcess } from './support/node-process.js';
import { until } from './support/until.js';

/**
 * The compiled API and worker as real processes, with a Temporal server of their own that the test
 * can kill: what an operator sees on /api/health when a component dies and comes back.
 */
describe('API and worker processes', () => {
  let folder: RunFolder;
  let dir: string;
  let database: TestDatabase;
  let temporal: RunningTemporal | undefined;
  let temporalPorts: { port: number; uiPort: number };
  let api: NodeProcess;
  let worker: NodeProcess | undefined;
  let baseUrl: string;
  let env: Record<string, string>;

  const startTemporal = async () =>
    startTemporalDevServer({
      cliPath: process.env[TEST_ENV.temporalCliPath]!,
      ...temporalPorts,
      dbFile: join(dir, 'temporal.db'),
      namespace: 'default',
      logFile: join(dir, 'temporal.log'),
    });

  beforeAll(async () => {
    folder = await makeRunFolder('processes');
    dir = folder.path;
    database = await createTestDatabase();
    temporalPorts = { port: await findFreePort(), uiPort: await findFreePort() };
    temporal = await startTemporal();
    const port = await findFreePort();
    baseUrl = `http://127.0.0.1:${port}`;
    env = {
      NODE_ENV: 'test',
      PORT: String(port),
      DATABASE_URL: database.url,
      TEMPORAL_ADDRESS: temporal.address,
      TEMPORAL_TASK_QUEUE: 'processes-test',
      WORKER_HEARTBEAT_INTERVAL_MS: '500',
      WORKER_STALE_AFTER_MS: '2000',
      LOG_LEVEL: 'warn',
    };
    api = startBackendProcess('main', env);
    worker = startBackendProcess('worker', env);
  }, 120_000);

  afterAll(async () => {
    await worker?.stop();
    await api?.stop();
    await temporal?.stop();
    await database?.drop();
    await folder?.remove();
  });

  it('come up healthy, degrade within seconds when a component dies, and recover when it returns', async () => {
    await expectHealth((body) => body.status === 'up', 'all components up at start');
    const selfCheck = await fetch(`${baseUrl}/api/ops/self-checks`, { method: 'POST', headers: OPERATOR });
    expect(selfCheck.status).toBe(201);

    await worker!.kill();
    const withoutWorker = await expectHealth(
      (body) => body.components.worker.status === 'down',
      'worker killed',
      8_000,
    );
    expect(withoutWorker.status).toBe('degraded');

    worker = startBackendProcess('worker', env);
    await expectHealth((body) => body.status === 'up', 'worker restarted');

    temporal!.process.kill('SIGKILL');
    await new Promise((resolve) => temporal!.process.once('exit', resolve));
    temporal = undefined;
    const withoutTemporal = await expectHealth(
      (body) => body.components.temporal.status === 'down',
      'Temporal killed',
      5_000,
    );
    expect(withoutTemporal.status).toBe('degraded');

    temporal = await startTemporal();
    await expectHealth((body) => body.status === 'up', 'Temporal restarted');
    // The worker reconnected by itself: a new self-check runs end to end.
    const afterRecovery = await fetch(`${baseUrl}/api/ops/self-checks`, {
      method: 'POST',
      headers: OPERATOR,
    });
    expect(afterRecovery.status).toBe(201);
  }, 150_000);

  it('counts a worker as live from the moment it runs, not one heartbeat interval later', async () => {
    const late = startBackendProcess('worker', {
      ...env,
      WORKER_HEARTBEAT_INTERVAL_MS: '2000',
      LOG_LEVEL: 'info',
    });
    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    try {
      await until(async () => late.output().includes('worker running'), 60_000);
      const hasBeaten = async () =>
        (await db.query('SELECT 1 FROM worker_heartbeat WHERE worker_id LIKE $1', [`${late.child.pid}@%`]))
          .rowCount === 1;
      // Well within its 2-second interval.
      await until(hasBeaten, 1_000);
    } finally {
      await db.end();
      await late.stop();
    }
  }, 90_000);

  it('a worker loads the workflow code bundled ahead of time that it is given, and will not start on one that is missing', async () => {
    const missing = join(dir, 'no-such-bundle.js');
    const misled = startBackendProcess('worker', { ...env, WORKER_WORKFLOW_BUNDLE: missing });
    const code = await new Promise<number | null>((resolve) => misled.child.once('exit', resolve));

    expect(code).not.toBe(0);
    expect(misled.output()).toContain(missing);
  }, 60_000);

  interface HealthBody {
    status: string;
    components: Record<'postgres' | 'temporal' | 'worker', { status: string }>;
  }

  async function expectHealth(matches: (body: HealthBody) => boolean, what: string, timeoutMs = 60_000) {
    const deadline = Date.now() + timeoutMs;
    let last = 'no answer';
    while (Date.now() < deadline) {
      const body = await fetch(`${baseUrl}/api/health`)
        .then((response) => response.json() as Promise<HealthBody>)
        .catch(() => undefined);
      if (body && matches(body)) return body;
      if (body) last = JSON.stringify(body);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(
      `${what}: health never matched within ${timeoutMs} ms; last ${last}\n` +
        `api output:\n${api.output()}\nworker output:\n${worker?.output() ?? ''}`,
    );
  }
});
