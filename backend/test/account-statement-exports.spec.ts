import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { onboard, type Onboarded } from './support/onboarding.js';
import { today } from './support/payment-order.js';
import { startTestApp, startTestWorker, type TestApp, type TestWorker } from './support/test-app.js';

/**
 * A 1CClientBankExchange file read as domain.md §14 describes the format, independently of the
 * platform's writer: Windows-1251 text, CRLF lines of `Key=Value` (keys in any case), the account
 * section between `СекцияРасчСчет` and `КонецРасчСчет`, each document from `СекцияДокумент=<kind>`
 * to `КонецДокумента`, and `КонецФайла` last.
 */
function readOneC(file: Buffer) {
  const text = new TextDecoder('windows-1251').decode(file);
  const lines = text.split('\r\n');
  expect(lines[0]).toBe('1CClientBankExchange');
  expect(lines.at(-1)).toBe('');
  expect(lines.at(-2)).toBe('КонецФайла');
  const header = new Map<string, string>();
  const accounts: Map<string, string>[] = [];
  const documents: { kind: string; fields: Map<string, string> }[] = [];
  let current: Map<string, string> = header;
  for (const line of lines.slice(1, -2)) {
    const [key = '', ...rest] = line.split('=');
    const value = rest.join('=');
    const upper = key.toUpperCase();
    if (upper === 'СЕКЦИЯРАСЧСЧЕТ') accounts.push((current = new Map()));
    else if (upper === 'СЕКЦИЯДОКУМЕНТ') documents.push({ kind: value, fields: (current = new Map()) });
    else if (upper === 'КОНЕЦРАСЧСЧЕТ' || upper === 'КОНЕЦДОКУМЕНТА') current = header;
    else current.set(upper, value);
  }
  return { header, accounts, documents, text };
}

async function pdfText(pdf: Buffer): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: VerbosityLevel.ERRORS }).promise;
  let text = '';
  try {
    for (let number = 1; number <= document.numPages; number++) {
      const content = await (await document.getPage(number)).getTextContent();
      for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : ' ');
    }
  } finally {
    await document.destroy();
  }
  return text;
}

const SIM_HOLDER_BIN = '940140000385';
const ddmmyyyy = (isoDay: string) => isoDay.split('-').reverse().join('.');

describe('account statements for a period, and their PDF, Excel and 1C files', () => {
  let testApp: TestApp;
  let worker: TestWorker;
  let ours: Onboarded;
  let theirs: Onboarded;
  const day = today();

  const http = () => testApp.http();

  async function payAndExecute(
    from: Onboarded,
    to: Onboarded,
    amount: string,
    number: string,
    purpose: string,
  ) {
    const created = await http()
      .post('/api/documents?submit=true')
      .set(from.as('Solo'))
      .send({
        number,
        date: day,
        valueDate: day,
        payerIban: from.payerIban,
        amount,
        currency: 'KZT',
        // The simulator opened every test account for one holder BIN (support/onboarding.ts).
        beneficiary: {
          name: 'ТОО "Тест"',
          binIin: SIM_HOLDER_BIN,
          iban: to.payerIban,
          bic: 'QOLTKZKA',
          kbe: '17',
        },
        knp: '710',
        purpose,
      });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const signed = await http()
      .post(`/api/documents/${id}/signatures`)
      .set(from.as('Solo'))
      .send({ contentHash: created.body.contentHash, evidence: { kind: 'DEV' } });
    expect(signed.status).toBe(201);
    const deadline = Date.now() + 20_000;
    for (;;) {
      const status = (await http().get(`/api/documents/${id}`).set(from.as('Solo'))).body.status as string;
      if (status === 'EXECUTED') return;
      if (Date.now() > deadline) throw new Error(`document stayed ${status}, wanted EXECUTED`);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    worker = await startTestWorker(testApp);
    ours = await onboard(testApp, { Solo: { right: 'SINGLE' } }, { balanceTiyn: 1_000_000_00 });
    theirs = await onboard(testApp, { Solo: { right: 'SINGLE' } }, { balanceTiyn: 500_000_00 });
    // Money out to the other client, and money in from them: a debit and a credit with both sides known.
    await payAndExecute(ours, theirs, '1250.50', 'П-15', 'Оплата по договору № 15');
    await payAndExecute(theirs, ours, '300000.00', 'В-3', 'Возврат аванса по договору № 3');
  });
  afterAll(async () => {
    await worker.stop();
    await testApp.close();
  });

  const period = (query: string) =>
    http().get(`/api/accounts/${ours.payerIban}/statement/period?${query}`).set(ours.as('Solo'));
  const exported = (query: string) =>
    http()
      .get(`/api/accounts/${ours.payerIban}/statement/export?${query}`)
      .set(ours.as('Solo'))
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });

  it('gives the period’s balances and turnovers, which add up, and its entries oldest first with both sides’ details', async () => {
    const response = await period(`from=${day}&to=${day}`);

    expect(response.status).toBe(200);
    const statement = response.body;
    expect(statement).toMatchObject({
      iban: ours.payerIban,
      currency: 'KZT',
      holder: { name: 'ТОО "Тест"', binIin: ours.binIin },
      openingBalance: '0.00',
      debitTurnover: '1250.50',
      creditTurnover: '1300000.00',
      closingBalance: '1298749.50',
      truncated: false,
    });
    expect(statement.entries.map((entry: { amount: string }) => entry.amount)).toEqual([
      '1000000.00',
      '-1250.50',
      '300000.00',
    ]);
    expect(statement.entries[2]).toMatchObject({
      counterpartyName: 'Test holder',
      counterpartyBinIin: SIM_HOLDER_BIN,
      counterpartyIban: theirs.payerIban,
      counterpartyBic: 'QOLTKZKA',
      counterpartyKbe: '17',
      knp: '710',
      documentNumber: 'В-3',
      documentDate: day,
    });
  });

  it('finds entries by counterparty, purpose or amount, keeping the whole period’s balances', async () => {
    const byPurpose = await period(`from=${day}&to=${day}&search=${encodeURIComponent('аванса')}`);
    const byAmount = await period(`from=${day}&to=${day}&search=1250.50`);

    expect(byPurpose.body.entries.map((entry: { amount: string }) => entry.amount)).toEqual(['300000.00']);
    expect(byAmount.body.entries.map((entry: { amount: string }) => entry.amount)).toEqual(['-1250.50']);
    expect(byPurpose.body.closingBalance).toBe('1298749.50');
  });

  it('starts and ends a period before the account moved at zero, with no entries', async () => {
    const response = await period('from=2020-01-01&to=2020-01-31');

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ openingBalance: '0.00', closingBalance: '0.00', entries: [] });
  });

  it.each([
    [
      'a period ending before it starts',
      `from=${day}&to=2020-01-01`,
      'ORG_STATEMENT_PERIOD_REVERSED',
      'from',
    ],
    [
      'a period longer than five years',
      'from=2015-01-01&to=2026-01-01',
      'ORG_STATEMENT_PERIOD_TOO_LONG',
      'to',
    ],
    ['a day that does not exist', `from=2026-02-30&to=${day}`, 'VALIDATION_FAILED', 'from'],
    ['no last day', `from=${day}`, 'VALIDATION_FAILED', 'to'],
  ])('refuses %s with 400 naming the field', async (_, query, code, field) => {
    const response = await period(query);

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code, details: { field } });
  });

  it('refuses a file format it does not write, and an unknown language, naming the field', async () => {
    const format = await exported(`from=${day}&to=${day}&format=docx`);
    const language = await exported(`from=${day}&to=${day}&format=pdf&language=de`);

    expect(format.status).toBe(400);
    expect(JSON.parse(String(format.body))).toMatchObject({ details: { field: 'format' } });
    expect(language.status).toBe(400);
    expect(JSON.parse(String(language.body))).toMatchObject({ details: { field: 'language' } });
  });

  it('writes the 1C exchange file in Windows-1251 with the account section and both sides of every payment', async () => {
    const response = await exported(`from=${day}&to=${day}&format=1c`);

    expect(response.status).toBe(200);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="statement-KZ.*\.txt"$/);
    const file = readOneC(response.body as Buffer);
    expect(Object.fromEntries(file.header)).toMatchObject({
      ВЕРСИЯФОРМАТА: '1.01',
      КОДИРОВКА: 'Windows',
      ПОЛУЧАТЕЛЬ: '1C Предприятие, Бухгалтерия для Казахстана',
      ДАТАНАЧАЛА: ddmmyyyy(day),
      ДАТАКОНЦА: ddmmyyyy(day),
      РАСЧСЧЕТ: ours.payerIban,
    });
    expect(Object.fromEntries(file.accounts[0]!)).toMatchObject({
      НАЧАЛЬНЫЙОСТАТОК: '0.00',
      ВСЕГОПОСТУПИЛО: '1300000.00',
      ВСЕГОСПИСАНО: '1250.50',
      КОНЕЧНЫЙОСТАТОК: '1298749.50',
    });
    expect(file.documents.map((document) => document.kind)).toEqual([
      'ПлатежноеПоручение',
      'ПлатежноеПоручение',
      'ПлатежноеПоручение',
    ]);
    const paid = Object.fromEntries(file.documents[1]!.fields);
    expect(paid).toMatchObject({
      НОМЕР: 'П-15',
      ДАТА: ddmmyyyy(day),
      СУММА: '1250.50',
      ВАЛЮТА: 'KZT',
      ПЛАТЕЛЬЩИКНАИМЕНОВАНИЕ: 'ТОО "Тест"',
      ПЛАТЕЛЬЩИКБИН_ИИН: ours.binIin,
      ПЛАТЕЛЬЩИКИИК: ours.payerIban,
      ПЛАТЕЛЬЩИККБЕ: '17',
      ПЛАТЕЛЬЩИКБАНКБИК: 'QOLTKZKA',
      ПОЛУЧАТЕЛЬБИН_ИИН: SIM_HOLDER_BIN,
      ПОЛУЧАТЕЛЬИИК: theirs.payerIban,
      ПОЛУЧАТЕЛЬКБЕ: '17',
      ПОЛУЧАТЕЛЬБАНКБИК: 'QOLTKZKA',
      НАЗНАЧЕНИЕПЛАТЕЖА: 'Оплата по договору № 15',
      КОДНАЗНАЧЕНИЯПЛАТЕЖА: '710',
      ДАТАСПИСАНО: ddmmyyyy(day),
    });
    const received = Object.fromEntries(file.documents[2]!.fields);
    expect(received).toMatchObject({
      НОМЕР: 'В-3',
      СУММА: '300000.00',
      ПЛАТЕЛЬЩИКБИН_ИИН: SIM_HOLDER_BIN,
      ПОЛУЧАТЕЛЬБИН_ИИН: ours.binIin,
      ПОЛУЧАТЕЛЬИИК: ours.payerIban,
      ДАТАПОСТУПИЛО: ddmmyyyy(day),
    });
    // Every Cyrillic letter came through as one Windows-1251 byte, not as UTF-8's two.
    const latin1 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');
    expect(String((response.body as Buffer).toString('latin1'))).not.toContain(latin1('Оплата'));
  });

  it('writes the Excel workbook with the balances and one row per entry, debit and credit apart', async () => {
    const response = await exported(`from=${day}&to=${day}&format=xlsx&language=kk`);

    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((response.body as Buffer).buffer as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const cell = (row: number, column: number) => sheet.getRow(row).getCell(column).value;
    expect(cell(1, 1)).toBe('Шот бойынша үзінді көшірме');
    expect([cell(3, 2), cell(4, 2)]).toEqual([ours.payerIban, `${ddmmyyyy(day)} – ${ddmmyyyy(day)}`]);
    expect([cell(5, 1), cell(5, 2)]).toEqual(['Кезең басындағы қалдық', 0]);
    expect([cell(6, 2), cell(7, 2), cell(8, 2)]).toEqual([1250.5, 1_300_000, 1_298_749.5]);
    expect(cell(9, 8)).toBe('Төлем мақсаты');
    // The bank's own opening entry is named in the reader's language, not in the core's words.
    expect(cell(10, 8)).toBe('Шоттың бастапқы қалдығы');
    expect([cell(11, 2), cell(11, 4), cell(11, 7), cell(11, 8), cell(11, 9), cell(11, 10)]).toEqual([
      'П-15',
      SIM_HOLDER_BIN,
      '710',
      'Оплата по договору № 15',
      1250.5,
      null,
    ]);
    expect([cell(12, 9), cell(12, 10)]).toEqual([null, 300_000]);
    expect(sheet.getRow(11).getCell(9).numFmt).toBe('#,##0.00');
  });

  it('prints the PDF in the language asked, with the balances and every entry', async () => {
    const response = await exported(`from=${day}&to=${day}&format=pdf&language=kk`);

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const text = (await pdfText(response.body as Buffer)).replace(/\s+/g, ' ');
    for (const expected of [
      'Шот бойынша үзінді көшірме',
      ours.payerIban,
      `${ddmmyyyy(day)} – ${ddmmyyyy(day)}`,
      'Кезең басындағы қалдық',
      '1 298 749,50',
      'Оплата по договору № 15',
      '1 250,50',
      '300 000,00',
      SIM_HOLDER_BIN,
    ]) {
      expect(text.replace(/\u00a0/g, ' ')).toContain(expected);
    }
    expect(text).not.toMatch(/Opening balance/);
  });
});
