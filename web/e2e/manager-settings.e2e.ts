import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, openContext, screenshot } from './support/browser.js';
import { DEMO_ORGANIZATION, demoUser } from './support/demo.js';
import { onBothScreens } from './support/screens.js';
import { changeStatusShown, loginStaff, openChangeId, staffApiCall } from './support/staff.js';

const JOURNEY = 'manager-settings';
const SETTINGS = '/manager/settings/change-checking';
const HOUR_MS = 3_600_000;

interface CheckingSettings {
  expiryHours: number;
  exemptTypes: string[];
  exemptibleTypes: string[];
}

async function settingsOf(page: Page): Promise<CheckingSettings> {
  const answer = await staffApiCall(page, 'GET', SETTINGS);
  expect(answer.status).toBe(200);
  return answer.body as unknown as CheckingSettings;
}

async function openSettingsFromMenu(page: Page): Promise<void> {
  await page.locator('nav.side-nav a[href="/staff/settings"]').click();
  await page.waitForURL('**/staff/settings');
  await page.locator('.exemptions li').first().waitFor();
}

describe('the bank’s checking rules, set by a senior manager, and a maker’s correction of their own request', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let senior: Page;
  let maker: Page;
  /** The rules before the journey: the run shares one platform, so they are put back at the end. */
  let original: CheckingSettings | undefined;
  let restored = false;
  let requestId: string | undefined;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    // Whatever failed on the way, the next journeys find the rules and the demo user as they were.
    if (original && !restored && senior)
      await staffApiCall(senior, 'PUT', SETTINGS, {
        expiryHours: original.expiryHours,
        exemptTypes: original.exemptTypes,
      });
    if (requestId && maker)
      await staffApiCall(maker, 'POST', `/manager/change-requests/${requestId}/withdrawal`);
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
  });

  async function desktopPage(): Promise<Page> {
    const context = await openContext(browser, 'desktop');
    contexts.push(context);
    return context.newPage();
  }

  it('a senior manager exempts the temporary password and sets the waiting time; a forged type is refused at the list', async () => {
    senior = await desktopPage();
    await loginStaff(senior, 'demo.senior');
    original = await settingsOf(senior);
    expect(original.exemptTypes).not.toContain('SEND_TEMPORARY_PASSWORD');
    await openSettingsFromMenu(senior);
    // Every type the API lets the bank exempt, however many: the page lists what it is told.
    await expect(senior.locator('.exemptions li').count()).resolves.toBe(original.exemptibleTypes.length);
    await onBothScreens(senior, JOURNEY, '1-settings-senior');

    // Hours are checked before sending.
    await senior.locator('#expiry-hours').fill('721');
    await senior.locator('button.save').click();
    await senior.locator('#expiry-hours-message.field-error').waitFor();
    await expect(senior.locator('#expiry-hours').getAttribute('aria-invalid')).resolves.toBe('true');

    // A type that is always checked, slipped into the request by hand: the server names it, the page shows it at the list.
    await senior.route(`**/api${SETTINGS}`, async (route) => {
      const body = route.request().postDataJSON() as { exemptTypes: string[] };
      await route.continue({
        postData: JSON.stringify({ ...body, exemptTypes: [...body.exemptTypes, 'CHANGE_USER_ACCESS'] }),
      });
    });
    await senior.locator('#expiry-hours').fill('48');
    await senior.locator('#exempt-SEND_TEMPORARY_PASSWORD').check();
    await senior.locator('button.save').click();
    await senior.locator('.exemptions .field-error').waitFor();
    await expect(senior.locator('.exemptions .field-error').innerText()).resolves.toContain(
      'всегда проверяет второй менеджер',
    );
    await screenshot(senior, JOURNEY, '2-forged-type-refused-ru');
    await senior.unroute(`**/api${SETTINGS}`);
    await expect(settingsOf(senior)).resolves.toEqual(original);

    await senior.locator('button.save').click();
    await senior.locator('[role="status"]').waitFor();
    await senior.reload();
    await senior.locator('.exemptions li').first().waitFor();
    await expect(senior.locator('#expiry-hours').inputValue()).resolves.toBe('48');
    await expect(senior.locator('#exempt-SEND_TEMPORARY_PASSWORD').isChecked()).resolves.toBe(true);
    await expect(settingsOf(senior)).resolves.toMatchObject({
      expiryHours: 48,
      exemptTypes: expect.arrayContaining(['SEND_TEMPORARY_PASSWORD', ...original.exemptTypes]),
    });
  });

  it('a manager reads the rules but may not change them: the page says why, and the server refuses', async () => {
    maker = await desktopPage();
    await loginStaff(maker, 'demo.manager');
    await openSettingsFromMenu(maker);
    await expect(maker.locator('.read-only').innerText()).resolves.toContain('только старший менеджер');
    await expect(maker.locator('main input, main button, main select').count()).resolves.toBe(0);
    await expect(maker.locator('.expiry-hours').innerText()).resolves.toBe('48 ч');
    await expect(
      maker.locator('li[data-type="SEND_TEMPORARY_PASSWORD"] .badge').getAttribute('data-exempt'),
    ).resolves.toBe('true');
    const forced = await staffApiCall(maker, 'PUT', SETTINGS, { expiryHours: 1, exemptTypes: [] });
    expect(forced).toMatchObject({ status: 403, body: { code: 'AUTH_FORBIDDEN_FOR_ROLE' } });
    await onBothScreens(maker, JOURNEY, '3-settings-read-only');
  });

  it('a manager corrects their own pending request; the checker sees the new difference to check', async () => {
    const user = demoUser.none;
    await maker.goto('/staff/clients');
    await maker.locator('#client-search').fill(DEMO_ORGANIZATION.binIin);
    await maker.locator('form.search button').click();
    await maker.locator(`tr[data-client="${DEMO_ORGANIZATION.binIin}"] a`).click();
    const article = maker.locator(`article[data-user="${user.fullName}"]`);
    await article.locator('.user-actions button').first().click();
    await article.locator('.access-editor select').selectOption('FIRST');
    await article.locator('.access-editor button.primary').click();
    await maker.locator('.outcome a').click();
    await maker.waitForURL(/\/staff\/changes\/[0-9a-f-]{36}$/);
    requestId = openChangeId(maker);
    await changeStatusShown(maker, /Ожидает проверки/);
    // Submitted under the new rules: it waits 48 hours for its checker.
    const submitted = await staffApiCall(maker, 'GET', `/manager/change-requests/${requestId}`);
    const { submittedAt, expiresAt } = submitted.body as { submittedAt: string; expiresAt: string };
    expect(Math.round((Date.parse(expiresAt) - Date.parse(submittedAt)) / HOUR_MS)).toBe(48);

    await maker.locator('button.amend').click();
    await maker.locator('form.amend #amend-signatureRight').waitFor();
    await expect(maker.locator('#amend-signatureRight').inputValue()).resolves.toBe('FIRST');
    await onBothScreens(maker, JOURNEY, '4-correction-form');
    await maker.locator('#amend-signatureRight').selectOption('SECOND');
    await maker.locator('#amend-channels input').nth(2).check();
    await maker.locator('button.save-amendment').click();
    await maker.locator('dd.revision').waitFor();
    await expect(maker.locator('dd.revision').innerText()).resolves.toBe('2');
    await expect(maker.locator('[role="status"]').innerText()).resolves.toContain('редакция 2');
    await expect(maker.locator('tr[data-field="signatureRight"] .after').innerText()).resolves.toBe(
      'Вторая подпись',
    );
    await expect(maker.locator('tr[data-field="channels"] .after').innerText()).resolves.toContain('Mobile');
    await onBothScreens(maker, JOURNEY, '5-corrected');

    const checker = await desktopPage();
    await loginStaff(checker, 'demo.checker');
    await checker.goto('/staff/changes');
    await checker.locator(`[data-group="toCheck"] tr[data-change="${requestId}"] a`).click();
    await checker.waitForURL(`**/staff/changes/${requestId}`);
    await expect(checker.locator('tr[data-field="signatureRight"] .after').innerText()).resolves.toBe(
      'Вторая подпись',
    );
    const channels = await checker.locator('tr[data-field="channels"] .after').innerText();
    expect(channels.split(', ').sort()).toEqual(['Light', 'Mobile', 'Стандарт']);
    await expect(checker.locator('.timeline').innerText()).resolves.toContain('Исправлено автором');
    await expect(checker.locator('button.amend').count()).resolves.toBe(0);
    await onBothScreens(checker, JOURNEY, '6-checker-sees-correction');

    // The journey changes no demo user: the checker rejects it.
    await checker.locator('button.reject').click();
    await checker.locator('#reject-reason').fill('Проверка сценария: клиент ничего не просил');
    await checker.locator('button.confirm-reject').click();
    await changeStatusShown(checker, /Отклонено/);
    requestId = undefined;
  });

  it('the senior manager puts the rules back as they were', async () => {
    await senior.goto('/staff/settings');
    await senior.locator('.exemptions li').first().waitFor();
    await senior.locator('#expiry-hours').fill(String(original!.expiryHours));
    for (const type of original!.exemptibleTypes)
      await senior.locator(`#exempt-${type}`).setChecked(original!.exemptTypes.includes(type));
    await senior.locator('button.save').click();
    await senior.locator('[role="status"]').waitFor();
    await expect(settingsOf(senior)).resolves.toEqual(original);
    restored = true;
  });
});
