import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_ACCOUNT } from '@qoltanba/backend/demo/demo-data';
import { almatyDate } from '@qoltanba/workflows/domain';
import { dayTextOf } from '../src/app/core/forms/day-text.js';
import { launchBrowser, openContext } from './support/browser.js';
import { forcedApiCall, loginByPhone, paymentRequest } from './support/client.js';
import { demoUser, uniqueNumber } from './support/demo.js';
import { inEveryLanguage } from './support/screens.js';

const JOURNEY = 'account-forecast';

describe('account forecast', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
  });

  async function userPage(viewport: 'desktop' | 'mobile'): Promise<Page> {
    const context = await openContext(browser, viewport);
    contexts.push(context);
    const page = await context.newPage();
    await loginByPhone(page, demoUser.first);
    return page;
  }

  /** Sends a payment from the demo account for signature; answers its id. */
  async function paymentOnItsWay(page: Page, amount: string, valueDate: string): Promise<string> {
    const body = await paymentRequest(page, {
      number: uniqueNumber('FC'),
      amount,
      purpose: 'Payment for goods under contract 12',
    });
    const answer = await forcedApiCall(page, 'POST', '/documents?submit=true', { ...body, valueDate });
    expect(answer.status).toBe(201);
    return answer.body['id'] as string;
  }

  /** The forecast opened from the account's card on the home page, as a user reaches it. */
  async function openFromHome(page: Page): Promise<void> {
    await page.goto('/');
    await page.locator(`a.forecast[href="/accounts/${DEMO_ACCOUNT.iban}/forecast"]`).click();
    await page.locator('.day').first().waitFor();
  }

  it('shows the payments and cash withdrawals on their way day by day and the day the account runs short, on a desktop and a phone', async () => {
    const desktop = await userPage('desktop');
    const accounts = (await forcedApiCall(desktop, 'GET', '/accounts')).body as unknown as {
      iban: string;
      balance: { availableTiyn: number };
    }[];
    const { availableTiyn } = accounts.find((account) => account.iban === DEMO_ACCOUNT.iban)!.balance;
    const today = almatyDate(new Date().toISOString());
    const tomorrow = almatyDate(new Date(Date.now() + 86_400_000).toISOString());
    const created: string[] = [];
    const applications: string[] = [];
    try {
      // One payment today, and tomorrow one larger than all the account holds.
      created.push(await paymentOnItsWay(desktop, '1250.00', today));
      created.push(await paymentOnItsWay(desktop, ((availableTiyn + 100_00) / 100).toFixed(2), tomorrow));
      // And a cash withdrawal today: the bank takes its money when it hands the cash out.
      const withdrawal = await forcedApiCall(desktop, 'POST', '/applications?submit=true', {
        kind: 'CASH_WITHDRAWAL',
        content: {
          accountIban: DEMO_ACCOUNT.iban,
          amount: '150000.00',
          currency: 'KZT',
          date: today,
          branch: 'ALA-01',
          purpose: 'Business travel',
        },
      });
      expect(withdrawal.status).toBe(201);
      const withdrawalId = withdrawal.body['id'] as string;
      applications.push(withdrawalId);

      await openFromHome(desktop);
      await desktop
        .locator(`.day[data-date="${today}"] a.number[href="/applications/${withdrawalId}"]`)
        .waitFor();
      const short = desktop.locator(`.day[data-date="${tomorrow}"]`);
      await expect(short.locator('.closing.negative').count()).resolves.toBe(1);
      await expect(desktop.locator('.short').innerText()).resolves.toContain(dayTextOf(tomorrow));
      await inEveryLanguage(desktop, JOURNEY, 'short-desktop');

      const phone = await userPage('mobile');
      await expect(phone.locator('.bottom-nav').isVisible()).resolves.toBe(true);
      await openFromHome(phone);
      await expect(phone.locator('.short').isVisible()).resolves.toBe(true);
      await inEveryLanguage(phone, JOURNEY, 'short-phone');

      // Each payment opens from its line.
      await short.locator(`a.number[href="/documents/${created[1]}"]`).click();
      await desktop.waitForURL(`**/documents/${created[1]}`);
    } finally {
      // Taken back, so that no other journey finds them awaiting a signature.
      for (const id of created) await forcedApiCall(desktop, 'POST', `/documents/${id}/withdrawal`);
      for (const id of applications) await forcedApiCall(desktop, 'POST', `/applications/${id}/withdrawal`);
    }
  });
});
