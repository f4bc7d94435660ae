import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { type ViewportName, apiCallsOf, launchBrowser, openContext, screenshot } from './support/browser.js';
import { createPaymentOverApi, loginByPhone, loginStandard } from './support/client.js';
import { demoUser, uniqueNumber } from './support/demo.js';
import { fillPaymentForm } from './support/payment-form.js';
import { inEveryLanguage, switchTo } from './support/screens.js';

const JOURNEY = 'client-session';
/** The clients' idle limit (AUTH_IDLE_TIMEOUT_SECONDS' default, 5 minutes). */
const IDLE_MINUTES = 5;

/** Types into the purpose as a person would, one key at a time. */
async function typeSome(page: Page, text: string): Promise<void> {
  await page.locator('#pf-purpose').press('End');
  await page.locator('#pf-purpose').pressSequentially(text);
}

describe('a client’s session and unsaved work', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('keeps the session and the form of a user who types for six minutes', async () => {
    const context = await openContext(browser, 'desktop');
    try {
      const page = await context.newPage();
      // The page's clock, to live six minutes of typing in seconds; the server's idle clock is
      // restarted by the page's keep-alive requests, which this counts.
      await page.clock.install();
      await loginByPhone(page, demoUser.first);
      await page.goto('/documents/new');
      await fillPaymentForm(page, {
        number: uniqueNumber('IDL'),
        amount: '15000.00',
        purpose: 'Typed slowly',
      });
      const probes: string[] = [];
      page.on('request', (request) => {
        if (request.url().endsWith('/api/auth/session')) probes.push(request.url());
      });

      for (let step = 0; step < 8; step++) {
        await page.clock.runFor(50_000);
        await typeSome(page, ` ${step}`);
      }

      expect(page.url()).toMatch(/\/documents\/new$/);
      await expect(page.locator('#pf-purpose').inputValue()).resolves.toBe('Typed slowly 0 1 2 3 4 5 6 7');
      await expect(page.locator('.idle-warning').count()).resolves.toBe(0);
      expect(probes.length).toBeGreaterThanOrEqual(3);
      // The server agrees the session lives: the form saves.
      await page.locator('button.save-draft').click();
      await page.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
    } finally {
      await context.close();
    }
  });

  it.each(['desktop', 'mobile'] as ViewportName[])(
    'warns a minute before an idle user is logged out, in every language (%s)',
    async (viewport) => {
      const context = await openContext(browser, viewport);
      try {
        const page = await context.newPage();
        const apiCalls = apiCallsOf(page);
        await page.clock.install();
        // The page asks what waits for the user when it opens: that request restarts the idle clock too.
        const awaiting = page.waitForResponse((response) =>
          response.url().endsWith('/api/documents/awaiting-me'),
        );
        await loginByPhone(page, demoUser.second);
        await awaiting;
        // Switching the language is a request too (the SMS language), which restarts the idle clock:
        // each language waits its own four minutes.
        const warning = page.locator('.idle-warning');
        for (const language of ['kk', 'ru', 'en']) {
          // Wait for that request's answer, or it would restart the clock after the jump.
          const remembered = page.waitForResponse((response) =>
            response.url().endsWith('/api/auth/language'),
          );
          await switchTo(page, language);
          await remembered;
          // And for the session probe the switch may have sent: not awaited by name, since a live
          // update (another journey's payment executed) may have restarted the idle clock already, and
          // then no probe is due (the probes of an active user are the first test's).
          await apiCalls.settled();
          await page.clock.fastForward(`0${IDLE_MINUTES - 1}:05`);
          // Counting down from under a minute, once the language's texts have arrived.
          await page.locator('.idle-warning', { hasText: /0:5\d/ }).waitFor();
          await screenshot(page, JOURNEY, `idle-warning-${viewport}-${language}`);
        }
        await warning.locator('button.stay').click();
        await warning.waitFor({ state: 'detached' });
      } finally {
        await context.close();
      }
    },
  );

  it('brings a half-filled form back after the session ended and the user logged in again, and forgets it at log-out', async () => {
    const context = await openContext(browser, 'desktop');
    try {
      const page = await context.newPage();
      const apiCalls = apiCallsOf(page);
      await page.clock.install();
      await loginByPhone(page, demoUser.first);
      await page.goto('/documents/new');
      const number = uniqueNumber('RST');
      await fillPaymentForm(page, { number, amount: '777.70', purpose: 'Left when the phone rang' });

      await apiCalls.settled();
      await page.clock.fastForward(`0${IDLE_MINUTES}:10`);
      await page.waitForURL(/\/login\?reason=expired/);
      // The page's clock ran ahead of the server's, whose session would have ended by now too.
      await context.clearCookies();
      await loginByPhone(page, demoUser.first);
      await page.goto('/documents/new');

      await page.locator('.restored-draft').waitFor();
      await expect(page.locator('#pf-number').inputValue()).resolves.toBe(number);
      await expect(page.locator('#pf-amount').inputValue()).resolves.toBe('777.70');
      await expect(page.locator('#pf-purpose').inputValue()).resolves.toBe('Left when the phone rang');
      await inEveryLanguage(page, JOURNEY, 'restored-form');

      // Another user of the same browser never sees it; log-out forgets it.
      await page.locator('button.logout').first().click();
      await page.waitForURL(/\/login/);
      await expect(
        page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('qoltanba.draft.'))),
      ).resolves.toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows Kazakh dates as dd.mm.yyyy, and a date is typed that way', async () => {
    const context = await openContext(browser, 'desktop', 'kk-KZ');
    try {
      const page = await context.newPage();
      await loginByPhone(page, demoUser.first);
      const id = await createPaymentOverApi(page, {
        number: uniqueNumber('KKD'),
        amount: '10.00',
        purpose: 'Kazakh dates',
      });
      await switchTo(page, 'kk');
      await page.goto(`/documents/${id}`);
      await page.locator('.fields-list').waitFor();
      const text = await page.locator('main').innerText();
      expect(text).toMatch(/\b\d{2}\.\d{2}\.\d{4}\b/);
      expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);

      await page.goto('/documents');
      const from = page.locator('#filter-from');
      await expect(from.getAttribute('placeholder')).resolves.toBe('кк.аа.жжжж');
      await from.pressSequentially('04122026');
      await expect(from.inputValue()).resolves.toBe('04.12.2026');
      await from.blur();
      await page.waitForURL(/from=2026-12-04/);
    } finally {
      await context.close();
    }
  });

  it('lets the demo’s accountant without a signing right prepare a payment', async () => {
    const context = await openContext(browser, 'desktop');
    try {
      const page = await context.newPage();
      await loginStandard(page, demoUser.none);
      await page.locator('nav a[href="/documents/new"]').click();
      await fillPaymentForm(page, { number: uniqueNumber('NON'), amount: '500.00' });
      await page.locator('button.save-draft').click();
      await page.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
      await expect(page.locator('qb-status-badge').first().innerText()).resolves.toMatch(/Черновик/);
    } finally {
      await context.close();
    }
  });
});
