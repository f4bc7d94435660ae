import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client } from '@temporalio/client';
import pg from 'pg';
import { OPERATOR } from './support/dev-identity.js';
import { startTestApp, startTestWorker, type TestApp, type TestWorker } from './support/test-app.js';

describe('POST /api/ops/self-checks', () => {
  let testApp: TestApp;
  let testWorker: TestWorker;

  beforeAll(async () => {
    testApp = await startTestApp();
    testWorker = await startTestWorker(testApp);
  });
  afterAll(async () => {
    await testWorker.stop();
    await testApp.close();
  });

  it('runs a workflow through the worker into PostgreSQL and reports the recording', async () => {
    const response = await testApp.http().post('/api/ops/self-checks').set(OPERATOR);
    expect(response.status).toBe(201);
    expect(response.body.workflowId).toMatch(/^self-check-[0-9a-f-]{36}$/);
    expect(response.body.checkId).toBe(response.body.workflowId);
    expect(response.body.workerIdentity).toBe(`test-worker-${testApp.config.temporal.taskQueue}`);

    const db = new pg.Client({ connectionString: testApp.database.url });
    await db.connect();
    const rows = await db
      .query<{ recorded_at: Date }>('SELECT recorded_at FROM self_check WHERE id = $1', [
        response.body.workflowId,
      ])
      .finally(() => db.end());
    expect(rows.rows).toHaveLength(1);
    expect(rows.rows[0]!.recorded_at.toISOString()).toBe(response.body.recordedAt);
  });

  it('leaves the completed run in Temporal, findable by its workflow id', async () => {
    const { body } = await testApp.http().post('/api/ops/self-checks').set(OPERATOR);
    const client = testApp.app.get(Client);
    const description = await client.workflow.getHandle(body.workflowId as string).describe();
    expect(description.status.name).toBe('COMPLETED');
    expect(description.type).toBe('platformSelfCheck');
  });
});
