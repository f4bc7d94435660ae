import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { VIEWPORTS, launchBrowser, openContext, screenshot } from './support/browser.js';
import { createPaymentOverApi, forcedApiCall, loginByPhone } from './support/client.js';
import { demoUser, uniqueNumber } from './support/demo.js';
import { confirmOtpCode } from './support/applications.js';

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

      // The first approval takes the token's code (a fresh step's when an earlier journey spent this one).
      await openApproval(page, firstId);
      const code = await confirmOtpCode(page, demoUser.singleWithToken);
      await page.locator('[data-status="SIGNED"]').first().waitFor();

      await openApproval(page, secondId);
      await page.locator('#otp-code').fill(code);
      await page.locator('.otp-confirm').click();
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

async function openApproval(page: Page, documentId: string): Promise<void> {
  await page.goto(`/documents/${documentId}`);
  await page.locator('.approve-otp').click();
}
