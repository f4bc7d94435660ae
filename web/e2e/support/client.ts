import { expect } from '@jest/globals';
import type { BrowserContext, Page } from 'playwright-core';
import type { DemoUser } from '@qoltanba/backend/demo/demo-data';
import { QOLTANBA_BANK, almatyDate } from '@qoltanba/workflows/domain';
import { DEMO_COUNTERPARTY, DEMO_ORGANIZATION, DEMO_PASSWORD, DEMO_TOKEN } from './demo.js';

/** Logs in as a client on the phone form (Light on a desktop screen, Mobile on a phone screen). */
export async function loginByPhone(page: Page, user: DemoUser): Promise<void> {
  await page.goto('/login');
  await page.locator('.methods button').first().click();
  await page.locator('#login-phone').fill(user.phone);
  await page.locator('#login-bin').fill(DEMO_ORGANIZATION.binIin);
  await page.locator('#login-password').fill(DEMO_PASSWORD);
  await page.locator('form button.submit').click();
  await leftLogin(page);
}

/** Logs in to the Standard channel with the login and password from the PIN envelope. */
export async function loginStandard(page: Page, user: DemoUser): Promise<void> {
  await page.goto('/login');
  await page.locator('.methods button').nth(1).click();
  await page.locator('#login-login').fill(user.standardLogin!);
  await page.locator('#login-standard-password').fill(DEMO_PASSWORD);
  await page.locator('form button.submit').click();
  await leftLogin(page);
}

async function leftLogin(page: Page): Promise<void> {
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page.locator('h1').first().waitFor();
}

/**
 * Plays the user at the signing agent's PIN pop-up: the bank page opens it on the agent's own
 * origin when signing starts, and the PIN goes only there.
 */
export async function enterPinInAgentPopup(
  context: BrowserContext,
  beforeSubmit?: (popup: Page) => Promise<unknown>,
): Promise<void> {
  const popup = await context.waitForEvent('page');
  await popup.locator('input[name="pin"]').fill(DEMO_TOKEN.userPin);
  await beforeSubmit?.(popup);
  await popup.locator('#pin-form button[type="submit"]').click();
}

/**
 * A request the page's own script would not send, made with the session's cookies and CSRF token:
 * what a user forcing the API by hand could do.
 */
export async function forcedApiCall(
  page: Page,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  body?: unknown,
): Promise<{ status: number; body: { code?: string } & Record<string, unknown> }> {
  const cookies = await page.context().cookies();
  const csrf = cookies.find((cookie) => cookie.name === 'qoltanba_csrf')?.value ?? '';
  const response = await page.request.fetch(`/api${path}`, {
    method,
    headers: { 'X-CSRF-Token': csrf, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { data: JSON.stringify(body) }),
  });
  return { status: response.status(), body: (await response.json().catch(() => ({}))) as never };
}

/** The id of the document whose page is open (`/documents/<id>`). */
export function openDocumentId(page: Page): string {
  const match = /\/documents\/([0-9a-f-]{36})/.exec(page.url());
  expect(match).not.toBeNull();
  return match![1]!;
}

/**
 * A payment order as the API takes it, from the session organization's first account to the demo
 * counterparty at this bank, dated today in Almaty (the bank's day).
 */
export async function paymentRequest(
  page: Page,
  fields: { number: string; amount: string; purpose: string },
): Promise<Record<string, unknown>> {
  const accounts = (await forcedApiCall(page, 'GET', '/accounts')).body as unknown as { iban: string }[];
  const today = almatyDate(new Date().toISOString());
  return {
    ...fields,
    date: today,
    valueDate: today,
    payerIban: accounts[0]!.iban,
    currency: 'KZT',
    beneficiary: { ...DEMO_COUNTERPARTY, bic: QOLTANBA_BANK.bic, kbe: '17' },
    knp: '710',
  };
}

/** Creates a payment order through the API as the page's user (and submits it for signature if asked); returns its id. */
export async function createPaymentOverApi(
  page: Page,
  fields: { number: string; amount: string; purpose: string },
  { submit = false } = {},
): Promise<string> {
  const created = await forcedApiCall(
    page,
    'POST',
    submit ? '/documents?submit=true' : '/documents',
    await paymentRequest(page, fields),
  );
  expect(created.status).toBe(201);
  return created.body['id'] as string;
}
