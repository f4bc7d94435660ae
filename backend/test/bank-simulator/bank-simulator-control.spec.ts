import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes, randomUUID } from 'node:crypto';
import { BankGateway } from '../../src/bank-gateway/bank-gateway.js';
import { BankSimulatorController } from '../../src/bank-gateway/simulator/control/bank-simulator.controller.js';
import { freshIban, OTHER_BANK, openAccount, paymentOrder } from '../support/bank-simulator.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { OPERATOR } from '../support/dev-identity.js';

describe(BankSimulatorController.name, () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(() => testApp.close());

  const http = () => testApp.http();
  const newAccount = (overrides: Record<string, unknown> = {}) => ({
    iban: freshIban(),
    holderName: 'ИП Серікбаев',
    holderBinIin: '871008401427',
    ...overrides,
  });

  it('opens an account with an opening balance, booked as the first statement entry', async () => {
    const account = newAccount({ openingBalanceTiyn: 150_000_00 });
    const opened = await http().post('/api/bank-simulator/accounts').set(OPERATOR).send(account);

    expect(opened.status).toBe(201);
    expect(opened.body).toEqual({
      iban: account.iban,
      currency: 'KZT',
      holderName: 'ИП Серікбаев',
      holderBinIin: '871008401427',
      balanceTiyn: 150_000_00,
      blocked: false,
      openedAt: expect.any(String),
    });
    const statement = await http()
      .get(`/api/bank-simulator/accounts/${account.iban}/statement`)
      .set(OPERATOR);
    expect(statement.body).toEqual({
      iban: account.iban,
      currency: 'KZT',
      balanceTiyn: 150_000_00,
      entries: [
        expect.objectContaining({ kind: 'OPENING', amountTiyn: 150_000_00, balanceAfterTiyn: 150_000_00 }),
      ],
    });
  });

  it('refuses malformed account requests field by field with VALIDATION_FAILED', async () => {
    const valid = newAccount();
    const broken = `${valid.iban.slice(0, 19)}${valid.iban.endsWith('1') ? '2' : '1'}`;
    const response = await http().post('/api/bank-simulator/accounts').set(OPERATOR).send({
      iban: broken,
      holderName: '',
      holderBinIin: '12345',
      openingBalanceTiyn: 10.5,
      currency: 'kzt',
      extra: 1,
    });

    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.details.violations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'iban', code: 'IS_KZ_IBAN' }),
        expect.objectContaining({ field: 'holderName', code: 'IS_LENGTH' }),
        expect.objectContaining({ field: 'holderBinIin', code: 'MATCHES' }),
        expect.objectContaining({ field: 'openingBalanceTiyn', code: 'IS_INT' }),
        expect.objectContaining({ field: 'currency', code: 'MATCHES' }),
        expect.objectContaining({ field: 'extra', code: 'UNKNOWN_FIELD' }),
      ]),
    );
  });

  it('refuses an account of another bank, and a second account with the same IBAN', async () => {
    const foreign = await http()
      .post('/api/bank-simulator/accounts')
      .set(OPERATOR)
      .send(newAccount({ iban: freshIban(OTHER_BANK) }));
    expect(foreign.status).toBe(422);
    expect(foreign.body).toMatchObject({ code: 'BANK_SIM_FOREIGN_ACCOUNT', details: { field: 'iban' } });

    const account = newAccount();
    await http().post('/api/bank-simulator/accounts').set(OPERATOR).send(account).expect(201);
    const again = await http().post('/api/bank-simulator/accounts').set(OPERATOR).send(account);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'BANK_SIM_ACCOUNT_EXISTS', details: { field: 'iban' } });
  });

  it('answers BANK_SIM_ACCOUNT_NOT_FOUND for an account it does not hold, on every account route', async () => {
    const iban = freshIban();
    const answers = await Promise.all([
      http().get(`/api/bank-simulator/accounts/${iban}`).set(OPERATOR),
      http().get(`/api/bank-simulator/accounts/${iban}/statement`).set(OPERATOR),
      http().put(`/api/bank-simulator/accounts/${iban}/balance`).set(OPERATOR).send({ balanceTiyn: 1 }),
      http().post(`/api/bank-simulator/accounts/${iban}/adjustments`).set(OPERATOR).send({ amountTiyn: 1 }),
      http().post(`/api/bank-simulator/accounts/${iban}/block`).set(OPERATOR),
    ]);
    for (const answer of answers) {
      expect(answer.status).toBe(404);
      expect(answer.body).toMatchObject({ code: 'BANK_SIM_ACCOUNT_NOT_FOUND', details: { field: 'iban' } });
    }
    const malformed = await http().get('/api/bank-simulator/accounts/KZ00NOTANIBAN').set(OPERATOR);
    expect(malformed.status).toBe(400);
    expect(malformed.body.details.field).toBe('iban');
  });

  it('refuses an adjustment that would take a balance past the largest exact amount (2^53 - 1 tiyn)', async () => {
    const account = await openAccount(testApp, 0);
    const toTheTop = await http()
      .put(`/api/bank-simulator/accounts/${account.iban}/balance`)
      .set(OPERATOR)
      .send({ balanceTiyn: Number.MAX_SAFE_INTEGER });
    expect(toTheTop.status).toBe(200);
    const pastExact = await http()
      .post(`/api/bank-simulator/accounts/${account.iban}/adjustments`)
      .set(OPERATOR)
      .send({ amountTiyn: 1 });
    expect(pastExact.status).toBe(422);
    expect(pastExact.body).toMatchObject({
      code: 'BANK_SIM_BALANCE_TOO_LARGE',
      details: { field: 'amountTiyn' },
    });
  });

  it('sets and adjusts balances as booked adjustments, never below zero, listed newest first', async () => {
    const account = await openAccount(testApp, 1_000);
    const set = await http()
      .put(`/api/bank-simulator/accounts/${account.iban}/balance`)
      .set(OPERATOR)
      .send({ balanceTiyn: 5_000 });
    expect(set.status).toBe(200);
    expect(set.body.balanceTiyn).toBe(5_000);
    const adjusted = await http()
      .post(`/api/bank-simulator/accounts/${account.iban}/adjustments`)
      .set(OPERATOR)
      .send({ amountTiyn: -1_250, description: 'cash withdrawal' });
    expect(adjusted.status).toBe(201);
    expect(adjusted.body.balanceTiyn).toBe(3_750);

    const tooMuch = await http()
      .post(`/api/bank-simulator/accounts/${account.iban}/adjustments`)
      .set(OPERATOR)
      .send({ amountTiyn: -3_751 });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body).toMatchObject({
      code: 'BANK_SIM_NEGATIVE_BALANCE',
      details: { field: 'amountTiyn' },
    });
    const zero = await http()
      .post(`/api/bank-simulator/accounts/${account.iban}/adjustments`)
      .set(OPERATOR)
      .send({ amountTiyn: 0 });
    expect(zero.status).toBe(400);
    expect(zero.body.details.violations).toEqual([
      expect.objectContaining({ field: 'amountTiyn', code: 'NOT_EQUALS' }),
    ]);
    const negative = await http()
      .put(`/api/bank-simulator/accounts/${account.iban}/balance`)
      .set(OPERATOR)
      .send({ balanceTiyn: -1 });
    expect(negative.status).toBe(400);
    expect(negative.body.details.field).toBe('balanceTiyn');

    const statement = await http()
      .get(`/api/bank-simulator/accounts/${account.iban}/statement`)
      .set(OPERATOR);
    const entries = statement.body.entries as {
      kind: string;
      amountTiyn: number;
      balanceAfterTiyn: number;
    }[];
    expect(entries.map((entry) => [entry.kind, entry.amountTiyn, entry.balanceAfterTiyn])).toEqual([
      ['ADJUSTMENT', -1_250, 3_750],
      ['ADJUSTMENT', 4_000, 5_000],
      ['OPENING', 1_000, 1_000],
    ]);
  });

  it('lists statement entries of payments newest first, each with its counterparty and the balance after it', async () => {
    const bank = testApp.app.get(BankGateway);
    const payer = await openAccount(testApp, 10_000);
    const beneficiary = await openAccount(testApp, 0);
    const orders = [300, 200, 100].map((amount) => paymentOrder(payer, beneficiary, amount));
    for (const order of orders) await bank.submitPayment(order);

    const statement = await http()
      .get(`/api/bank-simulator/accounts/${payer.iban}/statement?limit=3`)
      .set(OPERATOR);

    expect(statement.status).toBe(200);
    expect(statement.body.balanceTiyn).toBe(9_400);
    expect(statement.body.entries).toEqual([
      expect.objectContaining({
        kind: 'DEBIT',
        amountTiyn: -100,
        balanceAfterTiyn: 9_400,
        documentId: orders[2]!.documentId,
        counterpartyIban: beneficiary.iban,
      }),
      expect.objectContaining({
        kind: 'DEBIT',
        amountTiyn: -200,
        balanceAfterTiyn: 9_500,
        documentId: orders[1]!.documentId,
      }),
      expect.objectContaining({
        kind: 'DEBIT',
        amountTiyn: -300,
        balanceAfterTiyn: 9_700,
        documentId: orders[0]!.documentId,
      }),
    ]);
    const badLimit = await http()
      .get(`/api/bank-simulator/accounts/${payer.iban}/statement?limit=0`)
      .set(OPERATOR);
    expect(badLimit.status).toBe(400);
    expect(badLimit.body.details.field).toBe('limit');
  });

  it('blocks and unblocks an account', async () => {
    const account = await openAccount(testApp, 0);
    const blocked = await http().post(`/api/bank-simulator/accounts/${account.iban}/block`).set(OPERATOR);
    expect(blocked.status).toBe(200);
    expect(blocked.body.blocked).toBe(true);
    const unblocked = await http().post(`/api/bank-simulator/accounts/${account.iban}/unblock`).set(OPERATOR);
    expect(unblocked.body.blocked).toBe(false);
  });

  it('adds, lists and removes rejection rules, refusing rules that match nothing in particular', async () => {
    const payerIban = freshIban();
    const added = await http()
      .post('/api/bank-simulator/rejection-rules')
      .set(OPERATOR)
      .send({ payerIban, reason: 'INSUFFICIENT_FUNDS', oneShot: true, note: 'demo' });
    expect(added.status).toBe(201);
    expect(added.body).toEqual({
      id: expect.any(String),
      payerIban,
      beneficiaryIban: null,
      reason: 'INSUFFICIENT_FUNDS',
      note: 'demo',
      oneShot: true,
      timesApplied: 0,
      createdAt: expect.any(String),
    });
    const listed = await http().get('/api/bank-simulator/rejection-rules').set(OPERATOR);
    expect(listed.body).toContainEqual(added.body);

    const empty = await http()
      .post('/api/bank-simulator/rejection-rules')
      .set(OPERATOR)
      .send({ reason: 'REJECTED_BY_RULE' });
    expect(empty.status).toBe(400);
    expect(empty.body).toMatchObject({
      code: 'BANK_SIM_RULE_WITHOUT_CRITERIA',
      details: { field: 'payerIban' },
    });
    const badReason = await http()
      .post('/api/bank-simulator/rejection-rules')
      .set(OPERATOR)
      .send({ payerIban, reason: 'BECAUSE' });
    expect(badReason.status).toBe(400);
    expect(badReason.body.details.violations).toEqual([
      expect.objectContaining({ field: 'reason', code: 'IS_IN' }),
    ]);

    await http().delete(`/api/bank-simulator/rejection-rules/${added.body.id}`).set(OPERATOR).expect(204);
    const gone = await http().delete(`/api/bank-simulator/rejection-rules/${added.body.id}`).set(OPERATOR);
    expect(gone.status).toBe(404);
    expect(gone.body).toMatchObject({ code: 'BANK_SIM_RULE_NOT_FOUND', details: { field: 'id' } });
    const notUuid = await http().delete('/api/bank-simulator/rejection-rules/42').set(OPERATOR);
    expect(notUuid.status).toBe(400);
    expect(notUuid.body.details.field).toBe('id');
  });

  it('lists received payments newest first, filtered by status and account, and shows one by document id', async () => {
    const bank = testApp.app.get(BankGateway);
    const payer = await openAccount(testApp, 1_000);
    const beneficiary = await openAccount(testApp, 0);
    const executed = paymentOrder(payer, beneficiary, 600);
    const rejected = paymentOrder(payer, beneficiary, 600);
    const accepted = paymentOrder(payer, { iban: freshIban(OTHER_BANK) }, 100);
    for (const order of [executed, rejected, accepted]) await bank.submitPayment(order);

    const all = await http().get(`/api/bank-simulator/payments?iban=${payer.iban}`).set(OPERATOR);
    expect(all.status).toBe(200);
    expect((all.body as { documentId: string }[]).map((payment) => payment.documentId)).toEqual([
      accepted.documentId,
      rejected.documentId,
      executed.documentId,
    ]);
    const onlyRejected = await http()
      .get(`/api/bank-simulator/payments?iban=${payer.iban}&status=REJECTED`)
      .set(OPERATOR);
    expect(onlyRejected.body).toEqual([
      expect.objectContaining({
        documentId: rejected.documentId,
        status: 'REJECTED',
        reason: 'INSUFFICIENT_FUNDS',
        reasonDetail: expect.stringContaining('600'),
        amountTiyn: 600,
        order: rejected,
      }),
    ]);
    const one = await http().get(`/api/bank-simulator/payments/${accepted.documentId}`).set(OPERATOR);
    expect(one.body).toMatchObject({
      status: 'ACCEPTED',
      intraBank: false,
      executeAfter: expect.any(String),
      reportedAt: null,
    });

    const unknown = await http().get(`/api/bank-simulator/payments/${randomUUID()}`).set(OPERATOR);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({
      code: 'BANK_SIM_PAYMENT_NOT_FOUND',
      details: { field: 'documentId' },
    });
    const badStatus = await http().get('/api/bank-simulator/payments?status=LOST').set(OPERATOR);
    expect(badStatus.status).toBe(400);
    expect(badStatus.body.details.field).toBe('status');
  });

  it('is described in the OpenAPI document under the bank-simulator tag', async () => {
    const response = await http().get('/api/docs/openapi.json');
    const path = response.body.paths['/api/bank-simulator/accounts'];
    expect(path.post.tags).toEqual(['bank-simulator']);
  });
});

describe('bank simulator control API in production mode', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({
      // Production refuses to start without its own secrets key.
      env: { NODE_ENV: 'production', SECRETS_ENCRYPTION_KEY: randomBytes(32).toString('base64') },
    });
  });
  afterAll(() => testApp.close());

  it('is absent: its routes answer 404 and the OpenAPI document does not mention them', async () => {
    const answers = await Promise.all([
      testApp.http().get('/api/bank-simulator/accounts').set(OPERATOR),
      testApp
        .http()
        .post('/api/bank-simulator/accounts')
        .set(OPERATOR)
        .send({ iban: freshIban(), holderName: 'x', holderBinIin: '871008401427' }),
      testApp
        .http()
        .post('/api/bank-simulator/rejection-rules')
        .set(OPERATOR)
        .send({ payerIban: freshIban() }),
    ]);
    for (const answer of answers) {
      expect(answer.status).toBe(404);
      expect(answer.body.code).toBe('NOT_FOUND');
    }
    const openApi = await testApp.http().get('/api/docs/openapi.json');
    expect(
      Object.keys(openApi.body.paths as object).filter((path) => path.includes('bank-simulator')),
    ).toEqual([]);
  });

  it('still provides the gateway itself to the platform', async () => {
    const bank = testApp.app.get(BankGateway);
    expect(await bank.getBalances([freshIban()])).toEqual([]);
  });
});
