import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { Client } from '@temporalio/client';
import pg from 'pg';
import { MANAGER } from './support/dev-identity.js';
import { addAccount, onboard, ourIban, openSimulatorAccount, type Onboarded } from './support/onboarding.js';
import { startTestApp, startTestWorker, type TestApp, type TestWorker } from './support/test-app.js';
import { paymentOrder } from './support/payment-order.js';
import { checkedChange } from './support/manager-changes.js';

describe('documents API over the document workflow', () => {
  let testApp: TestApp;
  let worker: TestWorker;
  let client: Onboarded;

  beforeAll(async () => {
    testApp = await startTestApp({ env: { BANK_SIMULATOR_INTERBANK_DELAY_MS: '300' } });
    worker = await startTestWorker(testApp);
    client = await onboard(
      testApp,
      {
        Author: { right: 'NONE' },
        Ainur: { right: 'FIRST' },
        Bolat: { right: 'SECOND' },
        Gulnar: { right: 'SINGLE' },
        Daulet: { right: 'NONE' },
        Erlan: { right: 'FIRST' },
      },
      { noneMayPrepare: true },
    );
  });
  afterAll(async () => {
    await worker.stop();
    await testApp.close();
  });

  const http = () => testApp.http();

  async function createSubmitted(overrides: Record<string, unknown> = {}, author = 'Author') {
    const created = await http()
      .post('/api/documents')
      .set(client.as(author, 'LIGHT'))
      .send(paymentOrder(client.payerIban, overrides));
    expect(created.status).toBe(201);
    const submitted = await http()
      .post(`/api/documents/${created.body.id}/submission`)
      .set(client.as(author, 'LIGHT'));
    expect(submitted.status).toBe(201);
    return submitted.body as { id: string; contentHash: string; status: string; revision: number };
  }

  const sign = (id: string, contentHash: string, user: string, channel: 'STANDARD' | 'LIGHT' | 'MOBILE') =>
    http()
      .post(`/api/documents/${id}/signatures`)
      .set(client.as(user, channel))
      .send({ contentHash, evidence: { kind: 'DEV' } });

  async function waitForStatus(id: string, status: string, user = 'Ainur') {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const response = await http().get(`/api/documents/${id}`).set(client.as(user));
      if (response.body.status === status) return response.body;
      if (Date.now() > deadline)
        throw new Error(`document stayed ${response.body.status as string}, wanted ${status}`);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }

  it('creates a draft with the amount kept exactly, and lists it newest first', async () => {
    const first = await http()
      .post('/api/documents')
      .set(client.as('Author'))
      .send(paymentOrder(client.payerIban, { number: 'A-1' }));
    const second = await http()
      .post('/api/documents')
      .set(client.as('Author'))
      .send(paymentOrder(client.payerIban, { number: 'A-2', amount: '0.10' }));
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      status: 'DRAFT',
      amount: '1250.50',
      content: { amountTiyn: 125_050 },
    });
    expect(second.body.amount).toBe('0.10');
    const list = await http().get('/api/documents?status=DRAFT&pageSize=2').set(client.as('Ainur'));
    expect(list.status).toBe(200);
    expect(list.body.items.map((item: { content: { number: string } }) => item.content.number)).toEqual([
      'A-2',
      'A-1',
    ]);
  });

  it('finds a document in lists and details the moment its creation has been answered', async () => {
    const created = await Promise.all(
      Array.from({ length: 5 }, (_, n) =>
        http()
          .post('/api/documents')
          .set(client.as('Author'))
          .send(paymentOrder(client.payerIban, { number: `R-${n}` })),
      ),
    );
    const reads = await Promise.all(
      created.map((answer) => http().get(`/api/documents/${answer.body.id}`).set(client.as('Author'))),
    );
    expect(reads.map((read) => read.status)).toEqual([200, 200, 200, 200, 200]);
  });

  it('saves and sends for signature in one step when asked to', async () => {
    const response = await http()
      .post('/api/documents?submit=true')
      .set(client.as('Author'))
      .send(paymentOrder(client.payerIban));
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ status: 'AWAITING_SIGNATURES', awaiting: { kind: 'SIGNATURE' } });
    const timeline = await http().get(`/api/documents/${response.body.id}/timeline`).set(client.as('Author'));
    expect(timeline.body.map((entry: { event: string }) => entry.event)).toEqual(['CREATED', 'SUBMITTED']);
  });

  it('refuses an invalid IBAN and a wrong BIN check digit with one code and field each, saving nothing', async () => {
    const before = await http().get('/api/documents').set(client.as('Ainur'));
    const response = await http()
      .post('/api/documents')
      .set(client.as('Author'))
      .send(
        paymentOrder(client.payerIban, {
          beneficiary: {
            ...paymentOrder(client.payerIban).beneficiary,
            iban: 'KZ476010131000179715',
            binIin: '940140000386',
          },
        }),
      );
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    const fields = response.body.details.violations.map((violation: { field: string }) => violation.field);
    expect(fields).toEqual(expect.arrayContaining(['beneficiary.iban', 'beneficiary.binIin']));
    const after = await http().get('/api/documents').set(client.as('Ainur'));
    expect(after.body.total).toBe(before.body.total);
  });

  it('pays a tenge order only from a tenge account of the organization: another’s or a USD one is refused at payerIban, saving nothing', async () => {
    const usdIban = await addAccount(testApp, client.organizationId, 'USD');
    const other = await onboard(testApp, { Outsider: { right: 'SINGLE' } });
    const before = await http().get('/api/documents').set(client.as('Ainur'));

    const fromUsd = await http().post('/api/documents').set(client.as('Author')).send(paymentOrder(usdIban));
    const fromOthers = await http()
      .post('/api/documents')
      .set(client.as('Author'))
      .send(paymentOrder(other.payerIban));

    expect(fromUsd.status).toBe(422);
    expect(fromUsd.body).toMatchObject({
      code: 'DOCUMENT_PAYER_ACCOUNT_NOT_TENGE',
      details: { field: 'payerIban' },
    });
    expect(fromOthers.status).toBe(422);
    expect(fromOthers.body).toMatchObject({
      code: 'DOCUMENT_PAYER_ACCOUNT_NOT_OWNED',
      details: { field: 'payerIban' },
    });
    const after = await http().get('/api/documents').set(client.as('Ainur'));
    expect(after.body.total).toBe(before.body.total);
  });

  it('answers a malformed amount with its own code, never a rounded number', async () => {
    const response = await http()
      .post('/api/documents')
      .set(client.as('Author'))
      .send(paymentOrder(client.payerIban, { amount: '12.345' }));
    expect(response.status).toBe(400);
    expect(response.body.details.field).toBe('amount');
  });

  it('takes FIRST and SECOND approvals by OTP, waits for a Standard EDS, then executes and moves the money', async () => {
    const doc = await createSubmitted({
      beneficiary: {
        name: 'Own',
        binIin: '940140000385',
        iban: ourIban('KZT7000000001'),
        bic: 'QOLTKZKA',
        kbe: '17',
      },
    });
    await openSimulatorAccount(testApp, ourIban('KZT7000000001'), 0);
    expect((await sign(doc.id, doc.contentHash, 'Ainur', 'LIGHT')).body.status).toBe('AWAITING_SIGNATURES');
    const approved = await sign(doc.id, doc.contentHash, 'Bolat', 'MOBILE');
    expect(approved.body).toMatchObject({ status: 'SIGNED', awaiting: { kind: 'DISPATCH_EDS' } });
    const detail = await http().get(`/api/documents/${doc.id}`).set(client.as('Ainur'));
    expect(detail.body.awaiting.users.map((user: { name: string }) => user.name)).toEqual(
      expect.arrayContaining(['Ainur', 'Bolat', 'Gulnar']),
    );
    const dispatched = await sign(doc.id, doc.contentHash, 'Ainur', 'STANDARD');
    expect(dispatched.status).toBe(201);
    const executed = await waitForStatus(doc.id, 'EXECUTED');
    expect(executed.signatures.map((s: { slot: string; method: string }) => `${s.slot}:${s.method}`)).toEqual(
      ['FIRST:OTP', 'SECOND:OTP', 'DISPATCH:EDS'],
    );
    const statement = await http()
      .get(`/api/bank-simulator/accounts/${ourIban('KZT7000000001')}/statement`)
      .set(MANAGER);
    expect(statement.body.entries[0]).toMatchObject({ amountTiyn: 125_050, documentId: doc.id });
    expect(statement.body.balanceTiyn).toBe(125_050);
  });

  it('refuses a SECOND approval before any FIRST, and a NONE user altogether', async () => {
    const doc = await createSubmitted();
    const second = await sign(doc.id, doc.contentHash, 'Bolat', 'STANDARD');
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('DOCUMENT_SECOND_BEFORE_FIRST');
    const none = await sign(doc.id, doc.contentHash, 'Daulet', 'STANDARD');
    expect(none.status).toBe(403);
    expect(none.body.code).toBe('DOCUMENT_NO_SIGNING_RIGHT');
  });

  it('reads the signer’s right at the moment of signing: a right revoked meanwhile is refused', async () => {
    const doc = await createSubmitted();
    await checkedChange(testApp, {
      type: 'CHANGE_USER_ACCESS',
      userId: client.users.Ainur!.id,
      signatureRight: 'NONE',
    });
    try {
      const response = await sign(doc.id, doc.contentHash, 'Ainur', 'STANDARD');
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('DOCUMENT_NO_SIGNING_RIGHT');
    } finally {
      await checkedChange(testApp, {
        type: 'CHANGE_USER_ACCESS',
        userId: client.users.Ainur!.id,
        signatureRight: 'FIRST',
      });
    }
  });

  it('refuses a signature over content that has since been edited', async () => {
    const doc = await createSubmitted();
    const edited = await http()
      .put(`/api/documents/${doc.id}`)
      .set(client.as('Author', 'LIGHT'))
      .send({ ...paymentOrder(client.payerIban, { amount: '99.00' }), revision: doc.revision });
    expect(edited.body).toMatchObject({ status: 'AWAITING_SIGNATURES', revision: 2, amount: '99.00' });
    const stale = await sign(doc.id, doc.contentHash, 'Gulnar', 'STANDARD');
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'DOCUMENT_STALE_CONTENT', details: { field: 'contentHash' } });
  });

  describe('an edit names the revision it was made over', () => {
    const edit = (id: string, body: object, who = 'Author') =>
      http().put(`/api/documents/${id}`).set(client.as(who, 'LIGHT')).send(body);

    it('refuses an edit over a revision someone has since replaced, and keeps their change', async () => {
      const doc = await createSubmitted();
      const first = await edit(doc.id, {
        ...paymentOrder(client.payerIban, { amount: '11.00' }),
        revision: 1,
      });
      expect(first.body).toMatchObject({ revision: 2, amount: '11.00' });
      const stale = await edit(
        doc.id,
        { ...paymentOrder(client.payerIban, { amount: '22.00' }), revision: 1 },
        'Ainur',
      );
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({ code: 'DOCUMENT_CHANGED', details: { field: 'revision' } });
      const now = await http().get(`/api/documents/${doc.id}`).set(client.as('Ainur'));
      expect(now.body).toMatchObject({ revision: 2, amount: '11.00' });
      const timeline = await http().get(`/api/documents/${doc.id}/timeline`).set(client.as('Ainur'));
      expect(timeline.body.filter((entry: { event: string }) => entry.event === 'EDITED')).toHaveLength(1);
    });

    it('takes one of two edits sent at once over the same revision and refuses the other', async () => {
      const doc = await createSubmitted();
      const answers = await Promise.all(
        ['31.00', '32.00'].map((amount) =>
          edit(doc.id, { ...paymentOrder(client.payerIban, { amount }), revision: 1 }),
        ),
      );
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
      const taken = answers.find((answer) => answer.status === 200)!;
      const now = await http().get(`/api/documents/${doc.id}`).set(client.as('Ainur'));
      expect(now.body).toMatchObject({ revision: 2, amount: taken.body.amount });
    });

    it('refuses an edit that names no revision, or not a whole one, and changes nothing', async () => {
      const doc = await createSubmitted();
      for (const revision of [undefined, 0, 1.5, '1']) {
        const refused = await edit(doc.id, {
          ...paymentOrder(client.payerIban, { amount: '44.00' }),
          revision,
        });
        expect(refused.status).toBe(400);
        expect(refused.body.code).toBe('VALIDATION_FAILED');
        const fields = refused.body.details.violations.map((v: { field: string }) => v.field);
        expect([...new Set(fields)]).toEqual(['revision']);
      }
      const now = await http().get(`/api/documents/${doc.id}`).set(client.as('Ainur'));
      expect(now.body).toMatchObject({ revision: 1, contentHash: doc.contentHash });
    });
  });

  it('hides one organization’s documents from another organization’s users', async () => {
    const doc = await createSubmitted();
    const other = await onboard(testApp, { Outsider: { right: 'SINGLE' } });
    const read = await http().get(`/api/documents/${doc.id}`).set(other.as('Outsider'));
    expect(read.status).toBe(404);
    const signAttempt = await http()
      .post(`/api/documents/${doc.id}/signatures`)
      .set(other.as('Outsider'))
      .send({ contentHash: doc.contentHash, evidence: { kind: 'DEV' } });
    expect(signAttempt.status).toBe(404);
  });

  it('refuses payment creation in the Mobile channel even when the request is forced', async () => {
    const response = await http()
      .post('/api/documents')
      .set(client.as('Author', 'MOBILE'))
      .send(paymentOrder(client.payerIban));
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('AUTH_CHANNEL_FUNCTION_NOT_ALLOWED');
  });

  it('asks who is calling when no identity is given', async () => {
    const response = await http().get('/api/documents');
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('AUTH_UNAUTHENTICATED');
  });

  it('creates one document for two requests with the same Idempotency-Key', async () => {
    const body = paymentOrder(client.payerIban, { number: 'IDEM-1' });
    const first = await http()
      .post('/api/documents')
      .set(client.as('Author'))
      .set('Idempotency-Key', 'k-1')
      .send(body);
    const second = await http()
      .post('/api/documents')
      .set(client.as('Author'))
      .set('Idempotency-Key', 'k-1')
      .send(body);
    expect(second.body.id).toBe(first.body.id);

    // The same key for another payment is a client's mistake, not a retry: refused, nothing made.
    const other = await http()
      .post('/api/documents')
      .set(client.as('Author'))
      .set('Idempotency-Key', 'k-1')
      .send({ ...body, amount: '999.00' });
    expect(other.status).toBe(422);
    expect(other.body).toMatchObject({
      code: 'DOCUMENT_IDEMPOTENCY_KEY_REUSED',
      details: { field: 'Idempotency-Key' },
    });
    const shown = await http().get(`/api/documents/${first.body.id}`).set(client.as('Author'));
    expect(shown.body.amount).toBe(body.amount);
  });

  it('reports REJECTED_BY_BANK when the payer’s balance does not cover the payment', async () => {
    const poor = await onboard(testApp, { Solo: { right: 'SINGLE' } }, { balanceTiyn: 10_00 });
    const created = await http()
      .post('/api/documents')
      .set(poor.as('Solo'))
      .send(
        paymentOrder(poor.payerIban, {
          amount: '500.00',
          beneficiary: {
            name: 'X',
            binIin: '940140000385',
            iban: ourIban('KZT7000000001'),
            bic: 'QOLTKZKA',
            kbe: '17',
          },
        }),
      );
    await http().post(`/api/documents/${created.body.id}/submission`).set(poor.as('Solo'));
    await http()
      .post(`/api/documents/${created.body.id}/signatures`)
      .set(poor.as('Solo'))
      .send({ contentHash: created.body.contentHash, evidence: { kind: 'DEV' } });
    const deadline = Date.now() + 20_000;
    let body;
    do {
      body = (await http().get(`/api/documents/${created.body.id}`).set(poor.as('Solo'))).body;
    } while (body.status !== 'REJECTED_BY_BANK' && Date.now() < deadline);
    expect(body).toMatchObject({ status: 'REJECTED_BY_BANK', bank: { reason: 'INSUFFICIENT_FUNDS' } });
  });

  it('keeps a timeline with actor, channel and time, and notifies the next expected signer', async () => {
    const doc = await createSubmitted();
    await sign(doc.id, doc.contentHash, 'Ainur', 'LIGHT');
    const timeline = await http().get(`/api/documents/${doc.id}/timeline`).set(client.as('Bolat'));
    expect(timeline.body.map((entry: { event: string }) => entry.event)).toEqual([
      'CREATED',
      'SUBMITTED',
      'SIGNED',
    ]);
    expect(timeline.body[2]).toMatchObject({
      actor: { name: 'Ainur', channel: 'LIGHT' },
      details: { slot: 'FIRST' },
    });
    const db = new pg.Client({ connectionString: testApp.database.url });
    await db.connect();
    const outbox = await db
      .query('SELECT recipient_id, kind FROM notification_outbox WHERE document_id = $1', [doc.id])
      .finally(() => db.end());
    const recipients = outbox.rows
      .filter((row) => row.kind === 'AWAITING_SIGNATURE')
      .map((row) => row.recipient_id);
    expect(recipients).toContain(client.users.Bolat!.id);
    expect(recipients).not.toContain(client.users.Daulet!.id);
  });

  it('sends an interbank payment, which the bank accepts and reports executed later', async () => {
    const doc = await createSubmitted();
    await sign(doc.id, doc.contentHash, 'Ainur', 'STANDARD');
    await sign(doc.id, doc.contentHash, 'Bolat', 'STANDARD');
    const executed = await waitForStatus(doc.id, 'EXECUTED');
    const timeline = await http().get(`/api/documents/${doc.id}/timeline`).set(client.as('Ainur'));
    expect(timeline.body.map((entry: { event: string }) => entry.event).slice(-3)).toEqual([
      'SENT_TO_BANK',
      'ACCEPTED',
      'EXECUTED',
    ]);
    expect(executed.bank.reference).toMatch(/^SIM\d{14}$/);
  });

  it('gives the FIRST slot to exactly one of two signers who sign at the same moment', async () => {
    const doc = await createSubmitted();
    const answers = await Promise.all([
      sign(doc.id, doc.contentHash, 'Ainur', 'STANDARD'),
      sign(doc.id, doc.contentHash, 'Erlan', 'STANDARD'),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
    expect(answers.find((answer) => answer.status === 409)!.body.code).toBe('DOCUMENT_SLOT_TAKEN');
    const detail = await http().get(`/api/documents/${doc.id}`).set(client.as('Bolat'));
    expect(detail.body.signatures).toHaveLength(1);
  });

  it('refuses text no one can store or print (NUL, half a UTF-16 pair, a control) at once, saving nothing', async () => {
    const before = (await http().get('/api/documents').set(client.as('Ainur'))).body.total;
    for (const [purpose, code] of [
      ['Goods\u0000', 'INVALID_CHARACTERS'],
      ['Goods\ud800', 'INVALID_CHARACTERS'],
      ['Goods\u0007', 'PAYMENT_TEXT_CHARACTERS'],
    ]) {
      const started = Date.now();
      const response = await http()
        .post('/api/documents')
        .set(client.as('Author'))
        .send(paymentOrder(client.payerIban, { purpose }));
      expect(response.status).toBe(400);
      expect(response.body.details).toMatchObject({ field: 'purpose', violations: [{ code }] });
      expect(Date.now() - started).toBeLessThan(5_000);
    }
    const { id } = await createSubmitted();
    const rejection = await http()
      .post(`/api/documents/${id}/rejection`)
      .set(client.as('Ainur'))
      .send({ reason: 'No\u0000' });
    expect(rejection.status).toBe(400);
    expect((await http().get(`/api/documents/${id}`).set(client.as('Ainur'))).body.status).toBe(
      'AWAITING_SIGNATURES',
    );
    expect((await http().get('/api/documents').set(client.as('Ainur'))).body.total).toBe(before + 1);
  });

  it('answers an action on a document whose workflow has finished with 409, not 404', async () => {
    const { id, contentHash } = await createSubmitted();
    const rejected = await http()
      .post(`/api/documents/${id}/rejection`)
      .set(client.as('Ainur'))
      .send({ reason: 'Wrong beneficiary' });
    expect(rejected.status).toBe(201);
    await testApp.app.get(Client).workflow.getHandle(`document-${id}`).result();
    const late = await sign(id, contentHash, 'Ainur', 'LIGHT');
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('DOCUMENT_WRONG_STATUS');
  });

  it('names the path parameter of a malformed document id or signature position', async () => {
    const id = await http().get('/api/documents/not-a-uuid').set(client.as('Ainur'));
    expect(id.status).toBe(400);
    expect(id.body).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'id' } });
    const { id: documentId } = await createSubmitted();
    for (const index of ['0x1', '-1', '1e2']) {
      const response = await http()
        .get(`/api/documents/${documentId}/signatures/${index}/evidence`)
        .set(client.as('Ainur'));
      expect(response.status).toBe(400);
      expect(response.body.details.field).toBe('index');
    }
  });

  it('refuses list filters a date column cannot read, and pages past any offset, with 400', async () => {
    for (const query of [{ from: '2026-W47' }, { to: '2026-11' }, { from: '2026-02-30' }, { page: '1e20' }]) {
      const response = await http().get('/api/documents').query(query).set(client.as('Ainur'));
      expect(response.status).toBe(400);
      expect(response.body.details.field).toBe(Object.keys(query)[0]);
    }
  });

  it('answers any malformed payment with a 4xx naming a field, never a 500, and saves nothing', async () => {
    const before = (await http().get('/api/documents').set(client.as('Ainur'))).body.total;
    const text = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom('', ' ', 'KZ00', '0', '-1', '1e3', '12.345', 'a\u0000b', 'a\udc00'),
    );
    const samples = fc.sample(
      fc.record({
        amount: text,
        payerIban: text,
        knp: text,
        valueDate: text,
        beneficiary: fc.record({ name: text, binIin: text, iban: text, bic: text, kbe: text }),
      }),
      { numRuns: 25, seed: 20261121 },
    );
    for (const broken of samples) {
      const response = await http()
        .post('/api/documents')
        .set(client.as('Author'))
        .send(paymentOrder(client.payerIban, broken));
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(typeof response.body.code).toBe('string');
    }
    expect((await http().get('/api/documents').set(client.as('Ainur'))).body.total).toBe(before);
  });
});
