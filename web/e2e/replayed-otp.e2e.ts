import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { VIEWPORTS, launchBrowser, openContext, screenshot } from './support/browser.js';
import { createPaymentOverApi, forcedApiCall, loginByPhone } from './support/client.js';
import { demoUser, tokenCode, uniqueNumber } from './support/demo.js';
import { nextTokenStep } from './support/applications.js';

const JOURNEY = 'replayed-otp';

describe('OTP approval', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('refuses a replayed OTP code with a clear message and leaves the document unapproved', async () => {
    const context = await openContext(browser, 'desktop', 'en-GB');
    try {
      const page = await context.newPage();
      await loginByPhone(page, demoUser.singleWithToken);
      const [firstId, secondId] = [await submitPayment(page), await submitPayment(page)];

      // An earlier journey of the run may have spent this step's code: start on a fresh step.
      await nextTokenStep();
      const code = tokenCode(demoUser.singleWithToken);
      await approve(page, firstId, code);
      await page.locator('[data-status="SIGNED"]').first().waitFor();

      await approve(page, secondId, code);
      const error = page.locator('#otp-error');
      await page.locator('#otp-error:not(:empty)').waitFor();
      await expect(error.textContent()).resolves.toMatch(/already been used|already used/i);
      await screenshot(page, JOURNEY, '1-replayed-code-refused-desktop');
      const second = await forcedApiCall(page, 'GET', `/documents/${secondId}`);
      expect(second.body['status']).toBe('AWAITING_SIGNATURES');
      expect(second.body['signatures']).toEqual([]);

      await page.setViewportSize(VIEWPORTS.mobile);
      await screenshot(page, JOURNEY, '2-replayed-code-refused-mobile');
    } finally {
      await context.close();
    }
  });
});

function submitPayment(page: Page): Promise<string> {
  return createPaymentOverApi(
    page,
    { number: uniqueNumber('RPL'), amount: '2500.00', purpose: 'Office supplies, invoice 7' },
    { submit: true },
  );
}

async function approve(page: Page, documentId: string, code: string): Promise<void> {
  await page.goto(`/documents/${documentId}`);
  await page.locator('.approve-otp').click();
  await page.locator('#otp-code').fill(code);
  await page.locator('.otp-confirm').click();
}
