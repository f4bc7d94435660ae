import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { E2E_ENV } from '@qoltanba/testing/e2e-platform';
import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { VIEWPORTS, launchBrowser, screenshot } from './support/browser.js';
import { loginByPhone, paymentRequest } from './support/client.js';
import { demoUser, uniqueNumber } from './support/demo.js';

/**
 * The journeys run on the local cluster: two API replicas behind nginx. These pin down what must
 * hold across replicas by talking to each replica directly: sessions, idempotency keys, the live
 * stream and the log-in throttle all live in PostgreSQL, none in one replica's memory.
 */
describe('two API replicas serve as one', () => {
  let browser: Browser;
  let replicaA: string;
  let replicaB: string;

  beforeAll(async () => {
    const replicas = (process.env[E2E_ENV.replicaUrls] ?? '').split(',').filter(Boolean);
    expect(replicas).toHaveLength(2);
    [replicaA, replicaB] = replicas as [string, string];
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** A page of a client logged in on the phone form through `replica` itself, not the proxy. */
  async function clientOn(replica: string, user = demoUser.single): Promise<Page> {
    const context = await browser.newContext({
      baseURL: replica,
      viewport: VIEWPORTS.desktop,
      locale: 'ru-RU',
    });
    const page = await context.newPage();
    await loginByPhone(page, user);
    return page;
  }

  /** A call to `replica` with the page's session (cookies and CSRF token), as its own script makes. */
  async function callOn(
    page: Page,
    replica: string,
    method: 'GET' | 'POST',
    path: string,
    options: { body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<{ status: number; body: Record<string, unknown> }> {
    const cookies = await page.context().cookies();
    const csrf = cookies.find((cookie) => cookie.name === 'qoltanba_csrf')?.value ?? '';
    const response = await page.request.fetch(`${replica}/api${path}`, {
      method,
      headers: { 'X-CSRF-Token': csrf, 'Content-Type': 'application/json', ...options.headers },
      ...(options.body === undefined ? {} : { data: JSON.stringify(options.body) }),
    });
    return { status: response.status(), body: (await response.json().catch(() => ({}))) as never };
  }

  it('keeps a session made on one replica on the other, and a log-out on the other ends it on both', async () => {
    const page = await clientOn(replicaA);
    const onA = await callOn(page, replicaA, 'GET', '/auth/session');
    const onB = await callOn(page, replicaB, 'GET', '/auth/session');
    expect(onA.status).toBe(200);
    expect(onB).toEqual(onA);

    expect((await callOn(page, replicaB, 'POST', '/auth/logout')).status).toBeLessThan(300);

    const afterLogout = await callOn(page, replicaA, 'GET', '/auth/session');
    expect(afterLogout.status).toBe(401);
    await page.context().close();
  });

  it('creates one payment when the same Idempotency-Key is sent to one replica and then to the other', async () => {
    const page = await clientOn(replicaA);
    const payment = await paymentRequest(page, {
      number: uniqueNumber('RPL'),
      amount: '1200.00',
      purpose: 'Payment retried on the other replica',
    });
    const headers = { 'Idempotency-Key': randomUUID() };

    const first = await callOn(page, replicaA, 'POST', '/documents', { body: payment, headers });
    const repeated = await callOn(page, replicaB, 'POST', '/documents', { body: payment, headers });

    expect(first.status).toBe(201);
    expect(repeated.status).toBeLessThan(300);
    expect(repeated.body.id).toBe(first.body.id);
    expect(await documentsNumbered(payment.number as string)).toBe(1);
    await page.context().close();
  });

  it('shows a browser connected to one replica a payment made through the other, without reloading', async () => {
    const watcher = await clientOn(replicaB);
    await watcher.goto(`${replicaB}/documents`);
    await watcher.locator('h1').first().waitFor();
    const maker = await clientOn(replicaA, demoUser.first);
    const number = uniqueNumber('LIVE');

    const created = await callOn(maker, replicaA, 'POST', '/documents', {
      body: await paymentRequest(maker, { number, amount: '990.00', purpose: 'Made on the other replica' }),
    });
    expect(created.status).toBe(201);

    await watcher.getByText(number).first().waitFor({ timeout: 15_000 });
    await screenshot(watcher, 'cluster-replicas', 'live-update-from-the-other-replica');
    await watcher.context().close();
    await maker.context().close();
  });

  it('counts failed log-ins on both replicas, and refuses the next on either once the limit is reached', async () => {
    const login = `nobody.${randomUUID().slice(0, 8)}`;
    const attempt = (replica: string) =>
      fetch(`${replica}/api/auth/staff/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login, password: 'not-the-password' }),
      }).then(async (response) => ({
        status: response.status,
        body: (await response.json()) as { code?: string },
      }));

    // The default limit is five failures per account in the window: A, B, A, B, A.
    for (const replica of [replicaA, replicaB, replicaA, replicaB, replicaA]) {
      expect((await attempt(replica)).status).toBe(401);
    }

    for (const replica of [replicaB, replicaA]) {
      const refused = await attempt(replica);
      expect(refused.status).toBe(429);
      expect(refused.body.code).toBe('AUTH_TOO_MANY_ATTEMPTS');
    }
  });
});

/** How many documents the read model holds with this number. */
async function documentsNumbered(number: string): Promise<number> {
  const db = new pg.Client({ connectionString: process.env[E2E_ENV.databaseUrl] });
  await db.connect();
  try {
    const result = await db.query<{ count: string }>('SELECT count(*) FROM document WHERE number = $1', [
      number,
    ]);
    return Number(result.rows[0]!.count);
  } finally {
    await db.end();
  }
}
