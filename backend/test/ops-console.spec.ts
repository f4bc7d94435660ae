import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AUDITOR, MANAGER, OPERATOR } from './support/dev-identity.js';
import { onboard, type Onboarded, openSimulatorAccount, ourIban } from './support/onboarding.js';
import { paymentOrder } from './support/payment-order.js';
import { startTestApp, startTestWorker, type TestApp, type TestWorker } from './support/test-app.js';
import { until } from './support/until.js';

const BENEFICIARY_IBAN = ourIban('KZT7200000002');

describe('the operations console: every process visible, a stuck one found and tried again now', () => {
  let testApp: TestApp;
  let worker: TestWorker;
  let client: Onboarded;

  beforeAll(async () => {
    // A process waiting on the system for a second is stuck, so the suite need not wait minutes.
    testApp = await startTestApp({
      env: { OPS_STUCK_AFTER_SECONDS: '1', LOG_LEVEL: process.env.DEBUG_LOG ?? 'silent' },
    });
    worker = await startTestWorker(testApp);
    await openSimulatorAccount(testApp, BENEFICIARY_IBAN, 0);
    client = await onboard(testApp, { Solo: { right: 'SINGLE' } });
  });
  afterAll(async () => {
    await testApp.http().delete('/api/bank-simulator/outage').set(OPERATOR);
    await worker.stop();
    await testApp.close();
  });

  const http = () => testApp.http();

  /** A payment to a customer of this bank, signed by its only signer: next, the workflow sends it. */
  async function signedPayment(number: string): Promise<string> {
    const order = paymentOrder(client.payerIban, {
      number,
      beneficiary: {
        name: 'Test holder',
        binIin: '940140000385',
        iban: BENEFICIARY_IBAN,
        bic: 'QOLTKZKA',
        kbe: '17',
      },
    });
    const created = await http().post('/api/documents').set(client.as('Solo')).send(order);
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const submitted = await http().post(`/api/documents/${id}/submission`).set(client.as('Solo'));
    const signed = await http()
      .post(`/api/documents/${id}/signatures`)
      .set(client.as('Solo'))
      .send({ contentHash: submitted.body.contentHash, evidence: { kind: 'DEV' } });
    expect(signed.status).toBe(201);
    return id;
  }

  const stuckEntry = async (id: string) =>
    ((await http().get('/api/ops/processes/stuck').set(OPERATOR)).body.onSystem as { id: string }[]).find(
      (entry) => entry.id === id,
    ) as
      | {
          id: string;
          awaiting: string;
          activities: { attempt: number; lastFailure?: string; nextAttemptAt?: string }[];
        }
      | undefined;

  it('finds a payment stuck on a failing bank with its attempts and last failure; "retry now" sends it at once when the bank is back, audited and in its timeline', async () => {
    await http()
      .put('/api/bank-simulator/outage')
      .set(OPERATOR)
      .send({ reason: 'core maintenance' })
      .expect(200);
    const id = await signedPayment('501');

    // Three failed attempts: the next waits 8 s (backoff 1, 2, 4, 8 s…).
    let stuck: Awaited<ReturnType<typeof stuckEntry>>;
    await until(async () => ((stuck = await stuckEntry(id))?.activities[0]?.attempt ?? 0) >= 4, 30_000);
    expect(stuck).toMatchObject({ awaiting: 'SYSTEM' });
    expect(stuck!.activities[0]!.lastFailure).toMatch(/bank is unavailable/);
    const naturalRetry = Date.parse(stuck!.activities[0]!.nextAttemptAt!);

    await http().delete('/api/bank-simulator/outage').set(OPERATOR).expect(200);
    const retried = await http()
      .post(`/api/ops/processes/${id}/retry`)
      .set(OPERATOR)
      .send({ reason: 'The bank is back after maintenance' });
    expect(retried.status).toBe(200);
    const status = async () => (await http().get(`/api/documents/${id}`).set(client.as('Solo'))).body.status;
    await until(async () => (await status()) === 'EXECUTED', 20_000);
    // Executed before the attempt the backoff had scheduled: the retry did it, not the wait.
    expect(Date.now()).toBeLessThan(naturalRetry);

    const detail = await http().get(`/api/ops/processes/${id}`).set(AUDITOR);
    expect(detail.status).toBe(200);
    expect(detail.body.timeline).toContainEqual(
      expect.objectContaining({
        source: 'OPERATOR',
        event: 'OPS_PROCESS_RETRY',
        details: expect.objectContaining({ reason: 'The bank is back after maintenance' }),
      }),
    );
    expect(detail.body.temporal.history).toContainEqual(
      expect.objectContaining({
        kind: 'ACTIVITY_COMPLETED',
        name: expect.stringMatching(/submit|bank|dispatch/i),
      }),
    );
    expect(detail.body.temporal.uiUrl).toContain(`/workflows/${detail.body.workflowId as string}`);
    const again = await http()
      .post(`/api/ops/processes/${id}/retry`)
      .set(OPERATOR)
      .send({ reason: 'once more' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('OPS_NOTHING_TO_RETRY');
  }, 60_000);

  it('lists processes of every kind with counts, filters and a search by id, BIN or document number', async () => {
    const id = await signedPayment('502');
    const byNumber = await http()
      .get('/api/ops/processes')
      .query({ q: '502', type: 'payment' })
      .set(OPERATOR);
    expect(byNumber.body.items.map((item: { id: string }) => item.id)).toContain(id);
    const byBin = await http()
      .get('/api/ops/processes')
      .query({ q: client.binIin, pageSize: 100 })
      .set(OPERATOR);
    expect(byBin.body.items.map((item: { id: string }) => item.id)).toContain(id);
    for (const item of byBin.body.items) expect(item.organization).toMatchObject({ binIin: client.binIin });
    const byId = await http().get('/api/ops/processes').query({ q: id }).set(AUDITOR);
    expect(byId.body).toMatchObject({ total: 1, items: [{ id, type: 'payment' }] });

    const counts = (await http().get('/api/ops/processes/counts').set(OPERATOR)).body as {
      type: string;
      count: number;
    }[];
    expect(
      counts.filter((row) => row.type === 'payment').reduce((sum, row) => sum + row.count, 0),
    ).toBeGreaterThanOrEqual(2);

    const badFilter = await http().get('/api/ops/processes').query({ type: 'lottery' }).set(OPERATOR);
    expect(badFilter.status).toBe(400);
    expect(badFilter.body.details.violations[0].field).toBe('type');
    const unknown = await http().get('/api/ops/processes/00000000-0000-4000-8000-000000000000').set(OPERATOR);
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('OPS_PROCESS_NOT_FOUND');
  });

  it('lets an auditor read but never act, and keeps managers and clients out of every operations route', async () => {
    const id = await signedPayment('503');
    expect((await http().get('/api/ops/processes/stuck').set(AUDITOR)).status).toBe(200);
    const acting = await http()
      .post(`/api/ops/processes/${id}/retry`)
      .set(AUDITOR)
      .send({ reason: 'just looking' });
    expect(acting.status).toBe(403);
    expect(acting.body.code).toBe('AUTH_FORBIDDEN_FOR_ROLE');
    for (const path of [
      '/api/ops/processes',
      '/api/ops/processes/counts',
      '/api/ops/processes/stuck',
      `/api/ops/processes/${id}`,
    ]) {
      expect((await http().get(path).set(MANAGER)).status).toBe(403);
      expect((await http().get(path).set(client.as('Solo'))).status).toBe(403);
    }
    expect(
      (await http().post(`/api/ops/processes/${id}/retry`).set(client.as('Solo')).send({ reason: 'mine' }))
        .status,
    ).toBe(403);
  });
});
