import type { Page } from 'playwright-core';
import { logInOverHttp } from '@qoltanba/local/backend-client';
import type { DemoUser } from '@qoltanba/backend/demo/demo-data';
import { E2E_ENV } from '@qoltanba/testing/e2e-platform';
import { TOKEN_PERIOD_SECONDS } from '@qoltanba/backend/otp/otp-codes';
import { DEMO_PASSWORD, cardCode, tokenCode } from './demo.js';

/** The bank's side of the simulator as its staff drive it (`/api/bank-simulator<path>`). */
export interface BankSimulatorApi {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: object): Promise<T>;
  put<T>(path: string, body: object): Promise<T>;
}

/** An account as the simulated bank holds it. */
export interface SimAccount {
  iban: string;
  currency: string;
  balanceTiyn: number;
}

/** Logs in as the demo's bank operator; each call fails on any refusal. */
export async function asBankStaff(): Promise<BankSimulatorApi> {
  const apiUrl = process.env[E2E_ENV.baseUrl];
  if (!apiUrl)
    throw new Error(`${E2E_ENV.baseUrl} is not set: run the end-to-end tests through \`npm test\`.`);
  const session = await logInOverHttp(apiUrl, '/api/auth/staff/login', {
    login: 'demo.operator',
    password: DEMO_PASSWORD,
  });
  if (!('headers' in session)) throw new Error(`The demo operator could not log in: ${session.refused}`);
  const call = async <T>(method: 'GET' | 'POST' | 'PUT', path: string, body?: object): Promise<T> => {
    const response = await fetch(`${apiUrl}/api/bank-simulator${path}`, {
      method,
      headers: { ...session.headers, 'content-type': 'application/json' },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const answer: unknown = await response.json().catch(() => ({}));
    if (!response.ok)
      throw new Error(`${method} /api/bank-simulator${path}: ${response.status} ${JSON.stringify(answer)}`);
    return answer as T;
  };
  return {
    get: (path) => call('GET', path),
    post: (path, body) => call('POST', path, body),
    put: (path, body) => call('PUT', path, body),
  };
}

/**
 * Approves the open application (or document) with the user's OTP device, as the user would: asks
 * for the challenge, reads the card cell the server names (or the token's current code), types it
 * and confirms (confirmOtpCode).
 */
export async function approveWithOtp(page: Page, user: DemoUser): Promise<void> {
  const challenge = page.waitForResponse(
    (response) => response.url().endsWith('/otp-challenges') && response.request().method() === 'POST',
  );
  await page.locator('.approve-otp').click();
  const { device } = (await (await challenge).json()) as { device: 'TOKEN' | { card: number } };
  const code = () => (device === 'TOKEN' ? tokenCode(user) : cardCode(user, device.card));
  await confirmOtpCode(page, user, code, device === 'TOKEN');
}

/**
 * Types the code into the open OTP prompt and confirms it; answers the code the server accepted. A
 * token code is good once per time step (TOKEN_PERIOD_SECONDS): when an earlier journey of the run
 * spent this step's code, the user waits for the token's next code and types that (twice at most).
 * The outcome is read from the server's answer, not from the prompt: on a second try the prompt
 * still shows the first refusal until the page has drawn the new answer.
 */
export async function confirmOtpCode(
  page: Page,
  user: DemoUser,
  code: () => string = () => tokenCode(user),
  token = true,
): Promise<string> {
  const tried: number[] = [];
  for (let attempt = 1; ; attempt++) {
    tried.push(tokenStepNow());
    const typed = code();
    await page.locator('#otp-code').fill(typed);
    const answer = page.waitForResponse(
      (response) =>
        response.request().method() === 'POST' &&
        /\/(signatures|otp-approvals)$/.test(new URL(response.url()).pathname),
    );
    await page.locator('.otp-confirm').click();
    const response = await answer;
    if (response.ok()) {
      await page.locator('section.otp').waitFor({ state: 'detached' });
      return typed;
    }
    const { code: refusal } = (await response.json().catch(() => ({}))) as { code?: string };
    if (!token || attempt >= 3 || refusal !== 'OTP_CODE_ALREADY_USED') {
      await page.locator('#otp-error:not(:empty)').waitFor();
      const shown = await page.locator('#otp-error').innerText();
      throw new Error(
        `${user.fullName}'s OTP code was refused (${refusal}) at token steps ${tried.join(', ')}: ${shown}`,
      );
    }
    await nextTokenStep();
  }
}

const STEP_MS = TOKEN_PERIOD_SECONDS * 1000;

function tokenStepNow(): number {
  return Math.floor(Date.now() / STEP_MS);
}

/** Waits for the token to show its next code (a new time step, as the server counts them). */
function nextTokenStep(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, STEP_MS - (Date.now() % STEP_MS) + 200));
}

/** The id of the application whose page is open (`/applications/<id>`). */
export function openApplicationId(page: Page): string {
  const match = /\/applications\/([0-9a-f-]{36})$/.exec(new URL(page.url()).pathname);
  if (!match) throw new Error(`No application is open: ${page.url()}`);
  return match[1]!;
}

/** Waits until the open application's status badge says `status` (the page follows the workflow live). */
export async function statusShown(page: Page, status: string, timeout = 60_000): Promise<void> {
  await page.locator(`.page-header [data-status="${status}"]`).waitFor({ timeout });
}
