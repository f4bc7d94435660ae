import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, openContext, screenshot, type ViewportName } from './support/browser.js';
import {
  type NewStandardClient,
  type OwnAgent,
  onboardStandardClient,
  startOwnAgent,
} from './support/registration.js';

const JOURNEY = 'token-registration';
/** The client's own token password: 8+ Latin letters and digits, no runs such as 123 or abc. */
const TOKEN_PASSWORD = 'Qaz7Tok9Reg';

describe('a new Standard client registers the token received at the branch', () => {
  let browser: Browser;
  let agent: OwnAgent;
  let client: NewStandardClient;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [browser, agent, client] = await Promise.all([
      launchBrowser(),
      startOwnAgent(),
      onboardStandardClient('Әсел Тоқтарова'),
    ]);
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
    await agent?.stop();
  });

  /** A browser of the client's, talking to the journey's agent (the one with the new token). */
  async function clientBrowser(viewport: ViewportName, locale: string): Promise<Page> {
    const context = await openContext(browser, viewport, locale);
    contexts.push(context);
    await context.addInitScript((url) => localStorage.setItem('qoltanba.signerUrl', url), agent.url);
    return context.newPage();
  }

  async function enterCredentials(page: Page, pin = client.cardPin): Promise<void> {
    await page.locator('#reg-user-id').fill(client.registrationLogin);
    await page.locator('#reg-pin').fill(pin);
    await page.locator('button.open-registration').click();
  }

  async function currentStep(page: Page): Promise<string | null> {
    return page.locator('.wizard-steps [aria-current="step"]').getAttribute('data-step');
  }

  /** The agent's pop-up, opened by the page inside the click that starts the step on the token. */
  async function inAgentPopup(
    page: Page,
    click: string,
    fill: (popup: Page) => Promise<void>,
    shot?: string,
  ) {
    const popup = page.context().waitForEvent('page');
    await page.locator(click).click();
    const prompt = await popup;
    await fill(prompt);
    if (shot) await screenshot(prompt, JOURNEY, shot);
    await prompt.locator('#pin-form button[type="submit"]').click();
  }

  it('from the log-in page through the password, then, after a reload, from the keys to the written certificates', async () => {
    // Kazakh: the log-in page's Standard part leads to the wizard.
    const page = await clientBrowser('desktop', 'kk-KZ');
    await page.goto('/login');
    await page.locator('.methods button').nth(1).click();
    await page.locator('a.register-token').click();
    await page.waitForURL('**/register');
    await expect(currentStep(page)).resolves.toBe('credentials');
    await expect(page.locator('.duration').innerText()).resolves.toContain('5 минут');

    // A PIN of the wrong length is pointed out at once; a wrong one, by the bank, naming neither factor.
    await enterCredentials(page, 'ABC');
    await page.locator('#reg-pin[aria-invalid="true"]').waitFor();
    await enterCredentials(
      page,
      client.cardPin.replace(/^./, (first) => (first === 'A' ? 'B' : 'A')),
    );
    await page.locator('.wizard-error').waitFor();
    await screenshot(page, JOURNEY, '1-credentials-refused-kk-desktop');

    await enterCredentials(page);
    await page.locator('section[data-step="token"] .token').first().waitFor();
    await expect(page.locator('.token-name').allInnerTexts()).resolves.toEqual(['KAZTOKEN - ?']);
    await screenshot(page, JOURNEY, '2-token-kk-desktop');

    await page.locator('button.register-this-token').click();
    await page.locator('section[data-step="password"]').waitFor();
    await screenshot(page, JOURNEY, '3-password-kk-desktop');

    // The agent's own window takes the new password; the bank's page never sees it.
    await inAgentPopup(
      page,
      'button.set-password',
      async (popup) => {
        await popup.locator('input[name="newPin"]').fill(TOKEN_PASSWORD);
        await popup.locator('input[name="newPinRepeat"]').fill(TOKEN_PASSWORD);
      },
      '4-agent-new-password-popup-kk',
    );
    await page.locator('section[data-step="keys"]').waitFor();
    await screenshot(page, JOURNEY, '5-keys-kk-desktop');

    // The connection drops: the key was only in memory, the credentials continue at the keys.
    await page.reload();
    await page.locator('select.language-select').first().selectOption('ru');
    await expect(currentStep(page)).resolves.toBe('credentials');
    await enterCredentials(page);
    await page.locator('section[data-step="keys"]').waitFor();
    await page.locator('.wizard-notice').waitFor();
    await screenshot(page, JOURNEY, '6-resumed-at-keys-ru-desktop');

    await inAgentPopup(page, 'button.make-keys', (popup) =>
      popup.locator('input[name="pin"]').fill(TOKEN_PASSWORD),
    );
    const issuing = page.locator('section[data-step="issuing"]');
    const done = page.locator('section[data-step="done"]');
    await issuing.or(done).first().waitFor({ timeout: 60_000 });
    if (await issuing.isVisible()) await screenshot(page, JOURNEY, '7-issuing-ru-desktop');
    await done.waitFor({ timeout: 300_000 });
    await expect(page.locator('section[data-step="done"] dd').allInnerTexts()).resolves.toContain(
      client.fullName,
    );
    await screenshot(page, JOURNEY, '8-done-ru-desktop');

    await page.locator('a.login-with-eds').click();
    await page.waitForURL('**/login?method=standard');
    await page.locator('button.eds-login').waitFor();
  });

  it('then logs in with EDS on the new token and lands signed in', async () => {
    const page = await clientBrowser('desktop', 'en-GB');
    await page.goto('/login?method=standard');
    await inAgentPopup(page, 'button.eds-login', (popup) =>
      popup.locator('input[name="pin"]').fill(TOKEN_PASSWORD),
    );
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.locator('h1').first().waitFor();
    await expect(page.locator('qb-user-menu').innerText()).resolves.toContain(client.fullName);
    await screenshot(page, JOURNEY, '9-signed-in-with-eds-en-desktop');
  });
});
