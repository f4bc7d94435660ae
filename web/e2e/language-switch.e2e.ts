import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { type ViewportName, launchBrowser, openContext, screenshot } from './support/browser.js';
import { createPaymentOverApi, loginByPhone } from './support/client.js';
import { demoUser, uniqueNumber } from './support/demo.js';
import { switchTo } from './support/screens.js';

const JOURNEY = 'language-switch';
/** Russian first: the page opens in it, and each other language must change every word. */
const LANGUAGES = ['ru', 'kk', 'en'] as const;

/**
 * The interface's own words on screen — headings, navigation, buttons, labels, table headers, field
 * names — leaving out data (names, IBANs, amounts) and the language menu, which names each language
 * in itself on purpose.
 */
async function visibleLabels(page: Page, { withRows = true } = {}): Promise<string[]> {
  const excluded = withRows
    ? '.language-select, [translate="no"]'
    : '.language-select, [translate="no"], [data-document]';
  return page
    .locator('h1, nav a, button:not(.skip-link), label, th, dt, .badge')
    .filter({ visible: true })
    .evaluateAll(
      (elements, excluded) =>
        elements
          .filter((element) => !element.closest(excluded))
          .map((element) => (element as HTMLElement).innerText.trim())
          .filter((text) => text !== ''),
      excluded,
    );
}

/** The documents screen is complete once its heading is there and its rows have loaded (they carry labels too). */
async function documentsScreenReady(page: Page): Promise<void> {
  await page.locator('h1').waitFor();
  await page.locator('[data-document]').first().waitFor();
}

/**
 * The list must have rows whichever journey runs first on a fresh platform: an empty list shows
 * no table headers or status badges, and the screen would have too few labels to tell anything.
 */
async function draftPaymentExists(browser: Browser): Promise<void> {
  const context = await openContext(browser, 'desktop');
  try {
    const page = await context.newPage();
    await loginByPhone(page, demoUser.first);
    await createPaymentOverApi(page, {
      number: uniqueNumber('LNG'),
      amount: '1.00',
      purpose: 'Shown while the language changes',
    });
  } finally {
    await context.close();
  }
}

describe('the language switch', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    await draftPaymentExists(browser);
  });
  afterAll(() => browser?.close());

  it.each(['desktop', 'mobile'] as ViewportName[])(
    'changes every visible label, and the choice is remembered (%s)',
    async (viewport) => {
      const context = await openContext(browser, viewport);
      try {
        const page = await context.newPage();
        await loginByPhone(page, demoUser.first);
        await page.goto('/documents');
        await documentsScreenReady(page);

        const labels: Record<string, string[]> = {};
        for (const language of LANGUAGES) {
          await switchTo(page, language);
          labels[language] = await visibleLabels(page);
          await screenshot(page, JOURNEY, `documents-${language}-${viewport}`);
        }
        // The same screen in each language: as many labels, and every one of them different.
        expect(labels['ru']!.length).toBeGreaterThan(5);
        for (const [a, b] of [
          ['ru', 'kk'],
          ['kk', 'en'],
          ['ru', 'en'],
        ] as const) {
          expect(labels[b]!.length).toBe(labels[a]!.length);
          const unchanged = labels[a]!.filter((text, index) => text === labels[b]![index]);
          expect(unchanged).toEqual([]);
        }

        // The rows' statuses may move on meanwhile (the bank simulator settles earlier journeys'
        // payments), so after the reload the screen's own labels are compared, not the rows.
        const englishChrome = await visibleLabels(page, { withRows: false });
        const englishHeading = await page.locator('h1').first().innerText();
        await page.reload();
        await documentsScreenReady(page);
        await page.waitForFunction(
          (heading) => document.querySelector('h1')?.innerText === heading,
          englishHeading,
        );
        await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
        await expect(visibleLabels(page, { withRows: false })).resolves.toEqual(englishChrome);
      } finally {
        await context.close();
      }
    },
  );
});
