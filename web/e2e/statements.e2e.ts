import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { dayTextOf } from '../src/app/core/forms/day-text.js';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { type ViewportName, launchBrowser, openContext } from './support/browser.js';
import { loginByPhone } from './support/client.js';
import { demoUser } from './support/demo.js';
import { inEveryLanguage } from './support/screens.js';
import { DEMO_ACCOUNT } from '@qoltanba/backend/demo/demo-data';

const JOURNEY = 'statements';

/** Clicks a download link and gives the file the browser saved. */
async function download(page: Page, selector: string): Promise<{ name: string; body: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  return { name: file.suggestedFilename(), body: await readFile(await file.path()) };
}

/** The first and last day of last month, in Almaty, as dd.mm.yyyy. */
function lastMonth(): { from: string; to: string } {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty' })
    .format(new Date())
    .split('-')
    .map(Number) as [number, number];
  const day = (date: Date) => dayTextOf(date.toISOString().slice(0, 10));
  return {
    from: day(new Date(Date.UTC(year, month - 2, 1))),
    to: day(new Date(Date.UTC(year, month - 1, 0))),
  };
}

describe('account statements', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it.each(['desktop', 'mobile'] as ViewportName[])(
    'shows this month’s statement with its balances and entries, searchable, in every language (%s)',
    async (viewport) => {
      const context = await openContext(browser, viewport);
      try {
        const page = await context.newPage();
        await loginByPhone(page, demoUser.second);
        await page.goto(`/accounts/${DEMO_ACCOUNT.iban}`);
        await page.locator('.summary .closing').waitFor();
        // The demo account was opened this month: its opening entry is in the statement.
        await expect(page.locator('.entry').count()).resolves.toBeGreaterThan(0);
        await expect(page.locator('.summary .opening').innerText()).resolves.toMatch(/₸$/);
        await inEveryLanguage(page, JOURNEY, `this-month-${viewport}`);
        // The bank's opening entry reads in the user's language, never in the core's English words.
        await expect(page.locator('.entries').innerText()).resolves.toContain('Начальный остаток счёта');
        await expect(page.locator('.entries').innerText()).resolves.not.toContain('opening balance');

        await page.locator('#st-search').fill('no such payment anywhere');
        await page.locator('.entries .empty').waitFor();
      } finally {
        await context.close();
      }
    },
  );

  it('exports last month’s statement as a PDF and as a 1C file', async () => {
    const context = await openContext(browser, 'desktop');
    try {
      const page = await context.newPage();
      await loginByPhone(page, demoUser.second);
      await page.goto(`/accounts/${DEMO_ACCOUNT.iban}`);
      await page.locator('button.quick-lastMonth').click();
      const period = lastMonth();
      await expect(page.locator('#st-from').inputValue()).resolves.toBe(period.from);
      await expect(page.locator('#st-to').inputValue()).resolves.toBe(period.to);
      await page.locator('.summary .closing').waitFor();

      const pdf = await download(page, 'a.export-pdf');
      expect(pdf.name).toMatch(/^statement-KZ.*\.pdf$/);
      expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');

      const oneC = await download(page, 'a.export-1c');
      const text = new TextDecoder('windows-1251').decode(oneC.body);
      expect(text.split('\r\n').slice(0, 3)).toEqual([
        '1CClientBankExchange',
        'ВерсияФормата=1.01',
        'Кодировка=Windows',
      ]);
      expect(text).toContain(
        `ДатаНачала=${period.from}\r\nДатаКонца=${period.to}\r\nРасчСчет=${DEMO_ACCOUNT.iban}`,
      );
      expect(text.trimEnd().endsWith('КонецФайла')).toBe(true);
      expect(text).toContain('СекцияРасчСчет');
    } finally {
      await context.close();
    }
  });
});
