import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { findFreePort } from '@qoltanba/local/ports';
import { uniqueTaskQueue } from '@qoltanba/testing/temporal';
import { TEST_ENV } from '@qoltanba/testing/test-infra';
import pg from 'pg';
import request from 'supertest';
import { OPERATOR } from './support/dev-identity.js';
import { type NodeProcess, startBackendProcess } from './support/node-process.js';
import { onboard } from './support/onboarding.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';
import { until } from './support/until.js';

/** One sample of a scrape: `name{labels} value`. */
interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

function samples(exposition: string): Sample[] {
  return exposition
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [, name, labels = '', value] = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)/.exec(line)!;
      return {
        name: name!,
        labels: Object.fromEntries(
          [...labels.matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map(([, k, v]) => [k, v]),
        ),
        value: Number(value),
      };
    });
}

const sum = (found: Sample[]) => found.reduce((total, sample) => total + sample.value, 0);

/**
 * The API and the worker as the real processes (`npm start` runs the same), so that the worker's
 * Temporal runtime can serve its metrics (a runtime's telemetry is set once per process) and the
 * test reads every log line they print.
 */
describe('metrics and request ids: Prometheus endpoints of the API and the worker, logs that follow a request', () => {
  const TOKEN = randomBytes(24).toString('hex');
  const logs: Record<'main' | 'worker', string> = { main: '', worker: '' };
  const processes: NodeProcess[] = [];
  let database: TestDatabase;
  let base: string;
  let workerMetrics: string;
  const api = { http: () => request(base) };
  const scrape = () => api.http().get('/api/metrics').set('authorization', `Bearer ${TOKEN}`);

  beforeAll(async () => {
    database = await createTestDatabase();
    const [port, workerMetricsPort] = [await findFreePort(), await findFreePort()];
    const env = {
      NODE_ENV: 'test',
      PORT: String(port),
      DATABASE_URL: database.url,
      TEMPORAL_ADDRESS: process.env[TEST_ENV.temporalAddress]!,
      TEMPORAL_TASK_QUEUE: uniqueTaskQueue('metrics'),
      LOG_LEVEL: 'info',
      METRICS_TOKEN: TOKEN,
      WORKER_METRICS_PORT: String(workerMetricsPort),
    };
    for (const entry of ['main', 'worker'] as const) {
      const started = startBackendProcess(entry, env);
      const keep = (chunk: Buffer) => (logs[entry] += chunk.toString());
      started.child.stdout?.on('data', keep);
      started.child.stderr?.on('data', keep);
      processes.push(started);
    }
    base = `http://127.0.0.1:${port}`;
    workerMetrics = `http://127.0.0.1:${workerMetricsPort}/metrics`;
    // Up means the worker too, whose runtime serves its metrics from its first connection.
    await until(() => fetch(`${base}/api/health`).then((response) => response.status === 200), 60_000).catch(
      (error: unknown) => {
        throw new Error(
          `${String(error)}\napi:\n${processes[0]!.output()}\nworker:\n${processes[1]!.output()}`,
        );
      },
    );
  }, 90_000);
  afterAll(async () => {
    for (const started of processes.reverse()) await started.stop();
    await database?.drop();
  });

  it('refuses the API metrics without the METRICS_TOKEN bearer token, and with a wrong one', async () => {
    const without = await api.http().get('/api/metrics');
    expect(without.status).toBe(401);
    expect(without.headers['www-authenticate']).toBe('Bearer realm="metrics"');
    expect(without.body.code).toBe('UNAUTHENTICATED');
    const wrong = await api.http().get('/api/metrics').set('authorization', `Bearer ${TOKEN}x`);
    expect(wrong.status).toBe(401);
    expect(wrong.text).not.toContain('qoltanba_');

    const allowed = await scrape();
    expect(allowed.status).toBe(200);
    expect(allowed.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(allowed.text).toContain('# TYPE qoltanba_http_request_duration_seconds histogram');
    expect(allowed.text).toContain('# TYPE process_cpu_seconds_total counter');
  });

  it('counts API requests by method, route template and status class, never by the URL with its ids', async () => {
    const id = randomUUID();
    for (let i = 0; i < 3; i++) await api.http().get(`/api/applications/${id}`).expect(401);
    await api.http().get(`/api/no-such-route/${id}`).expect(404);
    await api.http().get('/api/health').expect(200);

    const text = (await scrape()).text;
    const counts = samples(text).filter((s) => s.name === 'qoltanba_http_request_duration_seconds_count');
    const count = (labels: Record<string, string>) =>
      sum(counts.filter((s) => Object.entries(labels).every(([k, v]) => s.labels[k] === v)));
    expect(count({ method: 'GET', route: '/api/applications/:id', status_class: '4xx' })).toBe(3);
    expect(count({ method: 'GET', route: 'unmatched', status_class: '4xx' })).toBe(1);
    expect(count({ method: 'GET', route: '/api/health', status_class: '2xx' })).toBeGreaterThanOrEqual(1);
    expect(text).toContain(
      'qoltanba_http_request_duration_seconds_bucket{le="+Inf",method="GET",route="/api/applications/:id",status_class="4xx"} 3',
    );
    expect(text).not.toContain(id);
  });

  it('counts processes by type and status as the read model holds them when scraped', async () => {
    // Onboarding a client is a change request, checked by a second manager: a process of its own.
    await onboard(api, { Dana: { right: 'SINGLE' } });
    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    const held: { type: string; status: string; count: string }[] = await db
      .query('SELECT type, status, count(*) AS count FROM process GROUP BY 1, 2')
      .then((result) => result.rows)
      .finally(() => db.end());
    expect(held).toContainEqual({ type: 'change-request', status: 'APPLIED', count: '1' });

    const gauge = samples((await scrape()).text).filter((s) => s.name === 'qoltanba_processes');
    expect(
      gauge.map((s) => ({ type: s.labels.type, status: s.labels.status, count: String(s.value) })),
    ).toEqual(expect.arrayContaining(held));
    expect(gauge).toHaveLength(held.length);
    expect(gauge.every((s) => Object.keys(s.labels).sort().join() === 'status,type')).toBe(true);
  });

  it('serves the Temporal SDK’s metrics from the worker on 127.0.0.1 once a workflow has run', async () => {
    const selfCheck = await api.http().post('/api/ops/self-checks').set(OPERATOR);
    expect(selfCheck.status).toBe(201);

    const response = await fetch(workerMetrics);
    expect(response.status).toBe(200);
    const found = samples(await response.text());
    const named = (name: string) => found.filter((s) => s.name === name);
    expect(sum(named('temporal_workflow_completed_total'))).toBeGreaterThanOrEqual(1);
    expect(named('temporal_workflow_completed_total')).toContainEqual(
      expect.objectContaining({ labels: expect.objectContaining({ workflow_type: 'platformSelfCheck' }) }),
    );
    expect(sum(named('temporal_activity_execution_latency_seconds_count'))).toBeGreaterThanOrEqual(1);
    expect(named('temporal_worker_task_slots_available').length).toBeGreaterThan(0);
  });

  it('answers a request’s id in X-Request-Id and writes it on every log line of that request', async () => {
    const requestId = `metrics-spec-${randomBytes(4).toString('hex')}`;
    const refused = await api
      .http()
      .post('/api/auth/login/standard')
      .set('x-request-id', requestId)
      .send({ login: 'nobody-here', password: 'Wrong-password-1' });
    expect(refused.status).toBe(401);
    expect(refused.headers['x-request-id']).toBe(requestId);

    const linesOfRequest = () =>
      logs.main
        .split('\n')
        .filter((line) => line.includes(requestId))
        .map((line) => JSON.parse(line) as Record<string, unknown>);
    // The service's own line (the refusal it audited) and the request's closing line.
    await until(async () => linesOfRequest().some((line) => line.msg === 'request completed'), 5_000);
    const lines = linesOfRequest();
    expect(lines.map((line) => line.msg)).toEqual(
      expect.arrayContaining(['refused and audited', 'request completed']),
    );
    expect(lines.every((line) => line.requestId === requestId)).toBe(true);
    expect(logs.main).not.toContain('Wrong-password-1');

    const malformed = await api.http().get('/api/health').set('x-request-id', 'not a {valid} id');
    expect(malformed.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
