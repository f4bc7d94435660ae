import { randomInt } from 'node:crypto';
import type { Page } from 'playwright-core';
import { composeKzIban, iinBinCheckDigit } from '@qoltanba/workflows/domain';
import { DEMO_PASSWORD } from './demo.js';

/** Logs a member of the bank's staff in on the staff page, and waits for their home. */
export async function loginStaff(page: Page, login: string): Promise<void> {
  await page.goto('/staff/login');
  await page.locator('#staff-login').fill(login);
  await page.locator('#staff-password').fill(DEMO_PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(
    (url) => url.pathname.startsWith('/staff/') && !url.pathname.startsWith('/staff/login'),
  );
  await page.locator('h1').first().waitFor();
}

/** A legal entity's BIN no earlier run used: registered 11.2026, a resident (4), a random number, the check digit. */
export function uniqueBin(): string {
  for (;;) {
    const prefix = `261140${String(randomInt(100_000)).padStart(5, '0')}`;
    const check = iinBinCheckDigit(prefix);
    if (check !== undefined) return `${prefix}${check}`;
  }
}

/** A valid IIN: a birth date in the 1980s, a man (5th… digit 3), a random number, the check digit. */
export function uniqueIin(): string {
  for (;;) {
    const prefix = `8${randomInt(10)}0${1 + randomInt(9)}1${randomInt(10)}3${String(randomInt(10_000)).padStart(4, '0')}`;
    const check = iinBinCheckDigit(prefix);
    if (check !== undefined) return `${prefix}${check}`;
  }
}

/** An account at this bank (code 998) no earlier run registered. */
export function uniqueOurIban(): string {
  return composeKzIban('998', `KZT${String(randomInt(10_000_000_000)).padStart(10, '0')}`);
}

/** A Kazakh mobile number no earlier run used. */
export function uniquePhone(): string {
  return `+7707${String(randomInt(10_000_000)).padStart(7, '0')}`;
}

/** The id of the change request whose page is open (`/staff/changes/<id>`). */
export function openChangeId(page: Page): string {
  const match = /\/staff\/changes\/([0-9a-f-]{36})$/.exec(new URL(page.url()).pathname);
  if (!match) throw new Error(`No change request is open: ${page.url()}`);
  return match[1]!;
}

/** Waits until the open change request's status says `status`. */
export async function changeStatusShown(page: Page, words: RegExp): Promise<void> {
  await page.locator('.page-header .badge').filter({ hasText: words }).waitFor();
}

/**
 * A call to the managers' API with the page's session and CSRF token: what the page's own script
 * sends, or what a member of staff forcing the API by hand could (`PUT` and `PATCH` included).
 */
export async function staffApiCall(
  page: Page,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH',
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
