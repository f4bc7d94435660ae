import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, openContext } from './support/browser.js';
import { uniqueNumber } from './support/demo.js';
import { opsCall, paymentAwaitingSignatures, reloadUntil } from './support/operations.js';
import { onBothScreens } from './support/screens.js';
import { loginStaff } from './support/staff.js';

const JOURNEY = 'operations-requests';
const REASON = 'Клиент позвонил и попросил отменить платёж';

describe('operators’ four eyes: one asks to cancel a payment awaiting signatures, a second approves it, the payment is cancelled', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let maker: Page;
  let checker: Page;
  let paymentId: string;
  let requestId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
  });

  async function desktopContext(): Promise<BrowserContext> {
    const context = await openContext(browser, 'desktop');
    contexts.push(context);
    return context;
  }

  it('an operator asks, with a reason, to cancel a payment waiting for its signers', async () => {
    maker = await (await desktopContext()).newPage();
    await loginStaff(maker, 'demo.operator');
    paymentId = await paymentAwaitingSignatures(await desktopContext(), maker, uniqueNumber('OPC'));

    await maker.goto(`/staff/operations/processes/${paymentId}`);
    await maker.locator('.page-header [data-status="AWAITING_SIGNATURES"]').waitFor();
    await maker.locator('button.cancel-process').click();
    // No reason, no request.
    await maker.locator('button.confirm-action').click();
    await maker.locator('#action-reason-message.field-error').waitFor();
    await maker.locator('#action-reason').fill(REASON);
    await onBothScreens(maker, JOURNEY, '1-1-cancel-asked');
    await maker.locator('button.confirm-action').click();

    const link = maker.locator('.requested a');
    await link.waitFor();
    requestId = (await link.getAttribute('href'))!.split('/').pop()!;
    await onBothScreens(maker, JOURNEY, '1-2-cancel-requested');

    // The same request twice is refused, in words.
    await maker.locator('button.cancel-process').click();
    await maker.locator('#action-reason').fill(REASON);
    await maker.locator('button.confirm-action').click();
    await expect(maker.locator('.actions [role="alert"]').innerText()).resolves.toBe(
      'Такой же запрос по этому процессу уже ждёт проверки.',
    );
  });

  it('its maker sees it waiting for another operator and cannot approve it', async () => {
    await maker.goto(`/staff/operations/requests/${requestId}`);
    await maker.locator('.own').waitFor();
    await expect(maker.locator('button.approve').isDisabled()).resolves.toBe(true);
    await expect(maker.locator('dd.given-reason').innerText()).resolves.toBe(REASON);
    await expect(
      maker.locator('tr[data-field="status"] .before [data-status]').getAttribute('data-status'),
    ).resolves.toBe('AWAITING_SIGNATURES');
    await onBothScreens(maker, JOURNEY, '2-own-request');

    const { body: request } = await opsCall<{ reviewToken: string }>(
      maker,
      'GET',
      `/ops/requests/${requestId}`,
    );
    const forced = await opsCall(maker, 'POST', `/ops/requests/${requestId}/approval`, {
      reviewToken: request.reviewToken,
    });
    expect(forced).toMatchObject({ status: 403, body: { code: 'CHANGE_REQUEST_OWN' } });
  });

  it('a second operator finds it among the requests to check and approves it: the payment is cancelled', async () => {
    checker = await (await desktopContext()).newPage();
    await loginStaff(checker, 'demo.operator2');
    await checker.locator('nav.side-nav a[href="/staff/operations/requests"]').click();
    await checker.waitForURL('**/staff/operations/requests');
    const row = checker.locator(`[data-group="toCheck"] tr[data-request="${requestId}"]`);
    await row.waitFor();
    await onBothScreens(checker, JOURNEY, '3-requests-to-check');

    await row.locator('a').click();
    await checker.waitForURL(`**/staff/operations/requests/${requestId}`);
    await checker.locator('tr[data-field="status"] .after [data-status="CANCELLED"]').waitFor();
    await onBothScreens(checker, JOURNEY, '4-request-to-check');
    await checker.locator('button.approve').click();
    await checker.locator('.notice[role="status"]').waitFor();
    await reloadUntil(checker, '.page-header [data-tone="good"]');
    await expect(checker.locator('dd.checker').innerText()).resolves.not.toBe('');
    await onBothScreens(checker, JOURNEY, '5-request-applied');

    await checker.locator('dd.process a').click();
    await checker.waitForURL(`**/staff/operations/processes/${paymentId}`);
    await reloadUntil(checker, '.page-header [data-status="CANCELLED"]');
    await expect(checker.locator('.actions').count()).resolves.toBe(0);
    await onBothScreens(checker, JOURNEY, '6-payment-cancelled');

    // The maker finds it decided in the list.
    await maker.goto('/staff/operations/requests');
    await maker.locator(`[data-group="decided"] tr[data-request="${requestId}"]`).waitFor();
  });
});
