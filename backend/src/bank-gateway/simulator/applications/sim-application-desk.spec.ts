import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ApplicationContent, CurrencyExchange } from '@qoltanba/workflows/domain';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { DataSource } from 'typeorm';
import { freshIban } from '../../../../test/support/bank-simulator.js';
import { OPERATOR } from '../../../../test/support/dev-identity.js';
import { startTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { BankGateway, type BankApplicationOrder, type BankApplicationReport } from '../../bank-gateway.js';
import { SimApplicationDesk } from './sim-application-desk.js';

const ORGANIZATION = { name: 'ЖШС «Әлем Құрылыс»', binIin: '261140000123' };

/** The PDF's text as a reader extracts it. */
async function pdfText(pdf: Buffer): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: VerbosityLevel.ERRORS }).promise;
  try {
    let text = '';
    for (let number = 1; number <= document.numPages; number++) {
      const content = await (await document.getPage(number)).getTextContent();
      for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : ' ');
    }
    return text;
  } finally {
    await document.destroy();
  }
}

describe(SimApplicationDesk.name, () => {
  let testApp: TestApp;
  let bank: BankGateway;
  let desk: SimApplicationDesk;
  let db: DataSource;

  beforeAll(async () => {
    // No pause between steps: each test drives the desk itself, one step per call.
    testApp = await startTestApp({ env: { BANK_SIMULATOR_APPLICATION_STEP_MS: '0' } });
    bank = testApp.app.get(BankGateway);
    desk = testApp.app.get(SimApplicationDesk);
    db = testApp.app.get(DataSource);
  });
  afterAll(() => testApp.close());

  const http = () => testApp.http();
  const open = async (currency: string, balanceMinor: number): Promise<string> => {
    const iban = freshIban();
    const response = await http().post('/api/bank-simulator/accounts').set(OPERATOR).send({
      iban,
      currency,
      holderName: ORGANIZATION.name,
      holderBinIin: ORGANIZATION.binIin,
      openingBalanceTiyn: balanceMinor,
    });
    if (response.status !== 201) throw new Error(`account not opened: ${JSON.stringify(response.body)}`);
    return iban;
  };
  const balance = async (iban: string) => (await bank.getBalances([iban]))[0]!.balanceTiyn;
  const order = (content: ApplicationContent): BankApplicationOrder => ({
    applicationId: randomUUID(),
    organizationId: randomUUID(),
    organization: ORGANIZATION,
    number: '17',
    content,
  });
  const exchange = (fields: Omit<CurrencyExchange, 'valueDate' | 'purpose'>): CurrencyExchange => ({
    ...fields,
    valueDate: '2026-12-04',
    purpose: 'Settlement of contract 42',
  });
  /** Runs every step that is due now, as the runner would. */
  const drain = async () => {
    while (await desk.progressNextDue()) {
      // each call moves one application one step
    }
  };
  const reportsOf = async (applicationId: string): Promise<BankApplicationReport[]> =>
    (
      await db.query<{ report: BankApplicationReport }[]>(
        `SELECT report FROM sim_application_report WHERE application_id = $1 ORDER BY id`,
        [applicationId],
      )
    ).map((row) => row.report);
  const statusOf = async (applicationId: string) =>
    (
      await db.query<{ status: string; reason: string | null }[]>(
        `SELECT status, reason FROM sim_application WHERE application_id = $1`,
        [applicationId],
      )
    )[0];
  /** Submits, runs both steps, and answers the final report. */
  const execute = async (content: ApplicationContent) => {
    const submitted = order(content);
    const receipt = await bank.submitApplication(submitted);
    expect(receipt.status).toBe('ACCEPTED');
    await drain();
    const reports = await reportsOf(submitted.applicationId);
    expect(reports.map((report) => report.status)).toEqual(['IN_PROGRESS', expect.any(String)]);
    return { id: submitted.applicationId, receipt, final: reports[1]! };
  };

  describe('receipt', () => {
    it('answers a repeat, and a concurrent twin, with the first receipt and holds the application once', async () => {
      const iban = await open('KZT', 100_000_00);
      const submitted = order({ kind: 'BANK_DETAILS_CHANGE', phone: '+77272501234' });

      const [first, twin] = await Promise.all([
        bank.submitApplication(submitted),
        bank.submitApplication(submitted),
      ]);
      const repeat = await bank.submitApplication({ ...submitted, number: '18' });

      expect(first).toMatchObject({ status: 'ACCEPTED', reference: expect.stringMatching(/^APP\d{12}$/) });
      expect(twin).toEqual(first);
      expect(repeat).toEqual(first);
      const rows = await db.query<{ n: string }[]>(
        `SELECT count(*) AS n FROM sim_application WHERE application_id = $1`,
        [submitted.applicationId],
      );
      expect(rows[0]!.n).toBe('1');
      expect(await balance(iban)).toBe(100_000_00);
    });

    it('refuses at once an account the bank does not hold, or has blocked', async () => {
      const unknown = freshIban();
      const blocked = await open('KZT', 10_000_00);
      await http().post(`/api/bank-simulator/accounts/${blocked}/block`).set(OPERATOR).expect(200);
      const withdrawal = (accountIban: string): ApplicationContent => ({
        kind: 'CASH_WITHDRAWAL',
        accountIban,
        amount: { minor: 1_000_00, currency: 'KZT' },
        date: '2026-12-04',
        branch: '001',
        purpose: 'Business trip',
      });

      expect(await bank.submitApplication(order(withdrawal(unknown)))).toMatchObject({
        status: 'REFUSED',
        reason: 'ACCOUNT_NOT_FOUND',
      });
      const refused = order(withdrawal(blocked));
      expect(await bank.submitApplication(refused)).toMatchObject({
        status: 'REFUSED',
        reason: 'ACCOUNT_BLOCKED',
      });
      await drain();
      expect(await reportsOf(refused.applicationId)).toEqual([]);
      expect(await balance(blocked)).toBe(10_000_00);
    });
  });

  describe('exchanges', () => {
    it('buys dollars at the selling rate: exactly the quoted amounts leave one account and reach the other', async () => {
      const kzt = await open('KZT', 1_000_000_00);
      const usd = await open('USD', 5_00);

      const { id, final } = await execute(
        exchange({
          kind: 'CURRENCY_PURCHASE',
          debitIban: kzt,
          creditIban: usd,
          fixedSide: 'CREDIT',
          amount: { minor: 1_000_00, currency: 'USD' },
          rate: { kind: 'BANK' },
        }),
      );

      expect(final).toMatchObject({
        status: 'DONE',
        reference: expect.any(String),
        result: {
          executedRate: '472.00',
          debited: { minor: 472_000_00, currency: 'KZT' },
          credited: { minor: 1_000_00, currency: 'USD' },
        },
      });
      expect(await balance(kzt)).toBe(528_000_00);
      expect(await balance(usd)).toBe(1_005_00);
      const entries = await db.query<{ iban: string; kind: string; amount_tiyn: string }[]>(
        `SELECT iban, kind, amount_tiyn FROM sim_ledger_entry WHERE application_id = $1 ORDER BY amount_tiyn`,
        [id],
      );
      expect(entries).toEqual([
        { iban: kzt, kind: 'DEBIT', amount_tiyn: '-47200000' },
        { iban: usd, kind: 'CREDIT', amount_tiyn: '100000' },
      ]);
    });

    it('sells at the buying rate and converts at the cross rate, either side fixed', async () => {
      const kzt = await open('KZT', 0);
      const usd = await open('USD', 1_500_00);
      const eur = await open('EUR', 1_000_00);

      const sale = await execute(
        exchange({
          kind: 'CURRENCY_SALE',
          debitIban: usd,
          creditIban: kzt,
          fixedSide: 'DEBIT',
          amount: { minor: 250_00, currency: 'USD' },
          rate: { kind: 'LIMIT', rate: '467.50' },
        }),
      );
      expect(sale.final.result).toEqual({
        executedRate: '468.00',
        debited: { minor: 250_00, currency: 'USD' },
        credited: { minor: 117_000_00, currency: 'KZT' },
      });

      // 468.00 / 510.50 = 0.916748 EUR per USD; 1000.00 USD → 916.748 → 916.75 EUR.
      const conversion = await execute(
        exchange({
          kind: 'CURRENCY_CONVERSION',
          debitIban: usd,
          creditIban: eur,
          fixedSide: 'DEBIT',
          amount: { minor: 1_000_00, currency: 'USD' },
          rate: { kind: 'BANK' },
        }),
      );
      expect(conversion.final.result).toEqual({
        executedRate: '0.916748',
        debited: { minor: 1_000_00, currency: 'USD' },
        credited: { minor: 916_75, currency: 'EUR' },
      });

      // 505.50 / 472.00 = 1.070975 USD per EUR; 300.00 USD ÷ 1.070975 → 280.1186 → 280.12 EUR.
      const back = await execute(
        exchange({
          kind: 'CURRENCY_CONVERSION',
          debitIban: eur,
          creditIban: usd,
          fixedSide: 'CREDIT',
          amount: { minor: 300_00, currency: 'USD' },
          rate: { kind: 'BANK' },
        }),
      );
      expect(back.final.result).toEqual({
        executedRate: '1.070975',
        debited: { minor: 280_12, currency: 'EUR' },
        credited: { minor: 300_00, currency: 'USD' },
      });

      expect(await balance(kzt)).toBe(117_000_00);
      expect(await balance(usd)).toBe(1_500_00 - 250_00 - 1_000_00 + 300_00);
      expect(await balance(eur)).toBe(1_000_00 + 916_75 - 280_12);
    });

    it('refuses an unreached limit, a currency without a rate and a debit beyond the balance, moving nothing', async () => {
      const kzt = await open('KZT', 400_000_00);
      const usd = await open('USD', 0);
      const chf = await open('CHF', 0);
      const purchase = (fields: Partial<CurrencyExchange>) =>
        exchange({
          kind: 'CURRENCY_PURCHASE',
          debitIban: kzt,
          creditIban: usd,
          fixedSide: 'CREDIT',
          amount: { minor: 100_00, currency: 'USD' },
          rate: { kind: 'BANK' },
          ...fields,
        });

      const limited = await execute(purchase({ rate: { kind: 'LIMIT', rate: '471.99' } }));
      const noRate = await execute(purchase({ creditIban: chf, amount: { minor: 100_00, currency: 'CHF' } }));
      const tooMuch = await execute(purchase({ amount: { minor: 1_000_00, currency: 'USD' } }));

      expect(limited.final).toMatchObject({ status: 'REFUSED', reason: 'LIMIT_RATE_NOT_REACHED' });
      expect(noRate.final).toMatchObject({ status: 'REFUSED', reason: 'RATE_NOT_AVAILABLE' });
      expect(tooMuch.final).toMatchObject({ status: 'REFUSED', reason: 'INSUFFICIENT_FUNDS' });
      expect(await statusOf(tooMuch.id)).toEqual({ status: 'REFUSED', reason: 'INSUFFICIENT_FUNDS' });
      expect(await balance(kzt)).toBe(400_000_00);
      expect(await balance(usd)).toBe(0);
      const rows = await db.query<unknown[]>(
        `SELECT 1 FROM sim_ledger_entry WHERE application_id = ANY($1::uuid[])`,
        [[limited.id, noRate.id, tooMuch.id]],
      );
      expect(rows).toEqual([]);
    });

    it('executes at the rate of the moment of execution, not of receipt', async () => {
      const kzt = await open('KZT', 1_000_000_00);
      const gbp = await open('GBP', 0);
      const submitted = order(
        exchange({
          kind: 'CURRENCY_PURCHASE',
          debitIban: kzt,
          creditIban: gbp,
          fixedSide: 'CREDIT',
          amount: { minor: 10_00, currency: 'GBP' },
          rate: { kind: 'BANK' },
        }),
      );
      await bank.submitApplication(submitted);
      await http()
        .put('/api/bank-simulator/exchange-rates/GBP')
        .set(OPERATOR)
        .send({ buy: '590.00', sell: '600.125' })
        .expect(200);
      await drain();

      expect((await reportsOf(submitted.applicationId))[1]?.result).toMatchObject({
        executedRate: '600.125',
        debited: { minor: 6_001_25, currency: 'KZT' },
      });
    });
  });

  describe('the other kinds', () => {
    it('takes a foreign transfer and a cash withdrawal from the account; a lodgement moves nothing', async () => {
      const usd = await open('USD', 2_000_00);
      const kzt = await open('KZT', 50_000_00);

      const transfer = await execute({
        kind: 'FX_TRANSFER',
        payerIban: usd,
        amount: { minor: 1_234_56, currency: 'USD' },
        valueDate: '2026-12-04',
        beneficiary: {
          name: 'ACME GmbH',
          address: 'Hauptstr. 1, Berlin',
          country: 'DE',
          account: 'DE89370400440532013000',
        },
        bank: { bic: 'COBADEFFXXX' },
        charges: 'SHA',
        purpose: 'Equipment under contract 7',
        knp: '710',
        contract: { number: '7', date: '2026-01-15' },
      });
      const withdrawal = await execute({
        kind: 'CASH_WITHDRAWAL',
        accountIban: kzt,
        amount: { minor: 20_000_00, currency: 'KZT' },
        date: '2026-12-04',
        branch: '001',
        purpose: 'Business trip',
      });
      const lodgement = await execute({
        kind: 'CASH_LODGEMENT',
        accountIban: kzt,
        amount: { minor: 99_000_00, currency: 'KZT' },
        date: '2026-12-04',
        branch: '001',
        source: 'Revenue',
      });
      const short = await execute({
        kind: 'CASH_WITHDRAWAL',
        accountIban: kzt,
        amount: { minor: 30_000_01, currency: 'KZT' },
        date: '2026-12-04',
        branch: '001',
        purpose: 'Business trip',
      });

      expect(transfer.final).toMatchObject({
        status: 'DONE',
        result: { debited: { minor: 1_234_56, currency: 'USD' } },
      });
      expect(withdrawal.final).toMatchObject({ status: 'DONE', result: { debited: { minor: 20_000_00 } } });
      expect(lodgement.final.status).toBe('DONE');
      expect(short.final).toMatchObject({ status: 'REFUSED', reason: 'INSUFFICIENT_FUNDS' });
      expect(await balance(usd)).toBe(2_000_00 - 1_234_56);
      expect(await balance(kzt)).toBe(30_000_00);
    });

    it('issues a numbered guarantee, records new details and receives a letter', async () => {
      const kzt = await open('KZT', 0);

      const guarantee = await execute({
        kind: 'TENDER_GUARANTEE',
        accountIban: kzt,
        tender: { number: 'T-2026-77', subject: 'Road repair' },
        beneficiary: { name: 'ГУ «Акимат»', binIin: '990140000123' },
        amount: { minor: 5_000_000_00, currency: 'KZT' },
        validUntil: '2027-03-01',
      });
      const details = await execute({ kind: 'BANK_DETAILS_CHANGE', email: 'office@alem.kz' });
      const letter = await execute({ kind: 'LETTER', subject: 'Question', body: 'Hello', attachments: [] });

      expect(guarantee.final).toMatchObject({
        status: 'DONE',
        result: { guaranteeNumber: expect.stringMatching(/^G-\d{6}-\d{6}$/) },
      });
      expect(guarantee.final.result?.guaranteeNumber?.slice(2, 8)).toBe(
        guarantee.receipt.reference.slice(3, 9),
      );
      expect(details.final.status).toBe('DONE');
      expect(letter.final).toMatchObject({ status: 'DONE', result: { note: expect.any(String) } });
    });

    it('answers a certificate with a PDF in the language asked, naming the organization and its balance', async () => {
      const kzt = await open('KZT', 1_234_567_89);

      const balanceRu = await execute({
        kind: 'BANK_CERTIFICATE',
        certificateKind: 'BALANCE',
        accountIban: kzt,
        language: 'ru',
        asOf: '2099-12-31',
      });
      const detailsKk = await execute({
        kind: 'BANK_CERTIFICATE',
        certificateKind: 'ACCOUNT_DETAILS',
        accountIban: kzt,
        language: 'kk',
      });

      const file = balanceRu.final.result?.file;
      expect(file).toMatchObject({ mediaType: 'application/pdf', fileName: expect.stringMatching(/\.pdf$/) });
      const pdf = Buffer.from(file!.contentBase64, 'base64');
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const ru = await pdfText(pdf);
      expect(ru).toContain(ORGANIZATION.name);
      expect(ru).toContain(ORGANIZATION.binIin);
      expect(ru).toContain('Справка');
      expect(ru).toContain('31.12.2099');
      expect(ru.replace(/\s/g, '')).toContain('1234567.89KZT');
      expect(ru).toContain(balanceRu.receipt.reference);

      // The ledger as it stood: nothing yet on a day before the account opened; turnover over a period.
      const before = await execute({
        kind: 'BANK_CERTIFICATE',
        certificateKind: 'BALANCE',
        accountIban: kzt,
        language: 'en',
        asOf: '2000-01-01',
      });
      expect(
        (await pdfText(Buffer.from(before.final.result!.file!.contentBase64, 'base64'))).replace(/\s/g, ''),
      ).toContain('asof01.01.2000:0.00KZT');
      await execute({
        kind: 'CASH_WITHDRAWAL',
        accountIban: kzt,
        amount: { minor: 1_000_00, currency: 'KZT' },
        date: '2026-12-04',
        branch: '001',
        purpose: 'Business trip',
      });
      const turnover = await execute({
        kind: 'BANK_CERTIFICATE',
        certificateKind: 'TURNOVER',
        accountIban: kzt,
        language: 'en',
        from: '2026-01-01',
        to: '2099-12-31',
      });
      expect(
        (await pdfText(Buffer.from(turnover.final.result!.file!.contentBase64, 'base64'))).replace(/\s/g, ''),
      ).toContain('debit1000.00KZT,credit1234567.89KZT');

      const kk = await pdfText(Buffer.from(detailsKk.final.result!.file!.contentBase64, 'base64'));
      expect(kk).toContain('Анықтама');
      expect(kk).toContain(kzt);
      expect(kk).toContain(testApp.config.bank.bic);
    });
  });

  describe('rules', () => {
    it('refuses by a REFUSE rule at execution, once for a one-shot rule', async () => {
      const rule = await http()
        .post('/api/bank-simulator/application-rules')
        .set(OPERATOR)
        .send({ kind: 'LETTER', action: 'REFUSE', reason: 'DOCUMENTS_INCOMPLETE', oneShot: true })
        .expect(201);
      expect(rule.body).toMatchObject({ kind: 'LETTER', action: 'REFUSE', oneShot: true, timesApplied: 0 });

      const letter: ApplicationContent = {
        kind: 'LETTER',
        subject: 'Question',
        body: 'Hello',
        attachments: [],
      };
      const refused = await execute(letter);
      const next = await execute(letter);

      expect(refused.final).toMatchObject({ status: 'REFUSED', reason: 'DOCUMENTS_INCOMPLETE' });
      expect(next.final.status).toBe('DONE');
      const rules = await http().get('/api/bank-simulator/application-rules').set(OPERATOR).expect(200);
      expect(rules.body).toEqual([]);
    });

    it('holds an application by a DELAY rule, and a deleted rule no longer applies', async () => {
      const kzt = await open('KZT', 0);
      const rule = await http()
        .post('/api/bank-simulator/application-rules')
        .set(OPERATOR)
        .send({ accountIban: kzt, action: 'DELAY', delayMs: 60_000 })
        .expect(201);
      const content: ApplicationContent = {
        kind: 'BANK_CERTIFICATE',
        certificateKind: 'NO_DEBTS',
        accountIban: kzt,
        language: 'en',
      };
      const held = order(content);
      await bank.submitApplication(held);
      await drain();
      expect(await statusOf(held.applicationId)).toEqual({ status: 'ACCEPTED', reason: null });

      await http()
        .delete(`/api/bank-simulator/application-rules/${rule.body.id as string}`)
        .set(OPERATOR)
        .expect(204);
      await http()
        .delete(`/api/bank-simulator/application-rules/${rule.body.id as string}`)
        .set(OPERATOR)
        .expect(404);
      expect((await execute(content)).final.status).toBe('DONE');
      expect(await statusOf(held.applicationId)).toEqual({ status: 'ACCEPTED', reason: null });
      await db.query(`UPDATE sim_application SET due_at = now() WHERE application_id = $1`, [
        held.applicationId,
      ]);
    });

    it('refuses an incomplete rule', async () => {
      await http()
        .post('/api/bank-simulator/application-rules')
        .set(OPERATOR)
        .send({ action: 'DELAY' })
        .expect(400)
        .expect(({ body }) => expect(body.code).toBe('BANK_SIM_RULE_INCOMPLETE'));
    });
  });

  describe('cancellation', () => {
    it('cancels an application the bank still holds: it is reported CANCELLED and executes nothing', async () => {
      const kzt = await open('KZT', 10_000_00);
      await http()
        .post('/api/bank-simulator/application-rules')
        .set(OPERATOR)
        .send({ kind: 'CASH_WITHDRAWAL', action: 'DELAY', delayMs: 60_000, oneShot: true })
        .expect(201);
      const withdrawal = order({
        kind: 'CASH_WITHDRAWAL',
        accountIban: kzt,
        amount: { minor: 10_000_00, currency: 'KZT' },
        date: '2026-12-04',
        branch: '001',
        purpose: 'Salaries',
      });
      await bank.submitApplication(withdrawal);

      const cancellation = await execute({
        kind: 'CANCELLATION',
        applicationId: withdrawal.applicationId,
        cancelledKind: 'CASH_WITHDRAWAL',
        cancelledNumber: '17',
        reason: 'Not needed',
      });

      expect(cancellation.final.status).toBe('DONE');
      expect(await statusOf(withdrawal.applicationId)).toEqual({ status: 'CANCELLED', reason: null });
      expect((await reportsOf(withdrawal.applicationId)).map((report) => report.status)).toEqual([
        'CANCELLED',
      ]);
      await drain();
      expect(await balance(kzt)).toBe(10_000_00);
    });

    it('refuses to cancel an application already final, or unknown, with ALREADY_COMPLETED', async () => {
      const done = await execute({ kind: 'BANK_DETAILS_CHANGE', phone: '+77010000000' });
      const cancel = (applicationId: string) =>
        execute({
          kind: 'CANCELLATION',
          applicationId,
          cancelledKind: 'BANK_DETAILS_CHANGE',
          cancelledNumber: '17',
          reason: 'Changed our mind',
        });

      expect((await cancel(done.id)).final).toMatchObject({ status: 'REFUSED', reason: 'ALREADY_COMPLETED' });
      expect((await cancel(randomUUID())).final).toMatchObject({
        status: 'REFUSED',
        reason: 'ALREADY_COMPLETED',
      });
      expect(await statusOf(done.id)).toEqual({ status: 'DONE', reason: null });
    });
  });

  describe('control API', () => {
    it('publishes rates and validates a new one', async () => {
      const rates = await http().get('/api/bank-simulator/exchange-rates').set(OPERATOR).expect(200);
      expect(rates.body).toEqual(
        expect.arrayContaining([
          { currency: 'USD', buy: '468.00', sell: '472.00', updatedAt: expect.any(String) },
          expect.objectContaining({ currency: 'RUB' }),
          expect.objectContaining({ currency: 'CNY' }),
        ]),
      );
      expect(await bank.exchangeRates()).toEqual(rates.body);

      await http()
        .put('/api/bank-simulator/exchange-rates/JPY')
        .set(OPERATOR)
        .send({ buy: '3.05', sell: '3.250001' })
        .expect(200)
        .expect(({ body }) => expect(body).toMatchObject({ currency: 'JPY', buy: '3.05', sell: '3.250001' }));
      for (const [currency, rate] of [
        ['KZT', { buy: '1', sell: '1' }],
        ['XYZ', { buy: '1', sell: '2' }],
        ['USD', { buy: '472.00', sell: '471.99' }],
        ['USD', { buy: '0', sell: '1' }],
      ] as const) {
        const response = await http()
          .put(`/api/bank-simulator/exchange-rates/${currency}`)
          .set(OPERATOR)
          .send(rate);
        expect([response.status, response.body.code]).toEqual([422, 'BANK_SIM_RATE_INVALID']);
      }
      await http()
        .put('/api/bank-simulator/exchange-rates/USD')
        .set(OPERATOR)
        .send({ buy: '468.1234567', sell: '472' })
        .expect(400);
      expect((await bank.exchangeRates()).find((rate) => rate.currency === 'USD')).toMatchObject({
        buy: '468.00',
        sell: '472.00',
      });
    });

    it('lists the applications newest first and shows one without the file’s bytes', async () => {
      const first = await execute({ kind: 'BANK_CERTIFICATE', certificateKind: 'NO_DEBTS', language: 'en' });
      const second = order({ kind: 'BANK_DETAILS_CHANGE', phone: '+77010000001' });
      await bank.submitApplication(second);

      const list = await http().get('/api/bank-simulator/applications').set(OPERATOR).expect(200);
      const ids = (list.body as { applicationId: string }[]).map((entry) => entry.applicationId);
      expect(ids.indexOf(second.applicationId)).toBeLessThan(ids.indexOf(first.id));
      const one = await http().get(`/api/bank-simulator/applications/${first.id}`).set(OPERATOR).expect(200);
      expect(one.body).toMatchObject({
        applicationId: first.id,
        reference: first.receipt.reference,
        kind: 'BANK_CERTIFICATE',
        status: 'DONE',
      });
      expect(JSON.stringify(one.body)).not.toContain('contentBase64');
      await http().get(`/api/bank-simulator/applications/${randomUUID()}`).set(OPERATOR).expect(404);
    });
  });
});
