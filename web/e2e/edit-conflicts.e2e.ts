import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_ACCOUNT } from '@qoltanba/backend/demo/demo-data';
import { almatyDate } from '@qoltanba/workflows/domain';
import { type ViewportName, launchBrowser, openContext } from './support/browser.js';
import { createPaymentOverApi, forcedApiCall, loginByPhone } from './support/client.js';
import { demoUser, uniqueNumber } from './support/demo.js';
import { inEveryLanguage } from './support/screens.js';

const JOURNEY = 'edit-conflicts';

/** A cash withdrawal as the API takes it, from the demo's tenge account today. */
const cashWithdrawal = (purpose: string) => ({
  accountIban: DEMO_ACCOUNT.iban,
  amount: '150000.00',
  currency: 'KZT',
  date: almatyDate(new Date().toISOString()),
  branch: 'ALA-01',
  purpose,
});

/** Opens the edit form of a draft from its detail page's Edit, as a user does. */
async function openEdit(page: Page, path: string, form: string): Promise<void> {
  await page.goto(path);
  await page.locator('.edit').click();
  await page.waitForURL(`**${path}/edit`);
  await page.locator(form).waitFor();
}

async function retype(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).fill(text);
  await page.locator(selector).blur();
}

describe('edit-conflicts', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
  });

  async function userPage(viewport: ViewportName, user: (typeof demoUser)[keyof typeof demoUser]) {
    const context = await openContext(browser, viewport);
    contexts.push(context);
    const page = await context.newPage();
    await loginByPhone(page, user);
    return page;
  }

  it('two people edit one draft payment: the later save is refused, not saved over the other, and the saved version opens to be changed again', async () => {
    const ainur = await userPage('desktop', demoUser.first);
    const bolat = await userPage('desktop', demoUser.second);
    const id = await createPaymentOverApi(ainur, {
      number: uniqueNumber('EC'),
      amount: '1250.00',
      purpose: 'Payment for goods under contract 12',
    });
    const path = `/documents/${id}`;
    await openEdit(ainur, path, 'form.payment-form');
    await openEdit(bolat, path, 'form.payment-form');

    // Bolat saves first: a new purpose.
    await retype(bolat, '#pf-purpose', 'Payment for goods under contract 12, second delivery');
    await bolat.locator('button.save-draft').click();
    await bolat.waitForURL(`**${path}`);

    // Ainur, who opened the same revision, saves a new amount: refused, with the way out.
    await retype(ainur, '#pf-amount', '1300.00');
    await ainur.locator('button.save-draft').click();
    await ainur.locator('.outdated-edit').waitFor();
    expect(ainur.url()).toMatch(new RegExp(`${path}/edit$`));
    await inEveryLanguage(ainur, JOURNEY, '1-1-payment-edit-refused');

    await ainur.locator('button.open-saved').click();
    await ainur.locator('.saved-version').waitFor();
    await expect(ainur.locator('#pf-purpose').inputValue()).resolves.toBe(
      'Payment for goods under contract 12, second delivery',
    );
    await expect(ainur.locator('#pf-amount').inputValue()).resolves.toBe('1250.00');
    await inEveryLanguage(ainur, JOURNEY, '1-2-payment-saved-version');

    // Made again over what Bolat saved, Ainur's amount is taken and Bolat's purpose kept.
    await retype(ainur, '#pf-amount', '1300.00');
    await ainur.locator('button.save-draft').click();
    await ainur.waitForURL(`**${path}`);
    const saved = await forcedApiCall(ainur, 'GET', `/documents/${id}`);
    expect(saved.body).toMatchObject({ revision: 3, amount: '1300.00' });
    expect((saved.body['content'] as { purpose: string }).purpose).toBe(
      'Payment for goods under contract 12, second delivery',
    );
  });

  it('an application edited on the phone after it was saved elsewhere is refused, and its saved version opens there', async () => {
    const phone = await userPage('mobile', demoUser.singleWithToken);
    await expect(phone.locator('.bottom-nav').isVisible()).resolves.toBe(true);
    const created = await forcedApiCall(phone, 'POST', '/applications', {
      kind: 'CASH_WITHDRAWAL',
      content: cashWithdrawal('Business travel'),
    });
    expect(created.status).toBe(201);
    const path = `/applications/${created.body['id'] as string}`;
    await openEdit(phone, path, 'form.application-form');

    // Saved meanwhile from another window (or by another signer).
    const elsewhere = await forcedApiCall(phone, 'PUT', path, {
      content: cashWithdrawal('Business travel to Astana'),
      revision: 1,
    });
    expect(elsewhere.status).toBe(200);

    await retype(phone, '#af-amount', '90000.00');
    await phone.locator('button.save-draft').click();
    await phone.locator('.outdated-edit').waitFor();
    await inEveryLanguage(phone, JOURNEY, '2-1-application-edit-refused-phone');

    await phone.locator('button.open-saved').click();
    await phone.locator('.saved-version').waitFor();
    await expect(phone.locator('#af-purpose').inputValue()).resolves.toBe('Business travel to Astana');
    await inEveryLanguage(phone, JOURNEY, '2-2-application-saved-version-phone');
  });
});
