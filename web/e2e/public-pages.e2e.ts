import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { VIEWPORTS, type ViewportName, launchBrowser, openContext } from './support/browser.js';
import { DEMO_ORGANIZATION } from './support/demo.js';
import { inEveryLanguage } from './support/screens.js';

const JOURNEY = 'public-pages';
const SCREENS = Object.keys(VIEWPORTS) as ViewportName[];

/**
 * The pages anyone reaches before logging in — the log-in (both ways), the platform’s status, the
 * starts of a token registration, a reissue and a token password change — fit a desktop and a
 * phone in kk, ru and en, their refusals too.
 */
describe.each(SCREENS)('the pages before log-in, on a %s screen', (viewport) => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await openContext(browser, viewport);
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('the log-in by phone refuses an unknown user without saying which part was wrong', async () => {
    await page.goto('/login');
    await page.locator('#login-phone').waitFor();
    await inEveryLanguage(page, JOURNEY, `1-login-phone-${viewport}`);

    await page.locator('#login-phone').fill('+77010000000');
    await page.locator('#login-bin').fill(DEMO_ORGANIZATION.binIin);
    await page.locator('#login-password').fill('NotThePassword1');
    await page.locator('form button.submit').click();
    await expect(page.locator('.login-error').innerText()).resolves.toContain('Не удалось войти');
    await inEveryLanguage(page, JOURNEY, `2-login-refused-${viewport}`);
  });

  it('the log-in by login and password, with the token’s way in beside it', async () => {
    await page.locator('.methods button').nth(1).click();
    await page.locator('#login-login').waitFor();
    await inEveryLanguage(page, JOURNEY, `3-login-standard-${viewport}`);
  });

  it('the platform’s status, linked from the log-in page: every part of it up', async () => {
    await page.locator('a[href="/status"]').click();
    await page.waitForURL('**/status');
    await page.locator('.overall .badge[data-status="up"]').waitFor();
    await expect(
      page
        .locator('.components .badge')
        .evaluateAll((badges) => badges.map((badge) => badge.getAttribute('data-status'))),
    ).resolves.toEqual(['up', 'up', 'up']);
    await inEveryLanguage(page, JOURNEY, `4-status-${viewport}`);
  });

  it('the platform’s status says so when the platform cannot be reached, and checks again when asked', async () => {
    // The network between the browser and the bank down: what a client on a train sees.
    await page.route('**/api/health', (route) => route.abort('internetdisconnected'));
    await page.locator('button.refresh').click();
    await page.locator('.message.error').waitFor();
    await expect(page.locator('.overall').count()).resolves.toBe(0);
    await inEveryLanguage(page, JOURNEY, `5-status-unreachable-${viewport}`);

    await page.unroute('**/api/health');
    await page.locator('button.refresh').click();
    await page.locator('.overall .badge[data-status="up"]').waitFor();
  });

  it.each([
    ['/register', '#reg-user-id', '6-registration'],
    ['/reissue', '#reg-user-id', '7-reissue'],
    ['/token', 'li.token', '8-token-password'],
  ])('%s opens at its first step', async (path, ready, name) => {
    await page.goto(path);
    await page.locator(ready).first().waitFor();
    await inEveryLanguage(page, JOURNEY, `${name}-${viewport}`);
  });
});
