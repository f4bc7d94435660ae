import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { onboard, type Onboarded } from './support/onboarding.js';
import { clientSession, staffSession } from './support/sessions.js';
import { startTestApp, startTestWorker, type TestApp, type TestWorker } from './support/test-app.js';
import { today } from './support/payment-order.js';

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
      events.push(...frames.filter((frame) => frame.includes('event: document')));
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

describe('GET /api/documents/events (live status)', () => {
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

  it("pushes a change of a document to its organization's open streams, and to no other organization's", async () => {
    const mine = collectEvents(
      `${baseUrl}/api/documents/events`,
      ours.as('Ainur'),
      (events) => events.length > 0,
    );
    const others = collectEvents(`${baseUrl}/api/documents/events`, theirs.as('Other'), () => false);
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
    expect(event).toContain(`"documentId":"${created.body.id as string}"`);
    expect(event).toContain('"status":"DRAFT"');
    // The other organization's stream, still open, heard nothing of it.
    const heardByOthers = await Promise.race([
      others,
      new Promise<string[]>((resolve) => setTimeout(() => resolve([]), 500)),
    ]);
    expect(heardByOthers).toEqual([]);
  });

  it('checks the session on every (re)connection without keeping an idle session alive', async () => {
    const manager = await staffSession(testApp, 'MANAGER');
    const session = await clientSession(testApp, manager, { id: ours.users.Ainur!.id }, 'STANDARD');
    const cookie = `qoltanba_session=${session.cookie('qoltanba_session')!}`;
    // The page's stream reconnects for 5 s; the person does nothing. Idle timeout: 4 s.
    for (let second = 0; second < 5; second++) {
      const response = await fetch(`${baseUrl}/api/documents/events`, { headers: { cookie } });
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
