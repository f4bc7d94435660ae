import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_ACCOUNT, DEMO_CURRENCY_ACCOUNTS } from '@qoltanba/backend/demo/demo-data';
import {
  type BankSimulatorApi,
  type SimAccount,
  approveWithOtp,
  asBankStaff,
  openApplicationId,
  statusShown,
} from './support/applications.js';
import { type ViewportName, launchBrowser, openContext, screenshot } from './support/browser.js';
import { enterPinInAgentPopup, forcedApiCall, loginByPhone, loginStandard } from './support/client.js';
import { demoUser } from './support/demo.js';
import { LANGUAGES, layoutProblems, switchTo } from './support/screens.js';

const JOURNEY = 'applications';
const USD_ACCOUNT = DEMO_CURRENCY_ACCOUNTS.find((account) => account.currency === 'USD')!;
/** The bank's USD rates for the run: 100 USD bought at 500 ₸ each cost exactly 50 000 ₸. */
const USD_RATE = { buy: '490.00', sell: '500.00' };
/** Dates are dd.mm.yyyy in every language, as on Kazakh bank documents. */
const DATE_SHOWN: Record<(typeof LANGUAGES)[number], RegExp> = {
  kk: /\b\d{2}\.\d{2}\.\d{4}\b/,
  ru: /\b\d{2}\.\d{2}\.\d{4}\b/,
  en: /\b\d{2}\.\d{2}\.\d{4}\b/,
};

/** Opens the kind chooser from My applications and the kind's form from there, as a user clicks. */
async function openNewForm(page: Page, kind: string): Promise<void> {
  await page.goto('/applications');
  await page.locator('.new-application').click();
  await page.locator(`[data-kind="${kind}"] a.kind-link`).click();
  await page.waitForURL(`**/applications/new/${kind}`);
  await page.locator('form.application-form').waitFor();
}

function field(page: Page, path: string) {
  return page.locator(`#af-${path.replace(/\./g, '-')}`);
}

/** Types into a field of the application form and leaves it. */
async function type(page: Page, path: string, text: string): Promise<void> {
  await field(page, path).fill(text);
  await field(page, path).blur();
}

async function choose(page: Page, path: string, value: string): Promise<void> {
  await field(page, path).selectOption(value);
}

/** Saves the form and sends it for signature; returns the new application's id, its page open. */
async function submitForSignature(page: Page): Promise<string> {
  await page.locator('.submit-for-signature').click();
  await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
  await statusShown(page, 'AWAITING_SIGNATURES');
  return openApplicationId(page);
}

/** Opens an application from My applications, its row found by id. */
async function openFromList(page: Page, id: string): Promise<void> {
  await page.goto('/applications');
  await page.locator(`[data-process="${id}"] a`).first().click();
  await page.waitForURL(`**/applications/${id}`);
  await page.locator('.page-header [data-status]').waitFor();
}

describe('applications', () => {
  let browser: Browser;
  let bank: BankSimulatorApi;
  const contexts: BrowserContext[] = [];
  /** The executed currency purchase: the screens' journey shows its detail. */
  let purchaseId: string | undefined;

  beforeAll(async () => {
    browser = await launchBrowser();
    bank = await asBankStaff();
    await bank.put('/exchange-rates/USD', USD_RATE);
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
  });

  async function context(viewport: ViewportName, locale?: string): Promise<BrowserContext> {
    const opened = await openContext(browser, viewport, locale);
    contexts.push(opened);
    return opened;
  }

  it('a currency purchase is approved by FIRST in Light and SECOND in Mobile, sent with the EDS from Standard, executed at the bank’s rate, and both balances move', async () => {
    const balances = () =>
      Promise.all(
        [DEMO_ACCOUNT.iban, USD_ACCOUNT.iban].map((iban) => bank.get<SimAccount>(`/accounts/${iban}`)),
      );
    const [kztBefore, usdBefore] = await balances();

    // The FIRST signer, in Light on a desktop, buys 100 USD with tenge at the bank's rate.
    const light = await context('desktop');
    const first = await light.newPage();
    await loginByPhone(first, demoUser.first);
    await openNewForm(first, 'CURRENCY_PURCHASE');
    await first.locator('.rates-table [data-currency="USD"]').waitFor();
    await choose(first, 'debitIban', DEMO_ACCOUNT.iban);
    await choose(first, 'creditIban', USD_ACCOUNT.iban);
    await choose(first, 'fixedSide', 'CREDIT');
    await type(first, 'amount', '100.00');
    await expect(first.locator('#af-amount-message').innerText()).resolves.toContain('USD');
    await type(first, 'purpose', 'Payment for imported equipment under contract 7');
    await screenshot(first, JOURNEY, '1-1-purchase-form-light-desktop');
    const id = await submitForSignature(first);
    await approveWithOtp(first, demoUser.first);
    await first.locator('.signature').first().waitFor();
    await screenshot(first, JOURNEY, '1-2-purchase-approved-by-first-desktop');

    // The SECOND signer approves on the phone, in Mobile, with the card cell the server names.
    const mobile = await context('mobile');
    const second = await mobile.newPage();
    await loginByPhone(second, demoUser.second);
    await expect(second.locator('.bottom-nav').isVisible()).resolves.toBe(true);
    await openFromList(second, id);
    await approveWithOtp(second, demoUser.second);
    await statusShown(second, 'SIGNED');
    await expect(second.locator('.signature').count()).resolves.toBe(2);
    await screenshot(second, JOURNEY, '1-3-purchase-approved-by-second-mobile');

    // Only an EDS from the Standard channel sends it: the PIN goes into the agent's own pop-up.
    const standard = await context('desktop');
    const signer = await standard.newPage();
    await loginStandard(signer, demoUser.single);
    await openFromList(signer, id);
    const pin = enterPinInAgentPopup(standard);
    await signer.locator('.sign-eds').click();
    await pin;
    await statusShown(signer, 'DONE');
    await expect(signer.locator('.signature').count()).resolves.toBe(3);
    await expect(signer.locator('.executed-rate').innerText()).resolves.toMatch(/^500([.,]0+)?$/);
    await expect(signer.locator('.bank-answer .debited').innerText()).resolves.toMatch(/^50\s000,00\s₸$/);
    await expect(signer.locator('.bank-answer .credited').innerText()).resolves.toMatch(/^100,00\sUSD$/);
    await screenshot(signer, JOURNEY, '1-4-purchase-done-standard-desktop');

    const [kztAfter, usdAfter] = await balances();
    expect(kztAfter!.balanceTiyn - kztBefore!.balanceTiyn).toBe(-5_000_000);
    expect(usdAfter!.balanceTiyn - usdBefore!.balanceTiyn).toBe(10_000);
    purchaseId = id;
  });

  it('a bank certificate is requested and approved by OTP on the phone, and its PDF downloads', async () => {
    const mobile = await context('mobile');
    const page = await mobile.newPage();
    await loginByPhone(page, demoUser.single);
    await expect(page.locator('.bottom-nav').isVisible()).resolves.toBe(true);
    await openNewForm(page, 'BANK_CERTIFICATE');
    await choose(page, 'certificateKind', 'BALANCE');
    await choose(page, 'language', 'kk');
    await choose(page, 'accountIban', DEMO_ACCOUNT.iban);
    await screenshot(page, JOURNEY, '2-1-certificate-form-mobile');
    await submitForSignature(page);
    await approveWithOtp(page, demoUser.single);
    await statusShown(page, 'DONE');
    await screenshot(page, JOURNEY, '2-2-certificate-done-mobile');

    const download = page.waitForEvent('download');
    await page.locator('.answer-file').click();
    const bytes = await readFile(await (await download).path());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('an application the bank holds is cancelled: asked with a reason, the cancellation signed, the original CANCELLED with it linked', async () => {
    await bank.post('/application-rules', {
      kind: 'LETTER',
      action: 'DELAY',
      delayMs: 60_000,
      oneShot: true,
    });
    const light = await context('desktop');
    const page = await light.newPage();
    await loginByPhone(page, demoUser.single);
    await openNewForm(page, 'LETTER');
    await type(page, 'subject', 'Please hold the statement for December');
    await type(page, 'body', 'We ask the bank to prepare the paper statement for collection at the branch.');
    const originalId = await submitForSignature(page);
    await approveWithOtp(page, demoUser.single);
    await statusShown(page, 'ACCEPTED');

    await page.locator('.ask-to-cancel').click();
    await page.locator('#reason').fill('Sent by mistake: the statement is no longer needed');
    await screenshot(page, JOURNEY, '3-1-ask-to-cancel-desktop');
    await page.locator('.confirm-reason').click();
    await page.waitForURL(
      (url) => /^\/applications\/[0-9a-f-]{36}$/.test(url.pathname) && !url.pathname.endsWith(originalId),
    );
    const cancellationId = openApplicationId(page);
    await statusShown(page, 'AWAITING_SIGNATURES');
    await expect(page.locator('.cancelled-link').getAttribute('href')).resolves.toBe(
      `/applications/${originalId}`,
    );
    await approveWithOtp(page, demoUser.single);
    await statusShown(page, 'DONE');
    await screenshot(page, JOURNEY, '3-2-cancellation-done-desktop');

    await page.locator('.cancelled-link').click();
    await page.waitForURL(`**/applications/${originalId}`);
    await statusShown(page, 'CANCELLED');
    await expect(page.locator('.cancellation-link').getAttribute('href')).resolves.toBe(
      `/applications/${cancellationId}`,
    );
    await expect(page.locator('.ask-to-cancel').count()).resolves.toBe(0);
    // "Approved" was said of the cancellation: it does not follow its link to this page.
    await expect(page.locator('.action-message').count()).resolves.toBe(0);
    await screenshot(page, JOURNEY, '3-3-original-cancelled-desktop');
  });

  it('a form with an invalid SWIFT BIC and an amount with too many decimals shows the server’s errors on those fields and saves nothing', async () => {
    const light = await context('desktop', 'en-GB');
    const page = await light.newPage();
    await loginByPhone(page, demoUser.first);
    const before = await forcedApiCall(page, 'GET', '/processes?pageSize=1');
    await openNewForm(page, 'FX_TRANSFER');
    await choose(page, 'payerIban', USD_ACCOUNT.iban);
    await type(page, 'amount', '1250.505');
    await type(page, 'beneficiary.name', 'Maschinenbau Nord GmbH');
    await type(page, 'beneficiary.address', 'Hafenstrasse 12, 20457 Hamburg');
    await type(page, 'beneficiary.country', 'DE');
    await type(page, 'beneficiary.account', 'DE89370400440532013000');
    await type(page, 'bank.bic', 'DEUT12');
    await type(page, 'purpose', 'Payment for spare parts under contract 2026/14');
    await type(page, 'knp', '710');
    await type(page, 'contract.number', '2026/14');
    await type(page, 'contract.date', '2026-01-15');

    const refusal = page.waitForResponse(
      (response) => response.url().includes('/api/applications') && response.request().method() === 'POST',
    );
    await page.locator('.submit-for-signature').click();
    const answer = await refusal;
    // VALIDATION_FAILED is a 400 across the API (README); the contract note says 422.
    expect(answer.status()).toBe(400);
    const { code, details } = (await answer.json()) as {
      code: string;
      details: { violations: { field: string; code: string }[] };
    };
    expect(code).toBe('VALIDATION_FAILED');
    expect(details.violations.map((violation) => [violation.field, violation.code]).sort()).toEqual([
      ['content.amount', 'APPLICATION_AMOUNT_TOO_MANY_DECIMALS'],
      ['content.bank.bic', 'APPLICATION_SWIFT_BIC_FORMAT'],
    ]);

    // Each error under its own field, in the interface's words; the first of them has the focus.
    for (const path of ['amount', 'bank.bic']) {
      await page.locator(`#af-${path.replace('.', '-')}-message.field-error`).waitFor();
      await expect(field(page, path).getAttribute('aria-invalid')).resolves.toBe('true');
    }
    await expect(page.locator('#af-amount-message').innerText()).resolves.toMatch(
      /digits after the decimal/i,
    );
    await expect(page.locator('#af-bank-bic-message').innerText()).resolves.toMatch(/SWIFT BIC is 8 or 11/);
    await expect(page.locator('form [aria-invalid="true"]').count()).resolves.toBe(2);
    await page.waitForFunction(() => document.activeElement?.id === 'af-amount');
    await page.locator('.form-error').waitFor();
    expect(new URL(page.url()).pathname).toBe('/applications/new/FX_TRANSFER');
    await screenshot(page, JOURNEY, '4-1-server-errors-inline-desktop');
    const after = await forcedApiCall(page, 'GET', '/processes?pageSize=1');
    expect(after.body['total']).toEqual(before.body['total']);
  });

  it.each(['desktop', 'mobile'] as ViewportName[])(
    'shows My applications, the kind chooser, a form and a detail in kk, ru and en: translated, dates and amounts as the language writes them, nothing cut off (%s)',
    async (viewport) => {
      const page = await (await context(viewport)).newPage();
      await loginByPhone(page, demoUser.first);
      await page.goto('/applications');
      await page.locator('[data-process]').first().waitFor();
      const detailId =
        purchaseId ?? (await page.locator('[data-process]').first().getAttribute('data-process'))!;
      // Mobile creates service applications only: a service form shows on both layouts.
      const screens = [
        { name: 'list', path: '/applications', ready: '[data-process]' },
        { name: 'chooser', path: '/applications/new', ready: '[data-kind]' },
        { name: 'form', path: '/applications/new/CASH_WITHDRAWAL', ready: 'form.application-form' },
        { name: 'detail', path: `/applications/${detailId}`, ready: '.timeline li' },
      ];
      const problems: string[] = [];
      for (const language of LANGUAGES) {
        await switchTo(page, language);
        for (const screen of screens) {
          await page.goto(screen.path);
          await page.locator(screen.ready).first().waitFor();
          expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
          const found = await layoutProblems(page);
          if (screen.name === 'list' || screen.name === 'detail') {
            const text = await page.locator('main').innerText();
            const date = DATE_SHOWN[language];
            if (!date.test(text) || /\b\d{4}-\d{2}-\d{2}\b/.test(text))
              found.push(`dates not written as in ${language}`);
            if (!/\d[,.]\d{2}\s(₸|USD)/.test(text)) found.push('no amount with its currency');
          }
          problems.push(...found.map((problem) => `${language} ${screen.name}: ${problem}`));
          await screenshot(page, JOURNEY, `5-${screen.name}-${language}-${viewport}`);
        }
      }
      expect(problems).toEqual([]);
    },
  );
});
