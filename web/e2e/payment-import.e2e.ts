import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { dayTextOf } from '../src/app/core/forms/day-text.js';
import type { Browser, BrowserContext } from 'playwright-core';
import { DEMO_ACCOUNT } from '@qoltanba/backend/demo/demo-data';
import { almatyDate } from '@qoltanba/workflows/domain';
import { launchBrowser, openContext } from './support/browser.js';
import { forcedApiCall, loginByPhone } from './support/client.js';
import { DEMO_COUNTERPARTY, DEMO_ORGANIZATION, demoUser, uniqueNumber } from './support/demo.js';
import { confirmOtpCode } from './support/applications.js';
import { inEveryLanguage } from './support/screens.js';

const JOURNEY = 'payment-import';

/**
 * What 1C exports: an exchange file of `count` payment orders to the demo counterparty, written
 * here from the format's description (domain.md §14), `bad` of them broken on purpose.
 */
function exchangeFile(prefix: string, count: number, bad: Record<number, [string, string]>): Buffer {
  const day = dayTextOf(almatyDate(new Date().toISOString()));
  const lines = [
    '1CClientBankExchange',
    'ВерсияФормата=1.01',
    'Кодировка=UTF-8',
    `РасчСчет=${DEMO_ACCOUNT.iban}`,
  ];
  for (let i = 1; i <= count; i++) {
    const fields: Record<string, string> = {
      НомерДокумента: `${prefix}-${i}`,
      ДатаДокумента: day,
      Сумма: `${1000 + i}.50`,
      ПлательщикБИН_ИИН: DEMO_ORGANIZATION.binIin,
      ПлательщикИИК: DEMO_ACCOUNT.iban,
      ПлательщикКОд: '17',
      ПолучательНаименование: DEMO_COUNTERPARTY.name,
      ПолучательБИН_ИИН: DEMO_COUNTERPARTY.binIin,
      ПолучательИИК: DEMO_COUNTERPARTY.iban,
      ПолучательКБЕ: '17',
      ПолучательБанкБИК: 'QOLTKZKA',
      КодНазначенияПлатежа: '710',
      НазначениеПлатежа: `Оплата по счёту № ${i}`,
    };
    const broken = bad[i];
    if (broken) fields[broken[0]] = broken[1];
    lines.push(
      'СекцияДокумент=Платежное поручение',
      ...Object.entries(fields).map(([k, v]) => `${k}=${v}`),
      'КонецДокумента',
    );
  }
  lines.push('КонецФайла');
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
}

describe('payment orders imported from 1C', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
  });

  it('imports a file of 20 payments with 2 bad ones: the 18 good ones sent for signature and approved with one OTP code', async () => {
    const prefix = uniqueNumber('IMP');
    const user = demoUser.singleWithToken;
    const light = await openContext(browser, 'desktop');
    contexts.push(light);
    const page = await light.newPage();
    await loginByPhone(page, user);
    await page.goto('/documents');
    await page.locator('a.import-link').click();
    await page.locator('#import-file').setInputFiles({
      name: 'pp-export.txt',
      mimeType: 'text/plain',
      buffer: exchangeFile(prefix, 20, {
        7: ['ПолучательИИК', 'KZ05998KZT5004100201'],
        13: ['КодНазначенияПлатежа', '999'],
      }),
    });
    await page.locator('.import-preview').waitFor();
    await expect(page.locator('.valid-count').innerText()).resolves.toContain('18');
    await expect(page.locator('tr.invalid').count()).resolves.toBe(2);
    await expect(page.locator('tr[data-index="7"] .violations').innerText()).resolves.toContain(
      'ПолучательИИК',
    );
    await expect(page.locator('tr[data-index="13"] .violations').innerText()).resolves.toContain(
      'КодНазначенияПлатежа',
    );
    await inEveryLanguage(page, JOURNEY, 'preview-desktop');

    await page.locator('button.import-submit').click();
    await page.locator('.import-result').waitFor();
    await expect(page.locator('.import-result').innerText()).resolves.toMatch(/18.*0.*2/s);
    // The same file again creates nothing.
    await page.locator('button.import-submit').click();
    await page.waitForFunction(() =>
      /: 0;/.test(document.querySelector('.import-result')?.textContent ?? ''),
    );
    await expect(page.locator('.already').count()).resolves.toBe(18);

    // One code approves the 18: the prompt names how many, their total and each payee.
    await page.goto('/documents?status=AWAITING_SIGNATURES');
    const rows = page.locator('tr[data-document]', { hasText: `${prefix}-` });
    await rows.first().waitFor();
    await expect(rows.count()).resolves.toBe(18);
    for (const row of await rows.all()) await row.locator('input[type="checkbox"]').check();
    await page.locator('button.approve-selected').click();
    await page.locator('.otp-count').waitFor();
    await expect(page.locator('.otp-count').innerText()).resolves.toBe('18');
    // 18 × 1000.50 plus 1 + 2 + … + 20 less the two left out (7 and 13).
    await expect(page.locator('.otp-amount').innerText()).resolves.toMatch(/18\s?199,00/);
    await expect(page.locator('.otp-documents li').count()).resolves.toBe(18);
    await inEveryLanguage(page, JOURNEY, 'batch-otp-desktop');
    await confirmOtpCode(page, user);
    await page.locator('.action-message.success, .alert.success').first().waitFor();

    const listed = (await forcedApiCall(page, 'GET', '/documents?status=SIGNED&pageSize=100'))
      .body as unknown as {
      items: { content: { number: string } }[];
    };
    expect(listed.items.filter((d) => d.content.number.startsWith(`${prefix}-`)).length).toBe(18);
  });
});
