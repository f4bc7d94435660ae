import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { launchBrowser, openContext, screenshot } from './support/browser.js';

describe('the platform as npm start runs it, in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it.each(['desktop', 'mobile'] as const)(
    'serves the web app, which starts and renders on a %s screen',
    async (viewport) => {
      const context = await openContext(browser, viewport);
      try {
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        const response = await page.goto('/');
        expect(response?.status()).toBe(200);
        await expect(page.title()).resolves.toMatch(/Qoltanba/);
        await page.waitForFunction(() => (document.querySelector('qb-root')?.children.length ?? 0) > 0);
        await screenshot(page, 'smoke', `start-${viewport}`);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
