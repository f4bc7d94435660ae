import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { launchBrowser, openContext, screenshot } from './support/browser.js';
import { forcedApiCall, loginByPhone, paymentRequest } from './support/client.js';
import { demoUser, uniqueNumber } from './support/demo.js';

const JOURNEY = 'mobile-channel-rules';

describe('the Mobile channel', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('offers no payment creation, and the server refuses one forced through the API', async () => {
    const context = await openContext(browser, 'mobile');
    try {
      const page = await context.newPage();
      await loginByPhone(page, demoUser.first);
      await screenshot(page, JOURNEY, '1-mobile-home-mobile');
      await expect(page.locator('a[href="/documents/new"]').count()).resolves.toBe(0);
      await page.goto('/documents');
      await page.locator('h1').waitFor();
      await expect(page.locator('.new-payment').count()).resolves.toBe(0);
      await screenshot(page, JOURNEY, '2-mobile-documents-mobile');

      // Typing the address does not open the form either: the app goes back to the list.
      await page.goto('/documents/new');
      await page.waitForURL(/\/documents$/);
      await page.locator('h1').waitFor();
      await expect(page.locator('#pf-number').count()).resolves.toBe(0);
      await screenshot(page, JOURNEY, '3-mobile-no-payment-form-mobile');

      const before = await forcedApiCall(page, 'GET', '/documents?pageSize=1');
      const forced = await forcedApiCall(
        page,
        'POST',
        '/documents',
        await paymentRequest(page, {
          number: uniqueNumber('MOB'),
          amount: '10.00',
          purpose: 'Forced from a Mobile session',
        }),
      );
      expect(forced.status).toBe(403);
      expect(forced.body.code).toBe('AUTH_CHANNEL_FUNCTION_NOT_ALLOWED');
      const after = await forcedApiCall(page, 'GET', '/documents?pageSize=1');
      expect(after.body['total']).toEqual(before.body['total']);
    } finally {
      await context.close();
    }
  });

  it("loads none of the desktop layout's code on the phone", async () => {
    const context = await openContext(browser, 'mobile');
    try {
      const page = await context.newPage();
      const scripts: Promise<string>[] = [];
      page.on('response', (response) => {
        if (new URL(response.url()).pathname.endsWith('.js')) scripts.push(response.text());
      });
      await loginByPhone(page, demoUser.first);
      await page.locator('nav.bottom-nav').waitFor();
      await page.goto('/documents');
      await page.locator('h1').waitFor();
      const loaded = await Promise.all(scripts);
      expect(loaded.length).toBeGreaterThan(1);
      // The desktop shell's side navigation (its template's class) is in none of them.
      expect(loaded.filter((script) => script.includes('side-nav'))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
