import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { VIEWPORTS, apiCallsOf, launchBrowser, openContext } from './support/browser.js';
import { loginStandard } from './support/client.js';
import { demoUser } from './support/demo.js';
import { fillPaymentForm } from './support/payment-form.js';
import { inEveryLanguage } from './support/screens.js';
import { DEMO_ACCOUNT } from '@qoltanba/backend/demo/demo-data';

const JOURNEY = 'tablet-screens';
/** A tablet held upright: the narrowest screen that gets the desktop layout (from 768 px). */
const TABLET = { width: 800, height: 1280 };
/** Held sideways, or a small laptop: the narrowest screen whose forms take two columns (from 1024 px). */
const TABLET_SIDEWAYS = { width: 1024, height: 768 };

const PAGES: [name: string, path: string][] = [
  ['accounts', '/'],
  ['account-statement', `/accounts/${DEMO_ACCOUNT.iban}`],
  ['documents', '/documents'],
  ['new-payment', '/documents/new'],
  ['payment-templates', '/documents/templates'],
  ['applications', '/applications'],
  ['new-application', '/applications/new'],
  ['profile', '/profile'],
];

/**
 * The client's pages between a phone and a desktop: no journey of its own opens them at these widths,
 * where the desktop layout has the least room (a side menu beside a narrow content column).
 */
describe('the client’s pages on a tablet, upright (800 px) and sideways (1024 px)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let api: ReturnType<typeof apiCallsOf>;
  beforeAll(async () => {
    browser = await launchBrowser();
    context = await openContext(browser, 'desktop');
    page = await context.newPage();
    api = apiCallsOf(page);
    await page.setViewportSize(TABLET);
    await loginStandard(page, demoUser.single);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it.each(PAGES)('shows the %s page whole, in kk, ru and en, upright and sideways', async (name, path) => {
    await page.goto(path);
    await page.locator('h1').first().waitFor();
    await api.settled();
    await inEveryLanguage(page, JOURNEY, name);
    await page.setViewportSize(TABLET_SIDEWAYS);
    try {
      await inEveryLanguage(page, JOURNEY, `${name}-sideways`);
    } finally {
      await page.setViewportSize(TABLET);
    }
  });

  it('keeps a half-typed payment when the window narrows to a phone’s and widens again, its form whole on the phone', async () => {
    await page.goto('/documents/new');
    await fillPaymentForm(page, { number: 'TAB-1', amount: '1250.50', purpose: 'Rent for December' });
    const typed = () =>
      Promise.all(['#pf-number', '#pf-amount', '#pf-purpose'].map((id) => page.locator(id).inputValue()));
    const before = await typed();
    // The same page all along, not one rebuilt (and filled again from the saved draft).
    type Marked = Window & { typedInto?: Element | null };
    await page.evaluate(() => {
      (window as Marked).typedInto = document.querySelector('main form');
    });
    const samePage = () =>
      page.evaluate(() => document.querySelector('main form') === (window as Marked).typedInto);

    await page.setViewportSize(VIEWPORTS.mobile);
    await page.locator('nav.bottom-nav').waitFor();
    await expect(samePage()).resolves.toBe(true);
    await expect(typed()).resolves.toEqual(before);
    await inEveryLanguage(page, JOURNEY, 'new-payment-narrowed');

    await page.setViewportSize(TABLET);
    await page.locator('nav.side-nav').waitFor();
    await expect(samePage()).resolves.toBe(true);
    await expect(typed()).resolves.toEqual(before);
  });
});
