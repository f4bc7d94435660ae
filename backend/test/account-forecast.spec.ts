import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { almatyDate } from '@qoltanba/workflows/domain';
import { addAccount, onboard, type Onboarded } from './support/onboarding.js';
import { paymentOrder, today } from './support/payment-order.js';
import { sql } from './support/sessions.js';
import { startTestApp, startTestWorker, type TestApp, type TestWorker } from './support/test-app.js';
import { until } from './support/until.js';

/**
 * An account's forecast through the API: the available balance from the bank simulator, the
 * payments on their way from the documents' read model (real PostgreSQL), kept by the document
 * workflow (real Temporal server).
 */
describe('account forecast', () => {
  let testApp: TestApp;
  let worker: TestWorker;
  let client: Onboarded;

  beforeAll(async () => {
    testApp = await startTestApp({ env: { BANK_SIMULATOR_INTERBANK_DELAY_MS: '60000' } });
    worker = await startTestWorker(testApp);
    client = await onboard(
      testApp,
      { Ainur: { right: 'FIRST' }, Gulnar: { right: 'SINGLE' } },
      { balanceTiyn: 1_000_00 },
    );
  });
  afterAll(async () => {
    await worker.stop();
    await testApp.close();
  });

  const http = () => testApp.http();
  const tomorrow = () => almatyDate(new Date(Date.now() + 86_400_000).toISOString());
  const forecast = (iban = client.payerIban, who = 'Ainur') =>
    http().get(`/api/accounts/${iban}/forecast`).set(client.as(who, 'LIGHT'));

  async function payment(amount: string, options: { valueDate?: string; submit?: boolean } = {}) {
    const created = await http()
      .post(`/api/documents${options.submit === false ? '' : '?submit=true'}`)
      .set(client.as('Ainur', 'LIGHT'))
      .send(
        paymentOrder(client.payerIban, {
          amount,
          ...(options.valueDate && { valueDate: options.valueDate }),
        }),
      );
    expect(created.status).toBe(201);
    return created.body as { id: string; contentHash: string };
  }

  it('takes each day’s payments on their way from what is available, and names the day it runs short', async () => {
    await payment('100.00', { submit: false });
    const first = await payment('300.00');
    const second = await payment('600.00', { valueDate: tomorrow() });
    const signed = await http()
      .post(`/api/documents/${second.id}/signatures`)
      .set(client.as('Ainur', 'LIGHT'))
      .send({ contentHash: second.contentHash, evidence: { kind: 'DEV' } });
    expect(signed.status).toBe(201);
    await payment('200.00', { valueDate: tomorrow() });

    const answer = await forecast();

    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      iban: client.payerIban,
      currency: 'KZT',
      today: today(),
      available: '1000.00',
      shortFrom: tomorrow(),
      drafts: 1,
    });
    const days = answer.body.days as {
      date: string;
      outgoing: string;
      closing: string;
      payments: { id: string }[];
    }[];
    expect(days.map(({ date, outgoing, closing }) => ({ date, outgoing, closing }))).toEqual([
      { date: today(), outgoing: '300.00', closing: '700.00' },
      { date: tomorrow(), outgoing: '800.00', closing: '-100.00' },
    ]);
    expect(days[0]!.payments.map((p) => p.id)).toEqual([first.id]);
  });

  it('stops counting a payment once the bank holds its money: the available balance has it then', async () => {
    const before = (await forecast()).body as { available: string; days: { outgoing: string }[] };
    const sent = await payment('50.00');
    const signed = await http()
      .post(`/api/documents/${sent.id}/signatures`)
      .set(client.as('Gulnar', 'STANDARD'))
      .send({ contentHash: sent.contentHash, evidence: { kind: 'DEV' } });
    expect(signed.status).toBe(201);
    await until(async () => {
      const row = await sql<{ status: string }>(testApp, 'SELECT status FROM document WHERE id = $1', [
        sent.id,
      ]);
      return row[0]?.status === 'ACCEPTED';
    }, 20_000);

    const after = (await forecast()).body as { available: string; days: { outgoing: string }[] };

    expect(after.available).toBe('950.00');
    expect(after.days[0]!.outgoing).toBe(before.days[0]!.outgoing);
  });

  it('counts the cash withdrawals the bank has not executed yet, on their day, beside the payments', async () => {
    const cash = await onboard(testApp, { Kairat: { right: 'SINGLE' } }, { balanceTiyn: 500_000_00 });
    const withdrawal = (amount: string, date: string, submit = true) =>
      http()
        .post(`/api/applications${submit ? '?submit=true' : ''}`)
        .set(cash.as('Kairat', 'LIGHT'))
        .send({
          kind: 'CASH_WITHDRAWAL',
          content: {
            accountIban: cash.payerIban,
            amount,
            currency: 'KZT',
            date,
            branch: 'ALA-01',
            purpose: 'Travel',
          },
        });
    const taken = await withdrawal('150000.00', tomorrow());
    expect(taken.status).toBe(201);
    expect((await withdrawal('1.00', tomorrow(), false)).status).toBe(201);
    const paid = await http()
      .post('/api/documents?submit=true')
      .set(cash.as('Kairat', 'LIGHT'))
      .send(paymentOrder(cash.payerIban, { amount: '400000.00', valueDate: tomorrow() }));
    expect(paid.status).toBe(201);

    const answer = await http()
      .get(`/api/accounts/${cash.payerIban}/forecast`)
      .set(cash.as('Kairat', 'LIGHT'));

    expect(answer.body).toMatchObject({ shortFrom: tomorrow(), drafts: 1 });
    const [day] = answer.body.days as {
      date: string;
      outgoing: string;
      closing: string;
      payments: object[];
    }[];
    expect(day).toMatchObject({ date: tomorrow(), outgoing: '550000.00', closing: '-50000.00' });
    expect(day!.payments).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: taken.body.id, application: 'CASH_WITHDRAWAL', amount: '150000.00' }),
        expect.objectContaining({ id: paid.body.id, beneficiaryName: 'ТОО "Алатау Сауда"' }),
      ]),
    );
  });

  it('counts every payment of a day in its total, though it lists only the first 50, closest to leaving first', async () => {
    const busy = await onboard(testApp, { Busy: { right: 'SINGLE' } }, { balanceTiyn: 1_000_000_00 });
    const created = await http()
      .post('/api/documents?submit=true')
      .set(busy.as('Busy', 'LIGHT'))
      .send(paymentOrder(busy.payerIban, { amount: '10.00' }));
    expect(created.status).toBe(201);
    // 59 more in the read model as the workflows would have written them: 4 already sent, 55 awaiting.
    await sql(
      testApp,
      `INSERT INTO document (id, organization_id, type, status, number, payer_iban, amount_tiyn, value_date,
                             beneficiary_name, author_id, last_seq, state, created_at, updated_at)
       SELECT gen_random_uuid(), organization_id, type, CASE WHEN n <= 4 THEN 'SENT_TO_BANK' ELSE status END,
              number || '-' || n, payer_iban, amount_tiyn, value_date, beneficiary_name, author_id, last_seq,
              state, created_at, updated_at
         FROM document, generate_series(1, 59) n WHERE id = $1`,
      [created.body.id],
    );

    const answer = await http().get(`/api/accounts/${busy.payerIban}/forecast`).set(busy.as('Busy', 'LIGHT'));

    const [day] = answer.body.days as { outgoing: string; more: number; payments: { status: string }[] }[];
    expect(day).toMatchObject({ outgoing: '600.00', more: 10 });
    expect(day!.payments).toHaveLength(50);
    expect(day!.payments.slice(0, 5).map((payment) => payment.status)).toEqual([
      'SENT_TO_BANK',
      'SENT_TO_BANK',
      'SENT_TO_BANK',
      'SENT_TO_BANK',
      'AWAITING_SIGNATURES',
    ]);
    expect(answer.body.available).toBe('1000000.00');
  });

  it('answers another organization’s account as missing, a currency account as having no payments to forecast, and a malformed IBAN with its field', async () => {
    const other = await onboard(testApp, { Stranger: { right: 'SINGLE' } });
    const elsewhere = await forecast(other.payerIban);
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.body).toMatchObject({ code: 'ORG_ACCOUNT_NOT_FOUND', details: { field: 'iban' } });

    const usd = await addAccount(testApp, client.organizationId, 'USD');
    const currency = await forecast(usd);
    expect(currency.status).toBe(422);
    expect(currency.body).toMatchObject({ code: 'FORECAST_ACCOUNT_NOT_TENGE', details: { field: 'iban' } });

    const malformed = await forecast('KZ00NOTANIBAN');
    expect(malformed.status).toBe(400);
    expect(malformed.body.details.violations[0].field).toBe('iban');
  });
});
