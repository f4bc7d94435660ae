import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, openContext, screenshot } from './support/browser.js';
import { enterPinInAgentPopup, loginByPhone, loginStandard, openDocumentId } from './support/client.js';
import { cardCode, demoUser, tokenCode, uniqueNumber } from './support/demo.js';
import { fillPaymentForm } from './support/payment-form.js';

const JOURNEY = 'signing-in-sequence';

describe('a payment signed in sequence across the three channels', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
  });

  it('is approved by OTP token (Light), then OTP card (Mobile), signed by EDS (Standard), and the open list shows it executed without a reload', async () => {
    const number = uniqueNumber('SEQ');

    // The FIRST signer, on the desktop Light layout, writes the payment and approves it by token.
    const light = await openContext(browser, 'desktop');
    contexts.push(light);
    const first = await light.newPage();
    await loginByPhone(first, demoUser.first);
    await first.goto('/documents/new');
    await fillPaymentForm(first, { number, amount: '125 000,50' });
    await screenshot(first, JOURNEY, '1-light-payment-form-desktop');
    await first.locator('.submit-for-signature').click();
    await first.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
    const documentId = openDocumentId(first);
    await first.locator('.approve-otp').click();
    await expect(first.locator('.otp-amount').textContent()).resolves.toMatch(/125\s?000,50/);
    await first.locator('#otp-code').fill(tokenCode(demoUser.first));
    await first.locator('.otp-confirm').click();
    await first.locator('.signature').first().waitFor();
    await screenshot(first, JOURNEY, '2-light-approved-by-first-desktop');
    // The list stays open on the FIRST signer's screen from here on.
    await first.goto('/documents');
    const row = first.locator(`[data-document="${documentId}"]`);
    await row.locator('[data-status="AWAITING_SIGNATURES"]').waitFor();

    // The SECOND signer, on the phone, approves with the card cell the server names.
    const mobile = await openContext(browser, 'mobile');
    contexts.push(mobile);
    const second = await mobile.newPage();
    await loginByPhone(second, demoUser.second);
    await expect(second.locator('.bottom-nav').isVisible()).resolves.toBe(true);
    await second.goto('/documents');
    await second.locator(`[data-document="${documentId}"] a`).first().click();
    await second.waitForURL(`**/documents/${documentId}`);
    const challenge = second.waitForResponse(
      (response) => response.url().endsWith('/otp-challenges') && response.request().method() === 'POST',
    );
    await second.locator('.approve-otp').click();
    const { device } = (await (await challenge).json()) as { device: { card: number } };
    await expect(second.locator('.otp-prompt').textContent()).resolves.toContain(String(device.card));
    await screenshot(second, JOURNEY, '3-mobile-card-approval-mobile');
    await second.locator('#otp-code').fill(cardCode(demoUser.second, device.card));
    await second.locator('.otp-confirm').click();
    await second.locator('[data-status="SIGNED"]').first().waitFor();
    await screenshot(second, JOURNEY, '4-mobile-approved-awaiting-eds-mobile');
    await row.locator('[data-status="SIGNED"]').waitFor();

    // A Standard user signs with EDS through the agent; the PIN goes into the agent's own pop-up.
    const standard = await openContext(browser, 'desktop');
    contexts.push(standard);
    const signer = await standard.newPage();
    await loginStandard(signer, demoUser.single);
    await signer.goto(`/documents/${documentId}`);
    const pin = enterPinInAgentPopup(standard, (popup) => screenshot(popup, JOURNEY, '5-agent-pin-popup'));
    await signer.locator('.sign-eds').click();
    await pin;
    await signer.locator('[data-status="EXECUTED"]').first().waitFor({ timeout: 60_000 });
    await screenshot(signer, JOURNEY, '6-standard-executed-desktop');
    await expect(signer.locator('.signature').count()).resolves.toBe(3);

    // Back on the FIRST signer's list, never reloaded: the row followed the workflow by itself.
    await row.locator('[data-status="EXECUTED"]').waitFor({ timeout: 30_000 });
    await screenshot(first, JOURNEY, '7-light-list-executed-live-desktop');
  });
});
