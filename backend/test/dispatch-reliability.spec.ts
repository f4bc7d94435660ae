import { afterAll, describe, expect, it } from '@jest/globals';
import { findFreePort } from '@qoltanba/local/ports';
import { uniqueTaskQueue } from '@qoltanba/testing/temporal';
import { TEST_ENV } from '@qoltanba/testing/test-infra';
import pg from 'pg';
import request from 'supertest';
import { type NodeProcess, startBackendProcess } from './support/node-process.js';
import { onboard, openSimulatorAccount, ourIban } from './support/onboarding.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';
import { until } from './support/until.js';
import { today } from './support/payment-order.js';

/**
 * At-least-once activities meet an idempotent bank: a worker killed while the bank is answering
 * leaves a dispatch the next worker repeats, and the bank, keyed by document id, books it once.
 */
describe('dispatch when the worker dies mid-call', () => {
  const processes: NodeProcess[] = [];
  let database: TestDatabase | undefined;

  afterAll(async () => {
    for (const process of processes.reverse()) await process.stop();
    await database?.drop();
  });

  it('delivers the payment to the bank exactly once and still completes the document', async () => {
    database = await createTestDatabase();
    const port = await findFreePort();
    const env = {
      NODE_ENV: 'test',
      PORT: String(port),
      DATABASE_URL: database.url,
      TEMPORAL_ADDRESS: process.env[TEST_ENV.temporalAddress]!,
      TEMPORAL_TASK_QUEUE: uniqueTaskQueue('dispatch'),
      LOG_LEVEL: 'warn',
    };
    const api = startBackendProcess('main', env);
    processes.push(api);
    // This worker's bank books the payment, then takes a minute to answer: it dies waiting.
    const doomed = startBackendProcess('worker', { ...env, BANK_SIMULATOR_RESPONSE_DELAY_MS: '60000' });
    processes.push(doomed);
    const base = `http://127.0.0.1:${port}`;
    await until(
      () =>
        fetch(`${base}/api/health`).then(
          (response) => response.status > 0,
          () => false,
        ),
      30_000,
    );
    const client = { http: () => request(base) };

    const org = await onboard(client, { Solo: { right: 'SINGLE' } });
    const beneficiaryIban = ourIban('KZT8800000001');
    await openSimulatorAccount(client, beneficiaryIban, 0);
    const body = {
      number: '7',
      date: today(),
      valueDate: today(),
      payerIban: org.payerIban,
      amount: '300.00',
      currency: 'KZT',
      beneficiary: { name: 'Own', binIin: '940140000385', iban: beneficiaryIban, bic: 'QOLTKZKA', kbe: '17' },
      knp: '710',
      purpose: 'Reliability check',
    };
    const created = await client.http().post('/api/documents').set(org.as('Solo')).send(body);
    expect(created.status).toBe(201);
    await client.http().post(`/api/documents/${created.body.id}/submission`).set(org.as('Solo')).expect(201);
    await client
      .http()
      .post(`/api/documents/${created.body.id}/signatures`)
      .set(org.as('Solo'))
      .send({ contentHash: created.body.contentHash, evidence: { kind: 'DEV' } })
      .expect(201);

    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    try {
      const payments = async () =>
        (
          await db.query('SELECT count(*)::int AS n FROM sim_payment WHERE document_id = $1', [
            created.body.id,
          ])
        ).rows[0].n as number;
      await until(async () => (await payments()) === 1, 30_000);
      await doomed.kill();
      processes.push(startBackendProcess('worker', env));

      await until(async () => {
        const doc = await client.http().get(`/api/documents/${created.body.id}`).set(org.as('Solo'));
        return doc.body.status === 'EXECUTED';
      }, 60_000);
      expect(await payments()).toBe(1);
      const entries = await db.query(
        'SELECT amount_tiyn FROM sim_ledger_entry WHERE document_id = $1 ORDER BY amount_tiyn',
        [created.body.id],
      );
      expect(entries.rows.map((row) => Number(row.amount_tiyn))).toEqual([-300_00, 300_00]);
    } finally {
      await db.end();
    }
  }, 150_000);
});
