import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { OPERATOR } from './support/dev-identity.js';
import { onboard, openSimulatorAccount, ourIban, type Onboarded } from './support/onboarding.js';
import { sql } from './support/sessions.js';
import { startTestApp, startTestWorker, type TestApp, type TestWorker } from './support/test-app.js';
import { today } from './support/payment-order.js';
import { checkedChange } from './support/manager-changes.js';

const BENEFICIARY_IBAN = ourIban('KZT7100000001');

describe('GET /api/accounts/:iban/statement', () => {
  let testApp: TestApp;
  let worker: TestWorker;

  beforeAll(async () => {
    testApp = await startTestApp();
    worker = await startTestWorker(testApp);
    await openSimulatorAccount(testApp, BENEFICIARY_IBAN, 0, {
      name: 'ТОО "Получатель"',
      binIin: '940140000385',
    });
  });
  afterAll(async () => {
    await worker.stop();
    await testApp.close();
  });

  const http = () => testApp.http();
  const statementOf = (client: Onboarded, iban: string, query = '') =>
    http().get(`/api/accounts/${iban}/statement${query}`).set(client.as('Solo', 'MOBILE'));

  async function executePayment(client: Onboarded, amount: string, purpose: string): Promise<string> {
    const created = await http()
      .post('/api/documents')
      .set(client.as('Solo'))
      .send({
        number: '7',
        date: today(),
        valueDate: today(),
        payerIban: client.payerIban,
        amount,
        currency: 'KZT',
        beneficiary: {
          name: 'ТОО "Получатель"',
          binIin: '940140000385',
          iban: BENEFICIARY_IBAN,
          bic: 'QOLTKZKA',
          kbe: '17',
        },
        knp: '710',
        purpose,
      });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const submitted = await http().post(`/api/documents/${id}/submission`).set(client.as('Solo'));
    expect(submitted.status).toBe(201);
    const signed = await http()
      .post(`/api/documents/${id}/signatures`)
      .set(client.as('Solo'))
      .send({ contentHash: submitted.body.contentHash, evidence: { kind: 'DEV' } });
    expect(signed.status).toBe(201);
    const deadline = Date.now() + 20_000;
    for (;;) {
      const status = (await http().get(`/api/documents/${id}`).set(client.as('Solo'))).body.status as string;
      if (status === 'EXECUTED') return id;
      if (Date.now() > deadline) throw new Error(`document stayed ${status}, wanted EXECUTED`);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }

  it('shows an executed payment first, as a signed debit in exact decimals with its counterparty, purpose and document, in the Mobile channel', async () => {
    const client = await onboard(testApp, { Solo: { right: 'SINGLE' } }, { balanceTiyn: 1_000_000_00 });
    const documentId = await executePayment(client, '1250.50', 'Оплата по договору № 15');

    const response = await statementOf(client, client.payerIban);

    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      iban: client.payerIban,
      currency: 'KZT',
      entries: [
        {
          id: expect.any(String),
          bookedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
          amountTiyn: -125_050,
          amount: '-1250.50',
          balanceAfterTiyn: 99_874_950,
          balanceAfter: '998749.50',
          counterpartyName: 'ТОО "Получатель"',
          counterpartyIban: BENEFICIARY_IBAN,
          counterpartyBinIin: '940140000385',
          counterpartyBic: 'QOLTKZKA',
          counterpartyKbe: '17',
          knp: '710',
          documentNumber: '7',
          documentDate: today(),
          purpose: 'Оплата по договору № 15',
          documentId,
        },
        expect.objectContaining({
          amountTiyn: 1_000_000_00,
          amount: '1000000.00',
          balanceAfterTiyn: 1_000_000_00,
        }),
      ],
    });
    expect(response.body.entries[1]).not.toHaveProperty('documentId');
  });

  it('shows simulator balance adjustments newest first, and at most `limit` entries', async () => {
    const client = await onboard(testApp, { Solo: { right: 'SINGLE' } }, { balanceTiyn: 100_00 });
    for (const [amountTiyn, description] of [
      [50_00, 'cash deposit'],
      [-30_01, 'fee'],
    ] as const) {
      const adjusted = await http()
        .post(`/api/bank-simulator/accounts/${client.payerIban}/adjustments`)
        .set(OPERATOR)
        .send({ amountTiyn, description });
      expect(adjusted.status).toBe(201);
    }

    const all = await statementOf(client, client.payerIban);
    const latest = await statementOf(client, client.payerIban, '?limit=2');

    expect(all.status).toBe(200);
    expect(
      all.body.entries.map((entry: { amount: string; balanceAfter: string; purpose: string }) => [
        entry.amount,
        entry.balanceAfter,
        entry.purpose,
      ]),
    ).toEqual([
      ['-30.01', '119.99', 'fee'],
      ['50.00', '150.00', 'cash deposit'],
      ['100.00', '100.00', 'opening balance'],
    ]);
    expect(latest.status).toBe(200);
    expect(latest.body.entries).toEqual(all.body.entries.slice(0, 2));
  });

  it("refuses another organization's account with 404 ORG_ACCOUNT_NOT_FOUND, exactly as an unknown one, and audits the attempt", async () => {
    const ours = await onboard(testApp, { Solo: { right: 'SINGLE' } });
    const theirs = await onboard(testApp, { Solo: { right: 'SINGLE' } });

    const foreign = await statementOf(ours, theirs.payerIban);
    const unknown = await statementOf(ours, ourIban('KZT9999999999'));

    expect(foreign.status).toBe(404);
    expect(foreign.body).toEqual({
      code: 'ORG_ACCOUNT_NOT_FOUND',
      message: expect.any(String),
      details: { field: 'iban' },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual(foreign.body);
    const audited = await sql<{ outcome: string }>(
      testApp,
      `SELECT outcome FROM audit_event WHERE action = 'ACCOUNT_STATEMENT_ACCESS' AND actor_id = $1`,
      [ours.users.Solo!.id],
    );
    expect(audited).toEqual([{ outcome: 'ORG_ACCOUNT_NOT_FOUND' }]);
  });

  it("answers 503 ORG_STATEMENT_UNAVAILABLE for an account of the organization that the bank's core does not hold", async () => {
    const client = await onboard(testApp, { Solo: { right: 'SINGLE' } });
    const unopened = ourIban('KZT8888888888');
    await checkedChange(testApp, {
      type: 'ADD_ACCOUNT',
      organizationId: client.organizationId,
      account: { iban: unopened, currency: 'KZT', title: 'Not yet opened' },
    });

    const response = await statementOf(client, unopened);

    expect(response.status).toBe(503);
    expect(response.body.code).toBe('ORG_STATEMENT_UNAVAILABLE');
  });

  it.each([
    ['too short', 'KZ86998KZT'],
    ['with a wrong check digit', ourIban('KZT5004100100').replace(/^KZ\d\d/, 'KZ00')],
    ['of another country', 'DE89370400440532013000'],
  ])('rejects an IBAN %s with 400 naming the iban field', async (_, iban) => {
    const client = await onboard(testApp, { Solo: { right: 'SINGLE' } });
    const response = await statementOf(client, iban);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'iban' } });
  });

  it.each(['0', '201', 'ten', '1.5', '0x10', '%205', '1e2', ''])(
    'rejects limit=%s with 400 naming the limit field (1 to 200 entries)',
    async (limit) => {
      const client = await onboard(testApp, { Solo: { right: 'SINGLE' } });
      const response = await statementOf(client, client.payerIban, `?limit=${limit}`);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'limit' } });
    },
  );

  it('asks who is calling when no identity is given', async () => {
    const response = await http().get(`/api/accounts/${BENEFICIARY_IBAN}/statement`);
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('AUTH_UNAUTHENTICATED');
  });
});
