import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, openContext, screenshot } from './support/browser.js';
import {
  type NewStandardClient,
  type OwnAgent,
  checkedByDemoManagers,
  certificatesOf,
  onboardStandardClient,
  registerTokenOverApi,
  startOwnAgent,
} from './support/registration.js';

const JOURNEY = 'token-reissue';
/** Domain §11: the administrator password a KAZTOKEN comes with. */
const ADMIN_PASSWORD = '87654321';
/** The token passwords the client chooses, one after another: 8+ Latin letters and digits, no runs. */
const REGISTERED_PASSWORD = 'Qaz7Tok9Reg';
const REISSUED_PASSWORD = 'Nur4Kor8Bek';
const CHANGED_PASSWORD = 'Tau5Zhol2Ai';
const UNBLOCKED_PASSWORD = 'Kun6Aspan3Q';

describe('a Standard client who forgot the token password reissues the token, then manages its password', () => {
  let browser: Browser;
  let agent: OwnAgent;
  let client: NewStandardClient;
  /** The certificates of the first registration, made before the journey starts. */
  let firstSerials: string[];
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [browser, agent, client] = await Promise.all([
      launchBrowser(),
      startOwnAgent(),
      onboardStandardClient('Ерлан Сәрсенов'),
    ]);
    // Registered the fast way, over the API and the journey's agent, as the wizard does it.
    firstSerials = await registerTokenOverApi(client, agent, REGISTERED_PASSWORD);
  }, 300_000);
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
    await agent?.stop();
  });

  /** A browser of the client's, talking to the journey's agent (the one with their token). */
  async function clientBrowser(locale: string): Promise<Page> {
    const context = await openContext(browser, 'desktop', locale);
    contexts.push(context);
    await context.addInitScript((url) => localStorage.setItem('qoltanba.signerUrl', url), agent.url);
    return context.newPage();
  }

  async function currentStep(page: Page): Promise<string | null> {
    return page.locator('.wizard-steps [aria-current="step"]').getAttribute('data-step');
  }

  async function switchLanguage(page: Page, language: 'kk' | 'ru' | 'en'): Promise<void> {
    await page.locator('select.language-select').first().selectOption(language);
    await page.locator(`html[lang="${language}"]`).waitFor();
  }

  /** The agent's pop-up, opened by the page inside the click that starts the step on the token. */
  async function inAgentPopup(
    page: Page,
    click: string,
    fill: (popup: Page) => Promise<void>,
    shot?: string,
  ): Promise<void> {
    const popup = page.context().waitForEvent('page');
    await page.locator(click).click();
    const prompt = await popup;
    await prompt.locator('#pin-form').waitFor();
    await fill(prompt);
    if (shot) await screenshot(prompt, JOURNEY, shot);
    await prompt.locator('#pin-form button[type="submit"]').click();
  }

  async function newPassword(popup: Page, password: string): Promise<void> {
    await popup.locator('input[name="newPin"]').fill(password);
    await popup.locator('input[name="newPinRepeat"]').fill(password);
  }

  async function logInWithEds(page: Page, password: string): Promise<void> {
    await page.goto('/login?method=standard');
    await inAgentPopup(page, 'button.eds-login', (popup) =>
      popup.locator('input[name="pin"]').fill(password),
    );
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.locator('h1').first().waitFor();
    await expect(page.locator('qb-user-menu').innerText()).resolves.toContain(client.fullName);
  }

  it('reissues the token from the log-in page: revocation, formatting in the agent, a new registration', async () => {
    // Kazakh: the log-in page's Standard part leads to the reissue.
    const page = await clientBrowser('kk-KZ');
    await page.goto('/login');
    await page.locator('.methods button').nth(1).click();
    await screenshot(page, JOURNEY, '01-login-standard-kk-desktop');
    await page.locator('a.reissue-token').click();
    await page.waitForURL('**/reissue');
    await expect(currentStep(page)).resolves.toBe('credentials');

    // The reason is asked for before the bank is.
    await page.locator('#reg-user-id').fill(client.registrationLogin);
    await page.locator('#reg-pin').fill(client.cardPin);
    await page.locator('button.open-registration').click();
    await page.locator('.reason-missing').waitFor();
    await page.locator('input[name="reason"][value="PIN_FORGOTTEN"]').check();
    await screenshot(page, JOURNEY, '02-credentials-and-reason-kk-desktop');
    await page.locator('#reg-pin').fill(client.cardPin);
    await page.locator('button.open-registration').click();

    // One token, the one registered; choosing it has the bank revoke its certificates.
    await page.locator('section[data-step="token"] .token').first().waitFor();
    await expect(page.locator('.token').count()).resolves.toBe(1);
    await screenshot(page, JOURNEY, '03-token-kk-desktop');
    await page.locator('button.reissue-this-token').click();
    const revoking = page.locator('section[data-step="revoking"]');
    const format = page.locator('section[data-step="format"]');
    await revoking.or(format).first().waitFor();
    if (await revoking.isVisible()) await screenshot(page, JOURNEY, '04-revoking-kk-desktop');
    await format.waitFor({ timeout: 60_000 });
    await expect(page.locator('.revoked .serials').innerText()).resolves.toBe(firstSerials.join(', '));
    await screenshot(page, JOURNEY, '05-format-kk-desktop');

    // Russian from here: the agent's own window formats the token and takes the new password.
    await switchLanguage(page, 'ru');
    await expect(format.innerText()).resolves.toContain(ADMIN_PASSWORD);
    await screenshot(page, JOURNEY, '06-format-ru-desktop');
    await inAgentPopup(
      page,
      'button.format-token',
      async (popup) => {
        await popup.locator('input[name="soPin"]').fill(ADMIN_PASSWORD);
        await newPassword(popup, REISSUED_PASSWORD);
        await popup.locator('input[name="confirmation"]').check();
      },
      '07-agent-format-popup-ru',
    );

    // The registration goes on in the same page with the same key: the password is set already.
    const password = page.locator('section[data-step="password"]');
    await password.waitFor({ timeout: 60_000 });
    await expect(currentStep(page)).resolves.toBe('register');
    await expect(page.locator('.password-already-set').isVisible()).resolves.toBe(true);
    await screenshot(page, JOURNEY, '08-password-set-while-formatting-ru-desktop');
    await page.locator('button.continue-password').click();

    await page.locator('section[data-step="keys"]').waitFor();
    await screenshot(page, JOURNEY, '09-keys-ru-desktop');
    await inAgentPopup(page, 'button.make-keys', (popup) =>
      popup.locator('input[name="pin"]').fill(REISSUED_PASSWORD),
    );
    const issuing = page.locator('section[data-step="issuing"]');
    const done = page.locator('section[data-step="done"]');
    await issuing.or(done).first().waitFor({ timeout: 60_000 });
    if (await issuing.isVisible()) await screenshot(page, JOURNEY, '10-issuing-ru-desktop');
    await done.waitFor({ timeout: 300_000 });
    await expect(currentStep(page)).resolves.toBe('done');
    await page.locator('.reissued').waitFor();
    await screenshot(page, JOURNEY, '11-done-ru-desktop');

    // The bank's registry, as the manager sees it: the old pair revoked, a new pair active.
    const certificates = await certificatesOf(client.userId);
    const old = certificates.filter((certificate) => firstSerials.includes(certificate.serialNumber));
    const renewed = certificates.filter((certificate) => !firstSerials.includes(certificate.serialNumber));
    expect(old.map((certificate) => certificate.status)).toEqual(['REVOKED', 'REVOKED']);
    expect(renewed.map((certificate) => certificate.status)).toEqual(['ACTIVE', 'ACTIVE']);
    expect(renewed.map((certificate) => certificate.purpose).sort()).toEqual(['AUTHENTICATION', 'SIGNING']);

    // English: log-in with EDS works with the new certificate and the new password.
    const english = await clientBrowser('en-GB');
    await logInWithEds(english, REISSUED_PASSWORD);
    await screenshot(english, JOURNEY, '12-signed-in-after-reissue-en-desktop');
  }, 600_000);

  it('changes the token password in the agent pop-up, then unblocks it with the administrator password', async () => {
    const page = await clientBrowser('en-GB');
    await page.goto('/login');
    await page.locator('.methods button').nth(1).click();
    await page.locator('a.token-pin').click();
    await page.waitForURL('**/token');
    await page.locator('.token').first().waitFor();
    await screenshot(page, JOURNEY, '13-tokens-en-desktop');

    // The change is explained first; the pop-up closed with Cancel changes nothing, and says so.
    await page.locator('button.change-pin').click();
    await page.locator('section[data-step="change"]').waitFor();
    await screenshot(page, JOURNEY, '14-change-explained-en-desktop');
    const cancelled = page.context().waitForEvent('page');
    await page.locator('button.run-pin-action').click();
    const prompt = await cancelled;
    await prompt.locator('#cancel').click();
    await page.locator('.token-pin-error').waitFor();
    await expect(page.locator('.token-pin-error').innerText()).resolves.toContain('Nothing was changed');
    await screenshot(page, JOURNEY, '15-change-cancelled-en-desktop');

    await inAgentPopup(
      page,
      'button.run-pin-action',
      async (popup) => {
        await popup.locator('input[name="pin"]').fill(REISSUED_PASSWORD);
        await newPassword(popup, CHANGED_PASSWORD);
      },
      '16-agent-change-popup-en',
    );
    await page.locator('.pin-action-done').waitFor();
    await screenshot(page, JOURNEY, '17-changed-en-desktop');

    // Kazakh: the administrator password replaces the token password, whatever it was.
    await page.locator('button.back-to-tokens').first().click();
    await switchLanguage(page, 'kk');
    await page.locator('button.unblock-pin').click();
    await page.locator('section[data-step="unblock"]').waitFor();
    await expect(page.locator('section[data-step="unblock"]').innerText()).resolves.toContain(ADMIN_PASSWORD);
    await screenshot(page, JOURNEY, '18-unblock-explained-kk-desktop');
    await inAgentPopup(
      page,
      'button.run-pin-action',
      async (popup) => {
        await popup.locator('input[name="soPin"]').fill(ADMIN_PASSWORD);
        await newPassword(popup, UNBLOCKED_PASSWORD);
      },
      '19-agent-unblock-popup-kk',
    );
    await page.locator('.pin-action-done').waitFor();
    await screenshot(page, JOURNEY, '20-unblocked-kk-desktop');

    // Russian: EDS log-in with the password the administrator set proves it; signed in, the
    // profile leads to the same page.
    const russian = await clientBrowser('ru-RU');
    await logInWithEds(russian, UNBLOCKED_PASSWORD);
    await russian.goto('/profile');
    await russian.locator('a.token-pin-link').click();
    await russian.waitForURL('**/token');
    await russian.locator('.token').first().waitFor();
    await expect(russian.locator('.footer a').getAttribute('href')).resolves.toBe('/profile');
    await screenshot(russian, JOURNEY, '21-token-from-profile-ru-desktop');
  }, 300_000);

  it('sends a client whose manager started a reissue from the registration wizard to that reissue', async () => {
    await checkedByDemoManagers({ type: 'START_TOKEN_REISSUE', userId: client.userId, reason: 'EXPIRING' });

    const page = await clientBrowser('ru-RU');
    await page.goto('/register');
    await page.locator('#reg-user-id').fill(client.registrationLogin);
    await page.locator('#reg-pin').fill(client.cardPin);
    await page.locator('button.open-registration').click();
    await page.locator('a.continue-reissue').waitFor();
    await screenshot(page, JOURNEY, '22-registration-refused-reissue-first-ru-desktop');

    // The user ID comes along; the PIN is typed again. English from here.
    await page.locator('a.continue-reissue').click();
    await page.waitForURL('**/reissue');
    await switchLanguage(page, 'en');
    await expect(page.locator('#reg-user-id').inputValue()).resolves.toBe(client.registrationLogin);
    await page.locator('#reg-pin').fill(client.cardPin);
    await page.locator('input[name="reason"][value="EXPIRING"]').check();
    await page.locator('button.open-registration').click();
    await page.locator('section[data-step="token"]').waitFor();
    await expect(page.locator('.wizard-notice').innerText()).resolves.toContain('account manager');
    await screenshot(page, JOURNEY, '23-reissue-by-manager-en-desktop');

    // Given up before the token step: nothing was revoked.
    await page.locator('button.cancel-reissue').click();
    await screenshot(page, JOURNEY, '24-reissue-cancel-question-en-desktop');
    await page.locator('button.confirm-cancel').click();
    await page.locator('section[data-step="ended"]').waitFor();
    await screenshot(page, JOURNEY, '25-reissue-cancelled-en-desktop');
    const active = (await certificatesOf(client.userId)).filter(
      (certificate) => certificate.status === 'ACTIVE',
    );
    expect(active).toHaveLength(2);
  }, 180_000);
});
