import { expect } from '@jest/globals';
import type { BrowserContext, Page } from 'playwright-core';
import { logInOverHttp } from '@qoltanba/local/backend-client';
import { E2E_ENV } from '@qoltanba/testing/e2e-platform';
import { createPaymentOverApi, enterPinInAgentPopup, loginStandard } from './client.js';
import { DEMO_PASSWORD, demoUser } from './demo.js';

/** A step the simulated bank keeps failing, as the stuck list reports it. */
export interface StuckActivity {
  activityType: string;
  attempt: number;
  lastFailure?: string;
  nextAttemptAt?: string;
}

/** A call to the API with the page's staff session and CSRF token, as the page's own script sends it. */
export async function opsCall<T = Record<string, unknown>>(
  page: Page,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const cookies = await page.context().cookies();
  const csrf = cookies.find((cookie) => cookie.name === 'qoltanba_csrf')?.value ?? '';
  const response = await page.request.fetch(`/api${path}`, {
    method,
    headers: { 'X-CSRF-Token': csrf, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { data: JSON.stringify(body) }),
  });
  return { status: response.status(), body: (await response.json().catch(() => ({}))) as T };
}

/** Takes the simulated bank down with the operator's session: every payment sent fails and is retried. */
export async function takeBankDown(page: Page, reason: string): Promise<void> {
  const answer = await opsCall(page, 'PUT', '/bank-simulator/outage', { reason });
  expect(answer).toMatchObject({ status: 200, body: { down: true, reason } });
}

/**
 * Brings the simulated bank back: with the page's session when there is one, else with a new
 * operator's session over HTTP (what `afterAll` uses, whatever state the browser is in: other
 * journeys share the platform and must find the bank up).
 */
export async function bringBankBack(page?: Page): Promise<void> {
  if (page) {
    expect((await opsCall(page, 'DELETE', '/bank-simulator/outage')).status).toBe(200);
    return;
  }
  const apiUrl = process.env[E2E_ENV.baseUrl];
  if (!apiUrl) return;
  const session = await logInOverHttp(apiUrl, '/api/auth/staff/login', {
    login: 'demo.operator',
    password: DEMO_PASSWORD,
  });
  if (!('headers' in session)) throw new Error(`The demo operator could not log in: ${session.refused}`);
  const response = await fetch(`${apiUrl}/api/bank-simulator/outage`, {
    method: 'DELETE',
    headers: session.headers,
  });
  if (!response.ok) throw new Error(`The bank could not be brought back: ${response.status}`);
}

/**
 * A payment of the demo client, signed and on its way to the bank: the Standard signer (SINGLE
 * right) writes it over the API and signs it by EDS through the signing agent, PIN in its pop-up.
 * Only an EDS sends a payment to the bank; OTP approvals alone would leave it waiting for one.
 */
export async function signedPayment(context: BrowserContext, number: string): Promise<string> {
  const page = await context.newPage();
  await loginStandard(page, demoUser.single);
  const id = await createPaymentOverApi(
    page,
    { number, amount: '1250.00', purpose: 'Payment for services under contract 15' },
    { submit: true },
  );
  await page.goto(`/documents/${id}`);
  const pin = enterPinInAgentPopup(context);
  await page.locator('.sign-eds').click();
  await pin;
  await page.locator('.page-header [data-status]:not([data-status="AWAITING_SIGNATURES"])').waitFor();
  await page.close();
  return id;
}

/** The process in the stuck list's "waiting on the system" group, with the steps being retried. */
export async function stuckOnSystem(
  page: Page,
  id: string,
): Promise<{ stuckAfterSeconds: number; activities: StuckActivity[] } | undefined> {
  const { body } = await opsCall<{
    stuckAfterSeconds: number;
    onSystem: { id: string; activities: StuckActivity[] }[];
  }>(page, 'GET', '/ops/processes/stuck');
  const found = body.onSystem.find((process) => process.id === id);
  return found && { stuckAfterSeconds: body.stuckAfterSeconds, activities: found.activities };
}

/**
 * Waits until the next attempt of the process's failing step is at least `seconds` away: just after
 * an attempt failed. An operator's "retry now" then comes before Temporal's own next try.
 */
export async function justAfterAFailedAttempt(page: Page, id: string, seconds: number): Promise<void> {
  for (const deadline = Date.now() + 120_000; Date.now() < deadline;) {
    const next = (await stuckOnSystem(page, id))?.activities[0]?.nextAttemptAt;
    if (next && Date.parse(next) - Date.now() >= seconds * 1000) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`No quiet moment of ${seconds} s between attempts of ${id}`);
}

/**
 * A payment of the demo client written and submitted for signature over the API by the Standard
 * signer, and nobody signing it: waiting on a person, which operators may cancel. Returns its id
 * once the operations console knows the process.
 */
export async function paymentAwaitingSignatures(
  context: BrowserContext,
  operator: Page,
  number: string,
): Promise<string> {
  const page = await context.newPage();
  await loginStandard(page, demoUser.single);
  const id = await createPaymentOverApi(
    page,
    { number, amount: '990.00', purpose: 'Payment for services under contract 17' },
    { submit: true },
  );
  await page.close();
  for (const deadline = Date.now() + 15_000; ;) {
    const { status, body } = await opsCall<{ status?: string }>(operator, 'GET', `/ops/processes/${id}`);
    if (status === 200 && body.status === 'AWAITING_SIGNATURES') return id;
    if (Date.now() > deadline) throw new Error(`The console never showed ${id} awaiting signatures`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Reloads the page until `selector` shows (a status the server reaches a moment after the answer). */
export async function reloadUntil(page: Page, selector: string, timeout = 20_000): Promise<void> {
  for (const deadline = Date.now() + timeout; ;) {
    if (await page.locator(selector).isVisible()) return;
    if (Date.now() > deadline) throw new Error(`${selector} never showed on ${page.url()}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await page.reload();
    await page.locator('h1').first().waitFor();
  }
}
