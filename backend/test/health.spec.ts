import { afterEach, describe, expect, it } from '@jest/globals';
import { findFreePort } from '@qoltanba/local/ports';
import pg from 'pg';
import { withDatabase } from './support/test-database.js';
import { startTestApp, startTestWorker, type TestApp, type TestWorker } from './support/test-app.js';

describe('GET /api/health', () => {
  let testApp: TestApp | undefined;
  let testWorker: TestWorker | undefined;

  afterEach(async () => {
    await testWorker?.stop();
    await testApp?.close();
    testApp = testWorker = undefined;
  });

  it('answers 200 "up" when PostgreSQL, Temporal and a worker are all running', async () => {
    testApp = await startTestApp();
    testWorker = await startTestWorker(testApp);
    const response = await waitForHealth(testApp, (body) => body.status === 'up');
    expect(response.status).toBe(200);
    expect(response.body.components.postgres.status).toBe('up');
    expect(response.body.components.temporal.status).toBe('up');
    expect(response.body.components.worker).toMatchObject({ status: 'up', liveWorkers: 1 });
  });

  it('answers 503 "degraded", with when to look again, and the worker down when no worker serves the task queue', async () => {
    testApp = await startTestApp();
    const response = await testApp.http().get('/api/health');
    expect(response.status).toBe(503);
    expect(response.headers['retry-after']).toBe('5');
    expect(response.body.status).toBe('degraded');
    expect(response.body.components.worker).toMatchObject({ status: 'down', reason: 'no live worker' });
    expect(response.body.components.temporal.status).toBe('up');
  });

  it('reports the worker down again within seconds of the worker stopping', async () => {
    testApp = await startTestApp();
    const worker = await startTestWorker(testApp);
    await waitForHealth(testApp, (body) => body.components.worker.status === 'up');
    await worker.stop();
    const response = await waitForHealth(testApp, (body) => body.components.worker.status === 'down');
    expect(response.status).toBe(503);
  });

  it('reports Temporal down when its server cannot be reached', async () => {
    testApp = await startTestApp({ env: { TEMPORAL_ADDRESS: `127.0.0.1:${await findFreePort()}` } });
    const response = await testApp.http().get('/api/health');
    expect(response.status).toBe(503);
    expect(response.body.components.temporal.status).toBe('down');
    expect(response.body.components.postgres.status).toBe('up');
  });

  it('reports PostgreSQL down, and the worker unknown, when the database refuses connections', async () => {
    testApp = await startTestApp();
    await refuseConnections(testApp.database.url, true);
    try {
      const response = await waitForHealth(testApp, (body) => body.components.postgres.status === 'down');
      expect(response.status).toBe(503);
      expect(response.body.components.worker.status).toBe('unknown');
    } finally {
      await refuseConnections(testApp.database.url, false);
    }
    // …and recovers by itself once the database is back.
    await waitForHealth(testApp, (body) => body.components.postgres.status === 'up');
  });

  it('never returns a stack trace or connection string in the report', async () => {
    testApp = await startTestApp({ env: { TEMPORAL_ADDRESS: `127.0.0.1:${await findFreePort()}` } });
    const response = await testApp.http().get('/api/health');
    expect(JSON.stringify(response.body)).not.toMatch(/at .*\.js|postgres:\/\/|ECONNREFUSED/);
  });
});

interface HealthBody {
  status: string;
  components: Record<'postgres' | 'temporal' | 'worker', { status: string; reason?: string }>;
}

async function waitForHealth(testApp: TestApp, until: (body: HealthBody) => boolean, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await testApp.http().get('/api/health');
    if (until(response.body as HealthBody)) return response;
    if (Date.now() > deadline) throw new Error(`health never matched: ${JSON.stringify(response.body)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Simulates a database outage: new connections are refused and open ones are cut. */
async function refuseConnections(databaseUrl: string, refuse: boolean): Promise<void> {
  const database = new URL(databaseUrl).pathname.slice(1);
  const admin = new pg.Client({ connectionString: withDatabase(databaseUrl, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`ALTER DATABASE ${database} ALLOW_CONNECTIONS ${refuse ? 'false' : 'true'}`);
    if (refuse) {
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [
        database,
      ]);
    }
  } finally {
    await admin.end();
  }
}
