import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { dayTextOf } from '../src/app/core/forms/day-text.js';
import { almatyDate } from '@qoltanba/workflows/domain';
import { E2E_STUCK_AFTER_SECONDS } from '@qoltanba/testing/e2e-platform';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, openContext, screenshot } from './support/browser.js';
import { uniqueNumber } from './support/demo.js';
import {
  bringBankBack,
  justAfterAFailedAttempt,
  opsCall,
  signedPayment,
  stuckOnSystem,
  takeBankDown,
  type StuckActivity,
} from './support/operations.js';
import { onBothScreens } from './support/screens.js';
import { loginStaff } from './support/staff.js';

const JOURNEY = 'operations-console';
const OUTAGE = 'core maintenance (e2e)';
const REASON = 'Банк снова доступен после обслуживания';

/**
 * How long a process waits on the system before it counts as stuck (the API's
 * OPS_STUCK_AFTER_SECONDS, which the end-to-end platform sets): the journey waits that long for its
 * payment to show, and its step's timeout allows for it.
 */
const STUCK_TIMEOUT_MS = (E2E_STUCK_AFTER_SECONDS + 150) * 1000;

describe('the operations console: a payment stuck on a failing bank is found, retried now and executed, all audited', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let operator: Page;
  let auditor: Page;
  let paymentId: string;
  const number = uniqueNumber('OPS');

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    // Always: the other journeys share the platform, and a bank left down would fail their payments.
    await bringBankBack();
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
  });

  async function desktopContext(): Promise<BrowserContext> {
    const context = await openContext(browser, 'desktop');
    contexts.push(context);
    return context;
  }

  it('an operator lands on the processes: counts by kind and status, every process listed', async () => {
    operator = await (await desktopContext()).newPage();
    await loginStaff(operator, 'demo.operator');
    await operator.waitForURL('**/staff/operations');
    await expect(operator.locator('[data-role]').innerText()).resolves.toBe('Оператор');
    // The desktop's menu is its own code, loaded as the frame is shown.
    await operator.locator('nav.side-nav').waitFor();
    await expect(operator.locator('nav.side-nav a').allInnerTexts()).resolves.toEqual([
      'Процессы',
      'Зависшие',
      'Запросы на проверку',
      'Журнал аудита',
      'Платформа',
    ]);
    await operator.locator('table.processes tbody tr').first().waitFor();
    await operator.locator('.kinds .kind').first().waitFor();
    await onBothScreens(operator, JOURNEY, '1-processes');
  });

  it(
    'with the bank down, a signed payment shows on the Stuck page with its attempts and the bank’s failure',
    async () => {
      await takeBankDown(operator, OUTAGE);
      paymentId = await signedPayment(await desktopContext(), number);

      // Found by its number among every process, waiting on the system.
      await operator.goto('/staff/operations');
      await operator.locator('#ops-search').fill(number);
      await operator.locator('form.filters button[type="submit"]').click();
      const row = operator.locator(`tr[data-process="${paymentId}"]`);
      await row.waitFor();
      await expect(row.locator('[data-awaiting]').getAttribute('data-awaiting')).resolves.toBe('SYSTEM');

      // Stuck once it waited past the threshold, its step failing again and again.
      let stuck: StuckActivity | undefined;
      for (const deadline = Date.now() + STUCK_TIMEOUT_MS - 60_000; !stuck;) {
        const found = (await stuckOnSystem(operator, paymentId))?.activities[0];
        if (found && found.attempt >= 2) stuck = found;
        else if (Date.now() > deadline) throw new Error(`${paymentId} never showed as stuck`);
        else await new Promise((resolve) => setTimeout(resolve, 2_000));
      }
      expect(stuck.lastFailure).toMatch(/bank is unavailable/);
      await operator.goto('/staff/operations/stuck');
      const entry = operator.locator(`[data-group="onSystem"] [data-process="${paymentId}"]`);
      await entry.waitFor();
      const step = entry.locator('tbody tr').first();
      await expect(step.locator('.failure').innerText()).resolves.toContain(OUTAGE);
      expect(
        Number(await step.locator('[data-attempt]').getAttribute('data-attempt')),
      ).toBeGreaterThanOrEqual(2);
      await expect(step.locator('.next').innerText()).resolves.not.toBe('—');
      await onBothScreens(operator, JOURNEY, '2-1-stuck');

      // An auditor reads the same stuck process, its failing step and history, with no way to act.
      auditor = await (await desktopContext()).newPage();
      await loginStaff(auditor, 'demo.auditor');
      await auditor.waitForURL('**/staff/operations');
      await expect(auditor.locator('[data-role]').innerText()).resolves.toBe('Аудитор');
      await auditor.goto(`/staff/operations/processes/${paymentId}`);
      await auditor.locator('.temporal tbody tr[data-activity]').first().waitFor();
      await expect(auditor.locator('[data-execution]').getAttribute('data-execution')).resolves.toBe(
        'RUNNING',
      );
      await expect(auditor.locator('button.retry-now').count()).resolves.toBe(0);
      await expect(auditor.locator('#retry-reason').count()).resolves.toBe(0);
      await screenshot(auditor, JOURNEY, '2-2-auditor-reads-stuck-process-ru');
    },
    STUCK_TIMEOUT_MS,
  );

  it('the bank back, the operator retries it now with a reason: executed, the action in its timeline', async () => {
    await operator.locator(`[data-group="onSystem"] [data-process="${paymentId}"] h3 a`).click();
    await operator.waitForURL(`**/staff/operations/processes/${paymentId}`);
    // Temporal writes a retried step's failures into its history only once it gives up: meanwhile
    // the pending step says how many attempts failed, and why.
    await operator.locator('.history tbody tr[data-kind="ACTIVITY_SCHEDULED"]').first().waitFor();
    const pending = operator.locator('.temporal tbody tr[data-activity]').first();
    await expect(pending.locator('.failure').innerText()).resolves.toContain(OUTAGE);
    await expect(operator.locator('a.temporal-ui').getAttribute('href')).resolves.toContain(
      `/workflows/document-${paymentId}`,
    );
    await onBothScreens(operator, JOURNEY, '3-1-process-failing');

    // No reason, no retry.
    await operator.locator('button.retry-now').click();
    await operator.locator('#retry-reason-message.field-error').waitFor();
    await operator.locator('#retry-reason').fill(REASON);
    // Right after a failed attempt, so the retry is the operator's, not Temporal's own next try.
    await justAfterAFailedAttempt(operator, paymentId, 6);
    await bringBankBack(operator);
    await operator.locator('button.retry-now').click();
    await operator.locator('.notice[role="status"]').waitFor();

    const executed = operator.locator('.page-header [data-status="EXECUTED"]');
    for (const deadline = Date.now() + 60_000; !(await executed.isVisible());) {
      if (Date.now() > deadline) throw new Error(`${paymentId} was not executed after the retry`);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await operator.locator('button.refresh').click();
    }
    const action = operator.locator('.timeline li[data-source="OPERATOR"][data-event="OPS_PROCESS_RETRY"]');
    await expect(action.locator('.reason').innerText()).resolves.toContain(REASON);
    await expect(action.locator('.operator').innerText()).resolves.toBe('Оператор');
    await operator.locator('.history tbody tr[data-kind="ACTIVITY_COMPLETED"]').first().waitFor();
    await onBothScreens(operator, JOURNEY, '3-2-process-executed');

    // Among every process, counted as an executed payment; its count filters the list to it.
    await operator.locator('nav.side-nav a[href="/staff/operations"]').click();
    const executedCount = operator.locator('[data-count="payment:EXECUTED"]');
    await executedCount.waitFor();
    await operator.locator(`tr[data-process="${paymentId}"]`).waitFor();
    await onBothScreens(operator, JOURNEY, '3-3-processes');
    await executedCount.click();
    await operator.waitForURL('**/staff/operations?type=payment&status=EXECUTED');
    await operator.locator(`tr[data-process="${paymentId}"] [data-status="EXECUTED"]`).waitFor();
  });

  it('the retry is in the audit log, filtered, and in its CSV', async () => {
    await operator.locator('nav.side-nav a[href="/staff/operations/audit"]').click();
    await operator.waitForURL('**/staff/operations/audit');
    await operator.locator('table.audit tbody tr').first().waitFor();
    await operator.locator('#audit-action').fill('OPS_PROCESS_RETRY');
    await operator.locator('#audit-subjectId').fill(paymentId);
    // Typed as the console writes days in every language (not as the browser's locale would); the
    // address and the API take the ISO day.
    const today = almatyDate(new Date().toISOString());
    await operator.locator('#audit-from').fill(dayTextOf(today));
    await operator.locator('form.filters button[type="submit"]').click();
    await operator.waitForURL(
      `**/staff/operations/audit?action=OPS_PROCESS_RETRY&subjectId=${paymentId}&from=${today}`,
    );
    const row = operator.locator('table.audit tbody tr[data-action="OPS_PROCESS_RETRY"]');
    await row.waitFor();
    await expect(row.count()).resolves.toBe(1);
    await expect(row.innerText()).resolves.toContain('Олжас Оператор');
    await expect(row.locator('.details').innerText()).resolves.toContain(REASON);
    await onBothScreens(operator, JOURNEY, '4-audit-log');

    const csvHref = await operator.locator('a.csv').getAttribute('href');
    expect(csvHref).toBe(`/api/ops/audit.csv?action=OPS_PROCESS_RETRY&subjectId=${paymentId}&from=${today}`);
    const csv = await operator.request.get(csvHref!);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toMatch(/text\/csv/);
    const lines = (await csv.text()).trim().split(/\r?\n/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(paymentId);
    expect(lines[1]).toContain('OPS_PROCESS_RETRY');
  });

  it('the platform: health, the task queues’ workers, and a self-check run by the operator', async () => {
    await operator.locator('nav.side-nav a[href="/staff/operations/platform"]').click();
    await operator.waitForURL('**/staff/operations/platform');
    await operator.locator('.queues tbody tr').first().waitFor();
    await expect(operator.locator('.queues .pollers li').count()).resolves.toBeGreaterThan(0);
    await operator.locator('button.run-self-check').click();
    await operator.locator('.notice[role="status"]').waitFor({ timeout: 30_000 });
    // Shown with the notice: the page reloads the platform's state before it announces the run.
    await expect(operator.locator('.last-check [data-ok]').getAttribute('data-ok')).resolves.toBe('true');
    await onBothScreens(operator, JOURNEY, '5-platform');
  });

  it('the auditor finds the operator’s action in the executed process, and the server refuses them the same action', async () => {
    await auditor.reload();
    await auditor.locator('.page-header [data-status="EXECUTED"]').waitFor();
    const action = auditor.locator('.timeline li[data-source="OPERATOR"][data-event="OPS_PROCESS_RETRY"]');
    await expect(action.locator('.reason').innerText()).resolves.toContain(REASON);
    await expect(auditor.locator('button.retry-now').count()).resolves.toBe(0);
    const forced = await opsCall(auditor, 'POST', `/ops/processes/${paymentId}/retry`, {
      reason: 'just looking',
    });
    expect(forced).toMatchObject({ status: 403, body: { code: 'AUTH_FORBIDDEN_FOR_ROLE' } });
    await screenshot(auditor, JOURNEY, '6-auditor-reads-executed-process-ru');
  });
});
