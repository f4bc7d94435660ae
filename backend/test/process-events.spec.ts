import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { onboard, type Onboarded } from './support/onboarding.js';
import { clientSession, staffSession } from './support/sessions.js';
import { startTestApp, startTestWorker, type TestApp, type TestWorker } from './support/test-app.js';
import { paymentOrder, today } from './support/payment-order.js';

/** Reads server-sent events from a running API until `until` says enough, or the time is up. */
async function collectEvents(
  url: string,
  headers: Record<string, string>,
  until: (events: string[]) => boolean,
) {
  const abort = new AbortController();
  const timeout = setTimeout(() => abort.abort(), 15_000);
  const events: string[] = [];
  try {
    const response = await fetch(url, { headers, signal: abort.signal });
    const reader = response.body!.getReader();
    let buffer = '';
    while (!until(events)) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += Buffer.from(value).toString('utf8');
      const frames = buffer.split('\n\n');
      buffer = frames.pop()!;
      events.push(...frames.filter((frame) => frame.includes('event: process')));
    }
    return events;
  } catch (error) {
    if (abort.signal.aborted) return events;
    throw error;
  } finally {
    clearTimeout(timeout);
    abort.abort();
  }
}

describe('GET /api/processes/events (live status) and the process read model', () => {
  let testApp: TestApp;
  let worker: TestWorker;
  let baseUrl: string;
  let ours: Onboarded;
  let theirs: Onboarded;

  beforeAll(async () => {
    testApp = await startTestApp({ env: { SESSION_IDLE_TIMEOUT_SECONDS: '4' } });
    worker = await startTestWorker(testApp);
    await testApp.app.listen(0, '127.0.0.1');
    baseUrl = await testApp.app.getUrl();
    ours = await onboard(testApp, { Ainur: { right: 'SINGLE' } });
    theirs = await onboard(testApp, { Other: { right: 'SINGLE' } });
  });
  afterAll(async () => {
    await worker.stop();
    await testApp.close();
  });

  it("pushes a change of a payment document to its organization's open streams as a process change, and to no other organization's", async () => {
    const mine = collectEvents(
      `${baseUrl}/api/processes/events`,
      ours.as('Ainur'),
      (events) => events.length > 0,
    );
    const others = collectEvents(`${baseUrl}/api/processes/events`, theirs.as('Other'), () => false);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const created = await testApp
      .http()
      .post('/api/documents')
      .set(ours.as('Ainur'))
      .send({
        number: '1',
        date: today(),
        valueDate: today(),
        payerIban: ours.payerIban,
        amount: '10.00',
        currency: 'KZT',
        beneficiary: {
          name: 'X',
          binIin: '940140000385',
          iban: 'KZ476010131000179714',
          bic: 'HSBKKZKX',
          kbe: '17',
        },
        knp: '710',
        purpose: 'Live status',
      });
    expect(created.status).toBe(201);
    const [event] = await mine;
    expect(event).toContain(`"processId":"${created.body.id as string}"`);
    expect(event).toContain('"processType":"payment"');
    expect(event).toContain('"status":"DRAFT"');
    // The other organization's stream, still open, heard nothing of it.
    const heardByOthers = await Promise.race([
      others,
      new Promise<string[]>((resolve) => setTimeout(() => resolve([]), 500)),
    ]);
    expect(heardByOthers).toEqual([]);
  });

  it('lists every transition of a payment in the shared process read model, with its amount, who is awaited and an append-only timeline', async () => {
    const created = await testApp
      .http()
      .post('/api/documents?submit=true')
      .set(ours.as('Ainur'))
      .send(paymentOrder(ours.payerIban, { number: '77', amount: '1250.50', purpose: 'Read model' }));
    expect(created.status).toBe(201);
    const db = new pg.Client({ connectionString: testApp.database.url });
    await db.connect();
    try {
      const { rows } = await db.query<Record<string, unknown>>('SELECT * FROM process WHERE id = $1', [
        created.body.id,
      ]);
      expect(rows[0]).toMatchObject({
        workflow_id: `document-${created.body.id as string}`,
        type: 'payment',
        organization_id: ours.organizationId,
        status: 'AWAITING_SIGNATURES',
        title: '№ 77 · ТОО "Алатау Сауда"',
        amount_minor: '125050',
        currency: 'KZT',
        awaiting: 'PERSON',
        awaiting_detail: { kind: 'SIGNATURE' },
        last_seq: 2,
      });
      const timeline = await db.query<{ event: string; process_type: string }>(
        'SELECT event, process_type FROM process_event WHERE process_id = $1 ORDER BY seq',
        [created.body.id],
      );
      expect(timeline.rows).toEqual([
        { event: 'CREATED', process_type: 'payment' },
        { event: 'SUBMITTED', process_type: 'payment' },
      ]);
      await expect(
        db.query(`UPDATE process_event SET status = 'EXECUTED' WHERE process_id = $1`, [created.body.id]),
      ).rejects.toThrow('process_event is append-only');
      // Only the projection, replacing what a lost workflow task wrote, may delete an entry.
      await expect(
        db.query(`DELETE FROM process_event WHERE process_id = $1`, [created.body.id]),
      ).rejects.toThrow('process_event is append-only');
    } finally {
      await db.end();
    }
  });

  it('checks the session on every (re)connection without keeping an idle session alive', async () => {
    const manager = await staffSession(testApp, 'MANAGER');
    const session = await clientSession(testApp, manager, { id: ours.users.Ainur!.id }, 'STANDARD');
    const cookie = `qoltanba_session=${session.cookie('qoltanba_session')!}`;
    // The page's stream reconnects for 5 s; the person does nothing. Idle timeout: 4 s.
    for (let second = 0; second < 5; second++) {
      const response = await fetch(`${baseUrl}/api/processes/events`, { headers: { cookie } });
      const alive = response.status === 200;
      await response.body?.cancel();
      if (!alive) break;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    const afterwards = await session.get('/api/auth/session');
    expect(afterwards.status).toBe(401);
    expect(afterwards.body.code).toBe('AUTH_SESSION_EXPIRED');
  });
});
