import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AUDITOR, MANAGER, OPERATOR } from './support/dev-identity.js';
import { onboard, type Onboarded, openSimulatorAccount, ourIban } from './support/onboarding.js';
import { paymentOrder } from './support/payment-order.js';
import { startTestApp, startTestWorker, type TestApp, type TestWorker } from './support/test-app.js';
import { until } from './support/until.js';

const BENEFICIARY_IBAN = ourIban('KZT7200000002');
/** A second operator: the checker of the first one's requests. */
const SECOND_OPERATOR = { 'x-dev-staff-role': 'OPERATOR', 'x-dev-staff-id': 'dev-operator-2' } as const;

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

  /** A payment to a customer of this bank, sent for signature: it waits for its signer. */
  async function submittedPayment(number: string): Promise<{ id: string; contentHash: string }> {
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
    return { id, contentHash: submitted.body.contentHash as string };
  }

  /** The same, signed by its only signer: next, the workflow sends it to the bank. */
  async function signedPayment(number: string): Promise<string> {
    const { id, contentHash } = await submittedPayment(number);
    const signed = await http()
      .post(`/api/documents/${id}/signatures`)
      .set(client.as('Solo'))
      .send({ contentHash, evidence: { kind: 'DEV' } });
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
    // The bank's clearing is slow by nature: an accepted payment has a threshold of its own.
    const view = (await http().get('/api/ops/processes/stuck').set(OPERATOR)).body;
    expect(view.stepThresholds).toContainEqual({ type: 'payment', status: 'ACCEPTED', seconds: 21_600 });
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

  it('keeps every act in an audit log, filtered by action, actor, subject and Almaty day, and exported as CSV', async () => {
    const id = await signedPayment('504');
    const status = async () => (await http().get(`/api/documents/${id}`).set(client.as('Solo'))).body.status;
    await until(async () => (await status()) === 'EXECUTED', 20_000);

    const signatures = await http().get('/api/ops/audit').query({ subjectId: id, pageSize: 50 }).set(AUDITOR);
    expect(signatures.status).toBe(200);
    for (const entry of signatures.body.items) expect(entry.subjectId).toBe(id);
    // Clients' signatures are in it, refused ones with the refusal's code.
    expect(signatures.body.items).toContainEqual(
      expect.objectContaining({
        actorKind: 'CLIENT',
        actorId: client.users.Solo!.id,
        action: 'DOCUMENT_SIGN',
        outcome: 'SUCCESS',
        subjectKind: 'DOCUMENT',
      }),
    );
    const again = await http()
      .post(`/api/documents/${id}/signatures`)
      .set(client.as('Solo'))
      .send({ contentHash: 'f'.repeat(64), evidence: { kind: 'DEV' } });
    expect(again.status).toBeGreaterThanOrEqual(400);
    const refusedSignature = await http()
      .get('/api/ops/audit')
      .query({ subjectId: id, action: 'DOCUMENT_SIGN', outcome: again.body.code as string })
      .set(AUDITOR);
    expect(refusedSignature.body.total).toBe(1);

    const today = new Date(Date.now() + 5 * 3_600_000).toISOString().slice(0, 10);
    const staffToday = await http()
      .get('/api/ops/audit')
      .query({ actorKind: 'STAFF', from: today, to: today, pageSize: 100 })
      .set(OPERATOR);
    expect(staffToday.body.total).toBeGreaterThan(0);
    for (const entry of staffToday.body.items) expect(entry.actorKind).toBe('STAFF');
    const tomorrow = new Date(Date.parse(today) + 86_400_000).toISOString().slice(0, 10);
    expect((await http().get('/api/ops/audit').query({ from: tomorrow }).set(OPERATOR)).body.total).toBe(0);

    const csv = await http().get('/api/ops/audit.csv').query({ action: 'OPS_PROCESS_RETRY' }).set(AUDITOR);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="audit.csv"');
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe(
      'id,at,actorKind,actorId,actorName,organizationId,action,outcome,subjectKind,subjectId,ip,details',
    );
    expect(lines.slice(1).every((line) => line.includes(',OPS_PROCESS_RETRY,SUCCESS,PROCESS,'))).toBe(true);
    expect(csv.text).toContain('The bank is back after maintenance');

    const badDay = await http().get('/api/ops/audit').query({ from: '2026-13-01' }).set(OPERATOR);
    expect(badDay.status).toBe(400);
    expect(badDay.body.details.violations[0].field).toBe('from');
  });

  it('shows the platform: health, the last self-check through a worker, and the task queue’s pollers', async () => {
    expect((await http().post('/api/ops/self-checks').set(OPERATOR)).status).toBe(201);
    const platform = await http().get('/api/ops/platform').set(AUDITOR);
    expect(platform.status).toBe(200);
    expect(platform.body.health.status).toBe('up');
    expect(platform.body.selfCheck).toMatchObject({ ok: true, workerIdentity: expect.any(String) });
    const queues = platform.body.taskQueues as { kind: string; pollers: { identity: string }[] }[];
    expect(queues.map((queue) => queue.kind).sort()).toEqual(['ACTIVITY', 'WORKFLOW']);
    for (const queue of queues) expect(queue.pollers.length).toBeGreaterThan(0);
  });

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

  /** An operator's request for a dangerous action, as submitted. */
  const ask = (
    change: { type: string; processId: string; reason: string },
    as: Record<string, string> = OPERATOR,
  ) => http().post('/api/ops/requests').set(as).send({ change });

  /** The request checked by a second operator, approved as they saw it. */
  async function approvedBySecondOperator(requestId: string) {
    const seen = await http().get(`/api/ops/requests/${requestId}`).set(SECOND_OPERATOR);
    return http()
      .post(`/api/ops/requests/${requestId}/approval`)
      .set(SECOND_OPERATOR)
      .send({ reviewToken: seen.body.reviewToken });
  }

  it('cancels a payment waiting for signatures only once a second operator approves, and never one on its way to the bank', async () => {
    const { id } = await submittedPayment('505');
    const asked = await ask({ type: 'CANCEL_PROCESS', processId: id, reason: 'The client asked by phone' });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({
      status: 'PENDING_CHECK',
      differences: [
        { field: 'status', before: 'AWAITING_SIGNATURES', after: 'CANCELLED' },
        { field: 'reason', before: null, after: 'The client asked by phone' },
      ],
    });
    const own = await http()
      .post(`/api/ops/requests/${asked.body.id as string}/approval`)
      .set(OPERATOR)
      .send({ reviewToken: asked.body.reviewToken });
    expect(own.body.code).toBe('CHANGE_REQUEST_OWN');
    const status = async () => (await http().get(`/api/documents/${id}`).set(client.as('Solo'))).body.status;
    expect(await status()).toBe('AWAITING_SIGNATURES');

    const approved = await approvedBySecondOperator(asked.body.id as string);
    expect(approved.body).toMatchObject({
      status: 'APPLIED',
      outcome: { processId: id, status: 'CANCELLED' },
    });
    expect(await status()).toBe('CANCELLED');
    const timeline = (await http().get(`/api/ops/processes/${id}`).set(AUDITOR)).body.timeline;
    expect(timeline).toContainEqual(
      expect.objectContaining({
        source: 'PROCESS',
        event: 'CANCELLED',
        details: expect.objectContaining({ reason: 'The client asked by phone' }),
      }),
    );

    await http().put('/api/bank-simulator/outage').set(OPERATOR).send({ reason: 'cancel test' });
    try {
      const onItsWay = await signedPayment('506');
      await until(async () => (await stuckEntry(onItsWay)) !== undefined, 15_000);
      const refused = await ask({ type: 'CANCEL_PROCESS', processId: onItsWay, reason: 'Too late' });
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({
        code: 'OPS_PROCESS_NOT_CANCELLABLE',
        details: { field: 'change.processId' },
      });
    } finally {
      await http().delete('/api/bank-simulator/outage').set(OPERATOR);
    }
  }, 60_000);

  it('terminates only a process an operator marked broken, once a second operator approves', async () => {
    await http().put('/api/bank-simulator/outage').set(OPERATOR).send({ reason: 'broken test' });
    try {
      const id = await signedPayment('507');
      await until(async () => (await stuckEntry(id)) !== undefined, 15_000);
      const healthy = await ask({ type: 'TERMINATE_PROCESS', processId: id, reason: 'Give up' });
      expect(healthy.status).toBe(409);
      expect(healthy.body.code).toBe('OPS_PROCESS_NOT_BROKEN');

      const marked = await http()
        .post(`/api/ops/processes/${id}/broken`)
        .set(OPERATOR)
        .send({ reason: 'The bank lost this payment for good' });
      expect(marked.status).toBe(200);
      expect(marked.body.broken).toMatchObject({ reason: 'The bank lost this payment for good' });
      const twice = await http()
        .post(`/api/ops/processes/${id}/broken`)
        .set(OPERATOR)
        .send({ reason: 'again' });
      expect(twice.body.code).toBe('OPS_PROCESS_ALREADY_BROKEN');

      const asked = await ask({ type: 'TERMINATE_PROCESS', processId: id, reason: 'Broken for good' });
      expect(asked.status).toBe(201);
      const approved = await approvedBySecondOperator(asked.body.id as string);
      expect(approved.body).toMatchObject({ status: 'APPLIED', outcome: { status: 'TERMINATED' } });

      const detail = (await http().get(`/api/ops/processes/${id}`).set(OPERATOR)).body;
      expect(detail).toMatchObject({
        status: 'TERMINATED',
        awaiting: 'NOBODY',
        temporal: { status: 'TERMINATED' },
      });
      expect(detail.timeline).toContainEqual(
        expect.objectContaining({ event: 'TERMINATED', details: { reason: 'Broken for good' } }),
      );
      expect(detail.timeline).toContainEqual(
        expect.objectContaining({ source: 'OPERATOR', event: 'OPS_PROCESS_MARKED_BROKEN' }),
      );
    } finally {
      await http().delete('/api/bank-simulator/outage').set(OPERATOR);
    }
  }, 60_000);

  it('keeps the desks apart: managers neither make nor see operators’ requests, operators not managers’, auditors only read', async () => {
    const { id } = await submittedPayment('508');
    const byManager = await http()
      .post('/api/manager/change-requests')
      .set(MANAGER)
      .send({ change: { type: 'CANCEL_PROCESS', processId: id, reason: 'Not my desk' } });
    expect(byManager.status).toBe(403);
    expect(byManager.body).toMatchObject({
      code: 'CHANGE_REQUEST_WRONG_DESK',
      details: { field: 'change.type' },
    });
    const asked = await ask({ type: 'CANCEL_PROCESS', processId: id, reason: 'Desk test' });
    expect(
      (
        await http()
          .get(`/api/manager/change-requests/${asked.body.id as string}`)
          .set(MANAGER)
      ).status,
    ).toBe(404);
    const managersList = (await http().get('/api/manager/change-requests').set(MANAGER)).body as {
      id: string;
    }[];
    expect(managersList.map((request) => request.id)).not.toContain(asked.body.id);
    const operatorsList = (await http().get('/api/ops/requests').set(AUDITOR)).body as { type: string }[];
    expect(
      operatorsList.every((request) => ['CANCEL_PROCESS', 'TERMINATE_PROCESS'].includes(request.type)),
    ).toBe(true);
    const clientChange = await ask({ type: 'BLOCK_USER', userId: client.users.Solo!.id } as never);
    expect(clientChange.body.code).toBe('CHANGE_REQUEST_WRONG_DESK');
    expect((await ask({ type: 'CANCEL_PROCESS', processId: id, reason: 'Auditor' }, AUDITOR)).status).toBe(
      403,
    );
    const seenByAuditor = await http()
      .get(`/api/ops/requests/${asked.body.id as string}`)
      .set(AUDITOR);
    expect(seenByAuditor.body).toMatchObject({ status: 'PENDING_CHECK', mayCheck: false });
    await http()
      .post(`/api/ops/requests/${asked.body.id as string}/withdrawal`)
      .set(OPERATOR)
      .expect(200);
  });

  it('lets an auditor read but never act, keeps managers and clients out of every operations route, and operators out of clients’ documents', async () => {
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
    // Operators watch processes; a client's documents are the client's: no reading, no signing.
    for (const staff of [OPERATOR, AUDITOR]) {
      expect((await http().get(`/api/documents/${id}`).set(staff)).status).toBe(403);
      const signing = await http()
        .post(`/api/documents/${id}/signatures`)
        .set(staff)
        .send({ contentHash: 'x', evidence: { kind: 'DEV' } });
      expect(signing.status).toBe(403);
    }
  });
});
