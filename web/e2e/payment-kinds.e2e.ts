import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, openContext } from './support/browser.js';
import { enterPinInAgentPopup, loginByPhone, loginStandard, openDocumentId } from './support/client.js';
import { demoUser, uniqueNumber } from './support/demo.js';
import { inEveryLanguage } from './support/screens.js';

const JOURNEY = 'payment-kinds';

/** Three employees, each IIN with the birth date it encodes (typed as people type dates here). */
const EMPLOYEES = [
  { iin: '871008401427', fullName: 'Ахметов Серик Болатович', birthDate: '08.10.1987', amount: '25 000' },
  { iin: '900101400003', fullName: 'Иванова Анна Петровна', birthDate: '01.01.1990', amount: '18 500,50' },
  { iin: '950515300017', fullName: 'Сейітқали Әлия', birthDate: '15.05.1995', amount: '6 499,50' },
];

describe('the payment catalogue', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
  });

  it('pays pension contributions for three employees: the State Corporation filled in, the total from the list, signed by EDS and executed', async () => {
    const standard = await openContext(browser, 'desktop');
    contexts.push(standard);
    const page = await standard.newPage();
    await loginStandard(page, demoUser.single);
    await page.goto('/documents/new');
    await page.locator('#pf-kind').selectOption('PENSION');
    await expect(page.locator('#pf-beneficiaryIban').inputValue()).resolves.toBe('KZ12009NPS0413609816');
    await expect(page.locator('#pf-beneficiaryIban').getAttribute('readonly')).resolves.not.toBeNull();

    await page.locator('#pf-number').fill(uniqueNumber('OPV'));
    for (const [index, employee] of EMPLOYEES.entries()) {
      if (index > 0) await page.locator('button.add-row').click();
      for (const field of ['iin', 'fullName', 'birthDate', 'amount'] as const) {
        const input = page.locator(`#pf-employees-${index}-${field}`);
        await input.fill(employee[field]);
        await input.blur();
      }
    }
    await expect(page.locator('#pf-amount').inputValue()).resolves.toBe('50000.00');
    await page.locator('#pf-purpose').fill('Обязательные пенсионные взносы за текущий месяц');
    await page.locator('#pf-purpose').blur();
    await expect(page.locator('.field-error').count()).resolves.toBe(0);
    await inEveryLanguage(page, JOURNEY, 'pension-form-desktop');

    await page.locator('.submit-for-signature').click();
    await page.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
    const documentId = openDocumentId(page);
    await page.locator('.employees-table').waitFor();
    await expect(page.locator('.employees-table tbody tr').count()).resolves.toBe(3);
    const pin = enterPinInAgentPopup(standard);
    await page.locator('.sign-eds').click();
    await pin;
    await page.locator('[data-status="EXECUTED"]').first().waitFor({ timeout: 60_000 });
    await inEveryLanguage(page, JOURNEY, 'pension-executed-desktop');

    // On the phone the accountant follows it too: the list scrolls inside its card, not the page.
    const mobile = await openContext(browser, 'mobile');
    contexts.push(mobile);
    const phone = await mobile.newPage();
    await loginByPhone(phone, demoUser.second);
    await phone.goto(`/documents/${documentId}`);
    await phone.locator('.employees-table').waitFor();
    await expect(phone.locator('.payment-kind').innerText()).resolves.toBe('Пенсионные взносы');
    await inEveryLanguage(phone, JOURNEY, 'pension-executed-mobile');
  });
});
