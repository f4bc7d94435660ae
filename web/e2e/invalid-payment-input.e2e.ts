import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { VIEWPORTS, launchBrowser, openContext, screenshot } from './support/browser.js';
import { forcedApiCall, loginByPhone } from './support/client.js';
import { DEMO_COUNTERPARTY, demoUser, uniqueNumber } from './support/demo.js';
import { fillPaymentForm } from './support/payment-form.js';

const JOURNEY = 'invalid-payment-input';

/** The counterparty's IBAN with its last digit changed: mod-97 catches every single-digit error. */
const BROKEN_IBAN = changeLastDigit(DEMO_COUNTERPARTY.iban);
/** The counterparty's BIN with its check digit changed. */
const BROKEN_BIN = changeLastDigit(DEMO_COUNTERPARTY.binIin);

function changeLastDigit(text: string): string {
  return text.slice(0, -1) + String((Number(text.at(-1)) + 1) % 10);
}

describe('the payment form', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('shows inline errors for an invalid IBAN and a wrong BIN check digit, and saves nothing', async () => {
    const context = await openContext(browser, 'desktop', 'en-GB');
    try {
      const page = await context.newPage();
      await loginByPhone(page, demoUser.first);
      const before = await forcedApiCall(page, 'GET', '/documents?pageSize=1');
      await page.goto('/documents/new');
      await fillPaymentForm(page, {
        number: uniqueNumber('BAD'),
        amount: '1000',
        iban: BROKEN_IBAN,
        binIin: BROKEN_BIN,
      });

      const ibanError = page.locator('#pf-beneficiaryIban-message.field-error');
      const binError = page.locator('#pf-binIin-message.field-error');
      await ibanError.waitFor();
      await binError.waitFor();
      await expect(page.locator('#pf-beneficiaryIban').getAttribute('aria-invalid')).resolves.toBe('true');
      await expect(page.locator('#pf-binIin').getAttribute('aria-invalid')).resolves.toBe('true');
      await screenshot(page, JOURNEY, '1-inline-errors-desktop');

      // Neither button gets past the form: the first broken field takes the focus, nothing is sent.
      const posts: string[] = [];
      page.on('request', (request) => {
        if (request.method() === 'POST' && request.url().includes('/api/documents'))
          posts.push(request.url());
      });
      await page.locator('.submit-for-signature').click();
      await page.locator('.save-draft').click();
      await page.waitForFunction(() => document.activeElement?.id === 'pf-binIin');
      expect(posts).toEqual([]);
      expect(page.url()).toMatch(/\/documents\/new$/);
      const after = await forcedApiCall(page, 'GET', '/documents?pageSize=1');
      expect(after.body['total']).toEqual(before.body['total']);

      // A Light user's narrow window: the errors stay beside their fields.
      await page.setViewportSize(VIEWPORTS.mobile);
      await screenshot(page, JOURNEY, '2-inline-errors-mobile');
    } finally {
      await context.close();
    }
  });
});
