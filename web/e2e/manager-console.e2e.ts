import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { DemoUser } from '@qoltanba/backend/demo/demo-data';
import { approveWithOtp } from './support/applications.js';
import { VIEWPORTS, apiCallsOf, launchBrowser, openContext, screenshot } from './support/browser.js';
import { createPaymentOverApi, forcedApiCall } from './support/client.js';
import { DEMO_ORGANIZATION, uniqueNumber } from './support/demo.js';
import { latestSmsTo, temporaryPasswordIn } from './support/phone.js';
import { onboardStandardClient } from './support/registration.js';
import { layoutProblems, onBothScreens, switchTo } from './support/screens.js';
import {
  changeStatusShown,
  loginStaff,
  openChangeId,
  uniqueBin,
  uniqueIin,
  uniqueOurIban,
  uniquePhone,
} from './support/staff.js';

const JOURNEY = 'manager-console';
/** The reissue reason the client page offers first, as it reads in Russian. */
const REISSUE_REASON_RU = 'Забыт пароль токена';

/** The new client's signers, as the onboarding sends them. */
const SIGNERS = [
  { fullName: 'Дина Бірінші', iin: uniqueIin(), phone: uniquePhone(), right: 'FIRST' },
  { fullName: 'Ержан Екінші', iin: uniqueIin(), phone: uniquePhone(), right: 'SECOND' },
] as const;

describe('the manager console: clients onboarded and changed by one manager, checked by another', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let maker: Page;
  let checker: Page;
  let onboardingId: string;
  const bin = uniqueBin();
  const iban = uniqueOurIban();
  /** The new signers as the journeys' OTP helpers know people: their token secrets from the envelopes. */
  const signers: DemoUser[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
  });

  async function desktopPage(): Promise<Page> {
    const context = await openContext(browser, 'desktop');
    contexts.push(context);
    return context.newPage();
  }

  it('a manager logs in with their role in view, finds the demo client by BIN and reads it whole', async () => {
    maker = await desktopPage();
    await maker.goto('/staff/login');
    await onBothScreens(maker, JOURNEY, '0-staff-login');
    await loginStaff(maker, 'demo.manager');
    await expect(maker.locator('[data-role]').innerText()).resolves.toBe('Менеджер');
    // Client pages are not a manager's: the staff area is where they land.
    await maker.goto('/documents');
    await maker.waitForURL('**/staff/clients');
    await maker.locator('#client-search').fill(DEMO_ORGANIZATION.binIin);
    await maker.locator('form.search button').click();
    await maker.locator(`tr[data-client="${DEMO_ORGANIZATION.binIin}"]`).waitFor();
    await onBothScreens(maker, JOURNEY, '1-0-clients-found');
    await maker.locator(`tr[data-client="${DEMO_ORGANIZATION.binIin}"] a`).click();
    await maker.locator('article.user').first().waitFor();
    await expect(maker.locator('article.user').count()).resolves.toBeGreaterThan(3);
    await onBothScreens(maker, JOURNEY, '1-demo-client');
  });

  it('a manager onboards a client with FIRST and SECOND signers: a foreign IBAN is refused at its field, and their own approval is refused', async () => {
    await maker.goto('/staff/clients/new');
    await maker.locator('#organization-name').fill('ТОО "Жаңа Клиент"');
    await maker.locator('#organization-binIin').fill(bin);
    await maker.locator('#organization-address').fill('Алматы, Абай даңғылы, 10');
    await onBothScreens(maker, JOURNEY, '2-1-onboarding-organization');
    await maker.locator('button.next').click();
    await maker.locator('#accounts-0-iban').fill('KZ86125KZT5004100100');
    await maker.locator('#accounts-0-title').fill('Текущий счёт');
    await maker.locator('button.next').click();
    for (const [index, signer] of SIGNERS.entries()) {
      if (index > 0) await maker.locator('button.add-user').click();
      const user = maker.locator(`fieldset[data-user-index="${index}"]`);
      await user.locator(`#users-${index}-fullName`).fill(signer.fullName);
      await user.locator(`#users-${index}-iin`).fill(signer.iin);
      await user.locator(`#users-${index}-phone`).fill(signer.phone);
      await user.locator(`#users-${index}-signatureRight`).selectOption(signer.right);
      await user.locator(`#users-${index}-otpDevice`).selectOption('TOKEN');
      // Light and Mobile: Standard off, Mobile on.
      const channels = user.locator(`#users-${index}-channels input`);
      await channels.nth(0).uncheck();
      await channels.nth(2).check();
    }
    await onBothScreens(maker, JOURNEY, '2-2-onboarding-users');
    await maker.locator('button.next').click();
    await maker.locator('section.review').waitFor();
    await onBothScreens(maker, JOURNEY, '2-3-onboarding-review');
    await maker.locator('button.submit').click();
    // The bank refuses an account at another bank: back on the accounts step, at the field.
    const ibanError = maker.locator('#accounts-0-iban-message.field-error');
    await ibanError.waitFor();
    await expect(maker.locator('#accounts-0-iban').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(maker.locator('[role="alert"]').first().innerText()).resolves.toContain('в этом банке');
    await onBothScreens(maker, JOURNEY, '2-4-onboarding-foreign-iban');
    await maker.locator('#accounts-0-iban').fill(iban);
    await maker.locator('button.next').click();
    await maker.locator('button.next').click();
    await maker.locator('button.submit').click();
    await maker.waitForURL(/\/staff\/changes\/[0-9a-f-]{36}$/);
    onboardingId = openChangeId(maker);
    await changeStatusShown(maker, /Ожидает проверки/);

    // The maker's own approval: the page says why it is not theirs to give, and the server refuses it.
    await maker.locator('.own').waitFor();
    await expect(maker.locator('button.approve').isDisabled()).resolves.toBe(true);
    const own = await forcedApiCall(maker, 'POST', `/manager/change-requests/${onboardingId}/approval`, {
      reviewToken: 'f'.repeat(64),
    });
    expect(own).toMatchObject({ status: 403, body: { code: 'CHANGE_REQUEST_OWN' } });
    await onBothScreens(maker, JOURNEY, '2-5-own-request');

    // The maker logs out: back at the staff log-in, told so, and the staff pages are closed again.
    await maker.locator('button.logout').click();
    await maker.waitForURL('**/staff/login?reason=logged-out');
    await maker.locator('[role="status"]').waitFor();
    await screenshot(maker, JOURNEY, '2-6-logged-out-ru');
    await maker.goto(`/staff/changes/${onboardingId}`);
    await maker.waitForURL('**/staff/login?returnUrl=*');
  });

  it('a second manager sees the exact difference and approves it; the maker prints each envelope once', async () => {
    checker = await desktopPage();
    await loginStaff(checker, 'demo.checker');
    await checker.goto('/staff/changes');
    const toCheck = checker.locator(`[data-group="toCheck"] tr[data-change="${onboardingId}"] a`);
    await toCheck.waitFor();
    await onBothScreens(checker, JOURNEY, '3-0-changes-to-check');
    await toCheck.click();
    await checker.waitForURL(`**/staff/changes/${onboardingId}`);
    await expect(checker.locator('tr[data-field="organization.binIin"] .after').innerText()).resolves.toBe(
      bin,
    );
    await expect(checker.locator('tr[data-field="users.1.signatureRight"] .after').innerText()).resolves.toBe(
      'Вторая подпись',
    );
    await onBothScreens(checker, JOURNEY, '3-1-checker-sees-difference');
    await checker.locator('button.approve').click();
    await changeStatusShown(checker, /Применено/);

    // The maker logs in again and finds their request applied.
    await loginStaff(maker, 'demo.manager');
    await maker.goto(`/staff/changes/${onboardingId}`);
    await changeStatusShown(maker, /Применено/);
    for (const [index, signer] of SIGNERS.entries()) {
      const envelope = maker.locator(`li[data-envelope="user-${index}"]`);
      await envelope.locator('button').nth(1).click();
      const handover = maker.locator(`[data-handover="user-${index}"]`);
      await handover.locator('[data-token-secret]').waitFor();
      const secret = await handover.locator('[data-token-secret]').innerText();
      signers.push({
        id: '',
        fullName: signer.fullName,
        iin: signer.iin,
        right: signer.right,
        channels: ['LIGHT', 'MOBILE'],
        phone: signer.phone,
        otp: { kind: 'TOKEN', id: '', serial: '', secret },
      });
      if (index === 0) await onBothScreens(maker, JOURNEY, '3-2-envelope-opened');
      // Opened once: it is gone from the list.
      await maker.locator(`li[data-envelope="user-${index}"]`).waitFor({ state: 'detached' });
    }
  });

  it('the new signers get temporary passwords (each checked), log in and sign a payment in sequence', async () => {
    // The maker asks for both passwords from the new client's page; the checker approves each.
    await maker.goto('/staff/clients');
    await maker.locator('#client-search').fill(bin);
    await maker.locator('form.search button').click();
    await maker.locator(`tr[data-client="${bin}"] a`).click();
    // Light and Mobile only: the monthly fee is 200 KZT.
    await expect(maker.locator('section.tariff').innerText()).resolves.toMatch(/200,00\s₸/);
    const requests: string[] = [];
    for (const signer of SIGNERS) {
      const user = maker.locator(`article[data-user="${signer.fullName}"]`);
      await user.locator('.user-actions button').nth(2).click();
      // The page says so for this request: the link to it, not the one the previous request left.
      const link = await maker.waitForFunction((earlier) => {
        const href = document.querySelector('.outcome a')?.getAttribute('href');
        return href && !earlier.some((id) => href.endsWith(id)) ? href : false;
      }, requests);
      requests.push(/changes\/([0-9a-f-]{36})/.exec(String(await link.jsonValue()))![1]!);
    }
    await screenshot(maker, JOURNEY, '4-1-new-client-ru');
    for (const id of requests) {
      await checker.goto(`/staff/changes/${id}`);
      await checker.locator('button.approve').click();
      await changeStatusShown(checker, /Применено/);
    }

    const pages: Page[] = [];
    for (const signer of signers) {
      const page = await desktopPage();
      const temporary = temporaryPasswordIn(await latestSmsTo(signer.phone));
      await page.goto('/login');
      await page.locator('.methods button').first().click();
      await page.locator('#login-phone').fill(signer.phone);
      await page.locator('#login-bin').fill(bin);
      await page.locator('#login-password').fill(temporary);
      await page.locator('form button.submit').click();
      await page.waitForURL('**/password');
      const password = `Nw${String(Date.now()).slice(-6)}a`;
      await page.locator('input[type="password"]').nth(0).fill(temporary);
      await page.locator('input[type="password"]').nth(1).fill(password);
      await page.locator('input[type="password"]').nth(2).fill(password);
      await page.locator('form button[type="submit"]').click();
      await page.waitForURL((url) => !url.pathname.startsWith('/password'));
      pages.push(page);
    }
    const [first, second] = pages as [Page, Page];
    const id = await createPaymentOverApi(
      first,
      { number: uniqueNumber('MC'), amount: '1500.00', purpose: 'Payment for services under contract 12' },
      { submit: true },
    );
    await first.goto(`/documents/${id}`);
    await approveWithOtp(first, signers[0]!);
    await first.locator('.signature').first().waitFor();
    await second.goto(`/documents/${id}`);
    await approveWithOtp(second, signers[1]!);
    // Both OTP signatures: approved, waiting for an EDS from the Standard channel to reach the bank.
    await second.locator('.page-header [data-status="SIGNED"]').waitFor();
    await expect(second.locator('.signature').count()).resolves.toBe(2);
    await screenshot(second, JOURNEY, '4-2-payment-signed-in-sequence-ru');
  });

  it('a user blocked and unblocked, each change checked by the second manager', async () => {
    await maker.goto('/staff/clients');
    await maker.locator('#client-search').fill(bin);
    await maker.locator('form.search button').click();
    await maker.locator(`tr[data-client="${bin}"] a`).click();
    const user = () => maker.locator(`article[data-user="${SIGNERS[1].fullName}"]`);
    for (const status of ['Заблокирован', 'Активен']) {
      await user().locator('.user-actions button').nth(1).click();
      await maker.locator('.outcome a').click();
      await maker.waitForURL(/\/staff\/changes\/[0-9a-f-]{36}$/);
      const id = openChangeId(maker);
      await checker.goto(`/staff/changes/${id}`);
      await expect(checker.locator('tr[data-field="status"] .after').innerText()).resolves.toBe(status);
      await checker.locator('button.approve').click();
      await changeStatusShown(checker, /Применено/);
      await maker.goBack();
      await maker.reload();
      await expect(user().locator('.badge').first().innerText()).resolves.toBe(status);
    }
    await onBothScreens(maker, JOURNEY, '5-client-after-block-and-unblock');
  });

  it('a Standard user’s PIN envelope with a new card and a token reissue, each checked: the envelope prints once as PDF', async () => {
    const standard = await onboardStandardClient('Нұрлан Стандартов');
    await maker.goto(`/staff/clients/${DEMO_ORGANIZATION.id}`);
    const user = () => maker.locator(`article[data-user="${standard.fullName}"]`);
    /** The maker sends one of the user's actions; the checker approves it as shown. */
    const checked = async (send: () => Promise<void>, field: string, after: RegExp): Promise<void> => {
      await send();
      await maker.locator('.outcome a').click();
      await maker.waitForURL(/\/staff\/changes\/[0-9a-f-]{36}$/);
      const id = openChangeId(maker);
      await checker.goto(`/staff/changes/${id}`);
      await expect(checker.locator(`tr[data-field="${field}"] .after`).innerText()).resolves.toMatch(after);
      await checker.locator('button.approve').click();
      await changeStatusShown(checker, /Применено/);
    };

    await checked(
      () => user().getByRole('button', { name: 'PIN-конверт с новой картой' }).click(),
      'otpDevice (new)',
      /OTP-карта|Карта/,
    );
    await onBothScreens(checker, JOURNEY, '6-1-checker-sees-new-card');
    await maker.reload();
    await changeStatusShown(maker, /Применено/);
    const download = maker.waitForEvent('download');
    await maker.locator('li[data-envelope="envelope"] button').first().click();
    const pdf = await readFile(await (await download).path());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await maker.locator('li[data-envelope="envelope"]').waitFor({ state: 'detached' });
    await onBothScreens(maker, JOURNEY, '6-2-envelope-printed');

    await maker.goto(`/staff/clients/${DEMO_ORGANIZATION.id}`);
    await checked(
      () => user().getByRole('button', { name: 'Начать перевыпуск токена' }).click(),
      'tokenReissue',
      /./,
    );
    await maker.goto(`/staff/clients/${DEMO_ORGANIZATION.id}`);
    await expect(user().locator('.reissues li').first().innerText()).resolves.toContain(REISSUE_REASON_RU);
  });

  it('an operator logs in to the operations console, never the managers’ pages', async () => {
    const operator = await desktopPage();
    const apiCalls = apiCallsOf(operator);
    // The page's clock, to reach the end of the staff idle limit without waiting for it.
    await operator.clock.install();
    await loginStaff(operator, 'demo.operator');
    await operator.waitForURL('**/staff/operations');
    await expect(operator.locator('[data-role]').innerText()).resolves.toBe('Оператор');
    await operator.goto('/staff/clients');
    await operator.waitForURL('**/staff/operations');
    await operator.goto('/documents');
    await operator.waitForURL('**/staff/operations');
    await onBothScreens(operator, JOURNEY, '7-operator-home');

    // A minute before the staff idle limit (15 minutes) the shell warns, counting down; staying keeps the session.
    // Choosing a language is activity (the server hears of it), so each language waits its own 14 minutes.
    const warning = operator.locator('.idle-warning');
    for (const [index, language] of ['kk', 'ru', 'en', 'ru'].entries()) {
      // After a jump, the switch's clicks are the first activity in 14 minutes: wait for the probe
      // they send, or its answer would restart the clock after the next jump.
      const probe =
        index > 0 && operator.waitForResponse((response) => response.url().endsWith('/api/auth/session'));
      await switchTo(operator, language);
      await probe;
      await apiCalls.settled();
      await operator.clock.fastForward('14:05');
      await operator.locator('.idle-warning', { hasText: /0:5\d/ }).waitFor();
      await screenshot(operator, JOURNEY, `8-idle-warning-${language}`);
      // On a phone too: the staff shell only narrows, so the resize asks the server nothing and
      // the countdown goes on.
      const own = operator.viewportSize()!;
      await operator.setViewportSize(VIEWPORTS.mobile);
      await expect(layoutProblems(operator)).resolves.toEqual([]);
      await expect(warning.locator('button.stay').isVisible()).resolves.toBe(true);
      await screenshot(operator, JOURNEY, `8-idle-warning-${language}-phone`);
      await operator.setViewportSize(own);
    }
    await warning.locator('button.stay').click();
    await warning.waitFor({ state: 'detached' });
    await expect(operator.locator('[data-role]').innerText()).resolves.toBe('Оператор');
  });
});
