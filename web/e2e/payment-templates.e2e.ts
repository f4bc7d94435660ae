import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, openContext } from './support/browser.js';
import { createPaymentOverApi, loginByPhone, openDocumentId } from './support/client.js';
import { DEMO_COUNTERPARTY, demoUser, uniqueNumber } from './support/demo.js';
import { approveWithOtp } from './support/applications.js';
import { inEveryLanguage } from './support/screens.js';

const JOURNEY = 'payment-templates';

describe('templates and past beneficiaries', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
  });

  it('pays a beneficiary picked from the list, saves it as a template, and the phone transfers by it: approved by OTP and executed without an EDS', async () => {
    const user = demoUser.singleWithToken;
    const templateName = uniqueNumber('Аренда');

    // On a desktop (Light) the accountant pays someone the organization has paid before.
    const light = await openContext(browser, 'desktop');
    contexts.push(light);
    const page = await light.newPage();
    await loginByPhone(page, user);
    await createPaymentOverApi(page, { number: uniqueNumber('PAST'), amount: '10', purpose: 'Аренда офиса' });
    await page.goto('/documents/new');
    const past = page.locator('#pf-pastBeneficiary');
    await past
      .locator('option', { hasText: DEMO_COUNTERPARTY.binIin })
      .first()
      .waitFor({ state: 'attached' });
    const value = await past
      .locator('option', { hasText: DEMO_COUNTERPARTY.binIin })
      .first()
      .getAttribute('value');
    await past.selectOption(value);
    await expect(page.locator('#pf-beneficiaryIban').inputValue()).resolves.toBe(DEMO_COUNTERPARTY.iban);
    await expect(page.locator('#pf-binIin').inputValue()).resolves.toBe(DEMO_COUNTERPARTY.binIin);
    await page.locator('#pf-amount').fill('15 000');
    await page.locator('#pf-amount').blur();
    await page.locator('#pf-purpose').fill('Аренда офиса за месяц');
    await page.locator('.save-draft').click();
    await page.waitForURL(/\/documents\/[0-9a-f-]{36}$/);

    // …and keeps it as a template the whole organization shares.
    await page.locator('button.save-template').click();
    await page.locator('#template-name').fill(templateName);
    await page.locator('.template-form button[type="submit"]').click();
    await page.locator('.action-message.success').waitFor();
    await page.goto('/documents/templates');
    const template = page.locator(`[data-template="${templateName}"]`);
    await template.waitFor();
    await inEveryLanguage(page, JOURNEY, 'templates-desktop');
    await template.locator('a.use').click();
    await page.waitForURL(/\/documents\/new\?template=/);
    // The template arrives after the form opens: the form fills in then.
    await page.waitForFunction(
      () => document.querySelector<HTMLInputElement>('#pf-amount')?.value === '15000.00',
    );
    await expect(page.locator('#pf-beneficiaryIban').inputValue()).resolves.toBe(DEMO_COUNTERPARTY.iban);
    await expect(page.locator('#pf-number').inputValue()).resolves.toBe('');

    // On the phone, where no other payment can be made, the template makes a transfer.
    const mobile = await openContext(browser, 'mobile');
    contexts.push(mobile);
    const phone = await mobile.newPage();
    await loginByPhone(phone, user);
    await phone.goto('/documents');
    await phone.locator('a.templates-link').click();
    await phone.locator(`[data-template="${templateName}"] a.transfer`).click();
    await phone.locator('#tt-amount').waitFor();
    await phone.locator('#tt-amount').fill('2 500');
    await inEveryLanguage(phone, JOURNEY, 'transfer-mobile');
    await phone.locator('button.send-transfer').click();
    await phone.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
    openDocumentId(phone);
    await approveWithOtp(phone, user);
    await phone.locator('[data-status="EXECUTED"]').first().waitFor({ timeout: 30_000 });
    await expect(phone.locator('.payment-kind').innerText()).resolves.toBe('Перевод по шаблону');
    await inEveryLanguage(phone, JOURNEY, 'transfer-executed-mobile');
  });
});
