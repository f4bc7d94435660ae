import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import iconv from 'iconv-lite';
import { INITIAL_TAX_OFFICES, TREASURY_BUDGET_ACCOUNT } from '@qoltanba/workflows/domain';
import { addAccount, onboard, type Onboarded } from './support/onboarding.js';
import { today } from './support/payment-order.js';
import { startTestApp, startTestWorker, type TestApp, type TestWorker } from './support/test-app.js';

/** A payment order of the file, every field the format carries for it (domain.md §14). */
interface FilePayment {
  number: string;
  amount: string;
  beneficiary: { name: string; binIin: string; iban: string; bic: string; kbe: string; bank: string };
  knp: string;
  purpose: string;
  kbk?: string;
}

/**
 * An independent writer of the exchange format, written here from its published description rather
 * than with the platform's own writer: header, an account section, one section per document with
 * both sides' BIN/IIN, IIK, KBe and bank, the KNP, and the end marker.
 */
function exchangeFile(
  payer: { iban: string; binIin: string; name: string },
  payments: FilePayment[],
  style: { encoding: 'windows-1251' | 'utf-8'; lowerCaseKeys?: boolean; quoted?: boolean; lf?: boolean },
): Buffer {
  const day = today().split('-').reverse().join('.');
  const key = (name: string) => (style.lowerCaseKeys ? name.toLowerCase() : name);
  const value = (text: string) => (style.quoted ? `"${text}"` : text);
  const lines = [
    '1CClientBankExchange',
    'ВерсияФормата=1.01',
    `Кодировка=${style.encoding === 'utf-8' ? 'UTF-8' : 'Windows'}`,
    'Отправитель=1C Предприятие, Бухгалтерия для Казахстана',
    'Получатель=Qoltanba Bank',
    `ДатаНачала=${day}`,
    `ДатаКонца=${day}`,
    `РасчСчет=${payer.iban}`,
    'СекцияРасчСчет',
    `ДатаНачала=${day}`,
    `РасчСчет=${payer.iban}`,
    'НачальныйОстаток=0.00',
    'КонецРасчСчет',
  ];
  for (const p of payments) {
    const fields: [string, string][] = [
      ['НомерДокумента', p.number],
      ['ДатаДокумента', day],
      ['ДатаВалютирования', day],
      ['Сумма', p.amount],
      ['Валюта', 'KZT'],
      ['ПлательщикНаименование', payer.name],
      ['ПлательщикБИН_ИИН', payer.binIin],
      ['ПлательщикИИК', payer.iban],
      ['ПлательщикКОд', '17'],
      ['ПлательщикБанкНаименование', 'Qoltanba Bank'],
      ['ПлательщикБанкБИК', 'QOLTKZKA'],
      ['ПолучательНаименование', p.beneficiary.name],
      ['ПолучательБИН_ИИН', p.beneficiary.binIin],
      ['ПолучательИИК', p.beneficiary.iban],
      ['ПолучательКБЕ', p.beneficiary.kbe],
      ['ПолучательБанкНаименование', p.beneficiary.bank],
      ['ПолучательБанкБИК', p.beneficiary.bic],
      ['КодНазначенияПлатежа', p.knp],
      ['НазначениеПлатежа', p.purpose],
      ...(p.kbk ? ([['КБК', p.kbk]] as [string, string][]) : []),
    ];
    lines.push(
      'СекцияДокумент=Платежное поручение',
      ...fields.map(([k, v]) => `${key(k)}=${value(v)}`),
      'КонецДокумента',
    );
  }
  lines.push('КонецФайла');
  const text = lines.join(style.lf ? '\n' : '\r\n') + (style.lf ? '\n' : '\r\n');
  return style.encoding === 'utf-8' ? Buffer.from(text, 'utf8') : iconv.encode(text, 'win1251');
}

const HALYK = {
  name: 'ТОО «Алатау Сауда»',
  binIin: '940140000385',
  iban: 'KZ476010131000179714',
  bic: 'HSBKKZKX',
  kbe: '17',
  bank: 'АО «Народный Банк Казахстана»',
};

describe('import of payment orders from 1C', () => {
  let testApp: TestApp;
  let worker: TestWorker;
  let client: Onboarded;

  beforeAll(async () => {
    testApp = await startTestApp();
    worker = await startTestWorker(testApp);
    client = await onboard(testApp, {
      Accountant: { right: 'SINGLE', channels: ['STANDARD', 'LIGHT', 'MOBILE'] },
    });
  });
  afterAll(async () => {
    await worker.stop();
    await testApp.close();
  });

  const http = () => testApp.http();
  const payer = () => ({ iban: client.payerIban, binIin: client.binIin, name: 'ТОО "Тест"' });
  const count = async () =>
    (await http().get('/api/documents').set(client.as('Accountant'))).body.total as number;
  const office = INITIAL_TAX_OFFICES[0]!;
  const payments = (): FilePayment[] => [
    {
      number: 'ПП-101',
      amount: '125000.50',
      beneficiary: HALYK,
      knp: '710',
      purpose: 'Оплата по счёту № 15',
    },
    {
      number: 'ПП-102',
      amount: '7000.00',
      beneficiary: { ...HALYK, iban: 'KZ476010131000179715' },
      knp: '710',
      purpose: 'Ошибка в счёте',
    },
    {
      number: 'ПП-103',
      amount: '48000.00',
      beneficiary: {
        ...TREASURY_BUDGET_ACCOUNT,
        name: office.name.ru,
        binIin: office.bin,
        bank: 'Казначейство',
      },
      knp: '911',
      purpose: 'ИПН за месяц',
      kbk: '101201',
    },
  ];

  it('previews a Windows-1251 file, each bad document with its field as the file names it, creating nothing', async () => {
    const before = await count();
    const file = exchangeFile(payer(), payments(), { encoding: 'windows-1251' }).toString('base64');
    const preview = await http()
      .post('/api/payment-imports/preview')
      .set(client.as('Accountant', 'LIGHT'))
      .send({ file });
    expect(preview.status).toBe(200);
    expect(preview.body.encoding).toBe('windows-1251');
    expect(
      preview.body.documents.map(
        (d: { number: string; valid: boolean; amount: string; beneficiaryName: string }) => [
          d.number,
          d.amount,
          d.valid,
        ],
      ),
    ).toEqual([
      ['ПП-101', '125000.50', true],
      ['ПП-102', '7000.00', false],
      ['ПП-103', '48000.00', true],
    ]);
    expect(preview.body.documents[1].violations).toEqual([
      expect.objectContaining({
        field: 'beneficiary.iban',
        oneCKey: 'ПолучательИИК',
        code: 'PAYMENT_IBAN_CHECKSUM',
      }),
    ]);
    expect(await count()).toBe(before);
  });

  it('marks every document paid from a foreign-currency account of the organization, at its payer account', async () => {
    const usdIban = await addAccount(testApp, client.organizationId, 'USD');
    const file = exchangeFile({ ...payer(), iban: usdIban }, payments().slice(0, 1), {
      encoding: 'utf-8',
    }).toString('base64');
    const preview = await http()
      .post('/api/payment-imports/preview')
      .set(client.as('Accountant', 'LIGHT'))
      .send({ file });
    expect(preview.status).toBe(200);
    expect(preview.body.documents[0]).toMatchObject({
      valid: false,
      violations: [expect.objectContaining({ field: 'payerIban', code: 'DOCUMENT_PAYER_ACCOUNT_NOT_TENGE' })],
    });
  });

  it('creates the valid ones as they were written and sends them for signature; the same file again creates nothing', async () => {
    const before = await count();
    const file = exchangeFile(payer(), payments(), { encoding: 'windows-1251' }).toString('base64');
    const first = await http()
      .post('/api/payment-imports')
      .set(client.as('Accountant', 'LIGHT'))
      .send({ file, submit: true });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ created: 2, alreadyImported: 0, invalid: 1 });
    const [goods, tax] = await Promise.all(
      first.body.documentIds.map(
        async (id: string) => (await http().get(`/api/documents/${id}`).set(client.as('Accountant'))).body,
      ),
    );
    expect(goods).toMatchObject({
      status: 'AWAITING_SIGNATURES',
      content: {
        number: 'ПП-101',
        amountTiyn: 12_500_050,
        knp: '710',
        purpose: 'Оплата по счёту № 15',
        kod: '17',
      },
    });
    expect(goods.content.beneficiary).toEqual({
      name: HALYK.name,
      binIin: HALYK.binIin,
      iban: HALYK.iban,
      bic: HALYK.bic,
      kbe: '17',
    });
    expect(tax.content).toMatchObject({ kind: 'BUDGET', kbk: '101201', knp: '911', amountTiyn: 4_800_000 });

    const again = await http()
      .post('/api/payment-imports')
      .set(client.as('Accountant', 'LIGHT'))
      .send({ file, submit: true });
    expect(again.body).toMatchObject({
      created: 0,
      alreadyImported: 2,
      invalid: 1,
      documentIds: first.body.documentIds,
    });
    const preview = await http()
      .post('/api/payment-imports/preview')
      .set(client.as('Accountant', 'LIGHT'))
      .send({ file });
    expect(preview.body.documents.map((d: { alreadyImported: boolean }) => d.alreadyImported)).toEqual([
      true,
      false,
      true,
    ]);
    expect(await count()).toBe(before + 2);
  });

  it('reads UTF-8 with lower-case keys, quoted values and LF line ends alike', async () => {
    const file = exchangeFile(payer(), [{ ...payments()[0]!, number: 'ПП-201' }], {
      encoding: 'utf-8',
      lowerCaseKeys: true,
      quoted: true,
      lf: true,
    }).toString('base64');
    const preview = await http()
      .post('/api/payment-imports/preview')
      .set(client.as('Accountant'))
      .send({ file });
    expect(preview.body.encoding).toBe('utf-8');
    expect(preview.body.documents).toEqual([
      expect.objectContaining({ number: 'ПП-201', beneficiaryName: HALYK.name, valid: true, violations: [] }),
    ]);
  });

  it('refuses what is not an exchange file, and imports in no Mobile session', async () => {
    const notOneC = await http()
      .post('/api/payment-imports/preview')
      .set(client.as('Accountant'))
      .send({ file: Buffer.from('Дата;Сумма\n01.12.2026;100').toString('base64') });
    expect([notOneC.status, notOneC.body.code, notOneC.body.details.field]).toEqual([
      422,
      'ONE_C_NOT_EXCHANGE_FILE',
      'file',
    ]);
    const file = exchangeFile(payer(), payments(), { encoding: 'windows-1251' }).toString('base64');
    const mobile = await http()
      .post('/api/payment-imports')
      .set(client.as('Accountant', 'MOBILE'))
      .send({ file });
    expect([mobile.status, mobile.body.code]).toEqual([403, 'AUTH_CHANNEL_FUNCTION_NOT_ALLOWED']);
  });
});
