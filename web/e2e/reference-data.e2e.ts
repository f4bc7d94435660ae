import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext } from 'playwright-core';
import { type ViewportName, launchBrowser, openContext } from './support/browser.js';
import { inEveryLanguage } from './support/screens.js';
import { loginStaff } from './support/staff.js';

const JOURNEY = 'reference-data';

describe('the reference data payments are checked against', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
  });

  it('lets a senior manager add a KBK, retire it, correct a bank, and refuses to touch this bank’s own entry', async () => {
    const context = await openContext(browser, 'desktop');
    contexts.push(context);
    const page = await context.newPage();
    await loginStaff(page, 'demo.senior');
    await page.locator('a[href="/staff/reference"]').click();
    await page.locator('tr[data-bank="601"]').waitFor();
    await expect(page.locator('table.banks tbody tr').count()).resolves.toBeGreaterThanOrEqual(30);

    const code = String(100_000 + (Date.now() % 900_000)).slice(0, 6);
    await page.locator('#ref-kbk-code').fill(code);
    await page.locator('#ref-kbk-ru').fill('Акциз на табачные изделия');
    await page.locator('#ref-kbk-kk').fill('Темекі бұйымдарына акциз');
    await page.locator('#ref-kbk-en').fill('Excise on tobacco');
    await page.locator('button.save-kbk').click();
    const added = page.locator(`[data-kbk="${code}"]`);
    await added.waitFor();
    await added.locator('button.toggle-kbk').click();
    await page.locator(`[data-kbk="${code}"].retired`).waitFor();

    await page.locator('#ref-bank-code').fill('965');
    await page.locator('#ref-bank-bic').fill('irtykzka');
    await page.locator('#ref-bank-name').fill('ForteBank JSC');
    await page.locator('button.save-bank').click();
    await page.locator('tr[data-bank="965"]', { hasText: 'ForteBank JSC' }).waitFor();

    await page.locator('#ref-bank-code').fill('998');
    await page.locator('#ref-bank-bic').fill('TSESKZKA');
    await page.locator('#ref-bank-name').fill('Alatau City Bank');
    await page.locator('button.save-bank').click();
    await page.locator('.reference-message.error').waitFor();
    await expect(page.locator('tr[data-bank="998"] .remove-bank').count()).resolves.toBe(0);
    await inEveryLanguage(page, JOURNEY, 'reference-desktop');
  });

  it.each(['mobile'] as ViewportName[])(
    'reads on a narrow screen without spilling over (%s)',
    async (viewport) => {
      const context = await openContext(browser, viewport);
      contexts.push(context);
      const page = await context.newPage();
      await loginStaff(page, 'demo.senior');
      await page.goto('/staff/reference');
      await page.locator('tr[data-bank="601"]').waitFor();
      await inEveryLanguage(page, JOURNEY, `reference-${viewport}`);
    },
  );
});
