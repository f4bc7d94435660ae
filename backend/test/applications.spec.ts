import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MANAGER } from './support/dev-identity.js';
import { addAccount, onboard, type Onboarded } from './support/onboarding.js';
import { sql } from './support/sessions.js';
import { startTestApp, startTestWorker, type TestApp, type TestWorker } from './support/test-app.js';
import { until } from './support/until.js';
import { handedOver } from './support/manager-changes.js';

type Channel = 'STANDARD' | 'LIGHT' | 'MOBILE';

/**
 * Applications through the API, on the application workflow (real Temporal server), the read model
 * (real PostgreSQL) and the bank simulator's application desk: each kind's form checked by the shared
 * domain, the signature rules, the channel rules, the bank's answers, and cancellations.
 */
describe('applications API over the application workflow and the bank simulator', () => {
  let testApp: TestApp;
  let worker: TestWorker;
  let client: Onboarded;
  let other: Onboarded;
  let usdIban: string;
  let eurIban: string;

  beforeAll(async () => {
    testApp = await startTestApp({ env: { LOG_LEVEL: process.env.DEBUG_LOG ?? 'silent' } });
    worker = await startTestWorker(testApp);
    client = await onboard(
      testApp,
      {
        Author: { right: 'NONE' },
        Ainur: { right: 'FIRST' },
        Bolat: { right: 'SECOND' },
        Gulnar: { right: 'SINGLE' },
      },
      { noneMayPrepare: true, balanceTiyn: 10_000_000_00 },
    );
    other = await onboard(testApp, { Stranger: { right: 'SINGLE' } });
    usdIban = await openAccount('USD', 5_000_00);
    eurIban = await openAccount('EUR', 0);
  });
  afterAll(async () => {
    await worker.stop();
    await testApp.close();
  });

  const http = () => testApp.http();
  const today = () => new Date(Date.now() + 5 * 3_600_000).toISOString().slice(0, 10);

  async function openAccount(currency: string, balanceMinor: number): Promise<string> {
    const iban = await addAccount(testApp, client.organizationId, currency);
    const opened = await http().post('/api/bank-simulator/accounts').set(MANAGER).send({
      iban,
      currency,
      holderName: 'ТОО "Тест"',
      holderBinIin: client.binIin,
      openingBalanceTiyn: balanceMinor,
    });
    expect(opened.status).toBe(201);
    return iban;
  }

  const balanceOf = async (iban: string) =>
    Number((await http().get(`/api/bank-simulator/accounts/${iban}`).set(MANAGER)).body.balanceTiyn);

  const create = (
    kind: string,
    content: Record<string, unknown>,
    user = 'Author',
    channel: Channel = 'LIGHT',
  ) => http().post('/api/applications?submit=true').set(client.as(user, channel)).send({ kind, content });

  const sign = (id: string, contentHash: string, user: string, channel: Channel) =>
    http()
      .post(`/api/applications/${id}/signatures`)
      .set(client.as(user, channel))
      .send({ contentHash, evidence: { kind: 'DEV' } });

  interface ApplicationBody {
    status: string;
    bank: {
      reference?: string;
      reason?: string;
      result: {
        executedRate: string;
        debited: { minor: number; currency: string };
        credited: { minor: number; currency: string };
        file: { id: string; mediaType: string };
      };
    };
    cancellation?: { applicationId: string };
  }

  async function waitForStatus(id: string, status: string): Promise<ApplicationBody> {
    let body = {} as ApplicationBody;
    await until(async () => {
      body = (await http().get(`/api/applications/${id}`).set(client.as('Ainur'))).body;
      return body.status === status;
    }, 20_000).catch(() => {
      throw new Error(`application stayed ${body.status}, wanted ${status}`);
    });
    return body;
  }

  const cashWithdrawal = () => ({
    accountIban: client.payerIban,
    amount: '150000.00',
    currency: 'KZT',
    date: today(),
    branch: 'ALA-01',
    purpose: 'Business travel',
  });

  it('sends a service application approved by one OTP in Mobile, and the bank books the cash', async () => {
    const before = await balanceOf(client.payerIban);
    const created = await create('CASH_WITHDRAWAL', cashWithdrawal(), 'Gulnar', 'MOBILE');
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      kind: 'CASH_WITHDRAWAL',
      family: 'SERVICE',
      status: 'AWAITING_SIGNATURES',
      number: expect.stringMatching(/^\d{4}-\d{6}$/),
      content: { amount: { minor: 150_000_00, currency: 'KZT' } },
    });
    const signed = await sign(created.body.id, created.body.contentHash, 'Gulnar', 'MOBILE');
    expect(signed.status).toBe(201);
    const done = await waitForStatus(created.body.id, 'DONE');
    expect(done.bank.reference).toEqual(expect.any(String));
    expect(await balanceOf(client.payerIban)).toBe(before - 150_000_00);
    const timeline = await http()
      .get(`/api/applications/${created.body.id}/timeline`)
      .set(client.as('Author'));
    expect(timeline.body.map((entry: { event: string }) => entry.event)).toEqual([
      'CREATED',
      'SUBMITTED',
      'SIGNED',
      'SENT_TO_BANK',
      'ACCEPTED',
      'IN_PROGRESS',
      'DONE',
    ]);
    expect(timeline.body[2]).toMatchObject({ actor: { name: 'Gulnar', channel: 'MOBILE' } });
  });

  it('approves a service application with a real OTP card code bound to its content', async () => {
    const { card } = await handedOver(
      testApp,
      { type: 'ISSUE_OTP_DEVICE', userId: client.users.Gulnar!.id, kind: 'CARD' },
      'device',
    );
    const cells = card.cells.map((cell: { code: string }) => cell.code) as string[];
    const created = await create('BANK_DETAILS_CHANGE', { email: 'otp@example.kz' }, 'Gulnar', 'MOBILE');
    const challenge = await http()
      .post(`/api/applications/${created.body.id}/otp-challenges`)
      .set(client.as('Gulnar', 'MOBILE'));
    expect(challenge.status).toBe(201);
    expect(challenge.body.documents[0]).toMatchObject({ number: created.body.number });
    const code = cells[(challenge.body.device as { card: number }).card - 1]!;
    const evidence = { kind: 'OTP', challengeId: challenge.body.challengeId, code };
    const approved = await http()
      .post(`/api/applications/${created.body.id}/signatures`)
      .set(client.as('Gulnar', 'MOBILE'))
      .send({ contentHash: created.body.contentHash, evidence });
    expect(approved.status).toBe(201);
    expect(approved.body.signatures[0]).toMatchObject({ method: 'OTP', channel: 'MOBILE', slot: 'SINGLE' });
    await waitForStatus(created.body.id, 'DONE');
    // The code approved that application's content only: it proves nothing for another one.
    const other = await create('BANK_DETAILS_CHANGE', { email: 'other@example.kz' }, 'Gulnar', 'MOBILE');
    const replay = await http()
      .post(`/api/applications/${other.body.id}/signatures`)
      .set(client.as('Gulnar', 'MOBILE'))
      .send({ contentHash: other.body.contentHash, evidence });
    expect(replay.status).toBeGreaterThanOrEqual(400);
    expect(replay.status).toBeLessThan(500);
  });

  it('refuses to create a currency application in Mobile, and never sends one without a Standard EDS', async () => {
    const purchase = {
      debitIban: client.payerIban,
      creditIban: usdIban,
      fixedSide: 'CREDIT',
      amount: '100.00',
      rate: { kind: 'BANK' },
      valueDate: today(),
      purpose: 'Import',
    };
    const mobile = await create('CURRENCY_PURCHASE', purchase, 'Gulnar', 'MOBILE');
    expect(mobile.status).toBe(403);
    expect(mobile.body.code).toBe('APPLICATION_KIND_NOT_IN_CHANNEL');
    const light = await create('CURRENCY_PURCHASE', purchase, 'Author', 'LIGHT');
    expect(light.status).toBe(201);
    const approved = await sign(light.body.id, light.body.contentHash, 'Gulnar', 'MOBILE');
    expect(approved.body).toMatchObject({ status: 'SIGNED', awaiting: { kind: 'DISPATCH_EDS' } });
    const byOtp = await sign(light.body.id, light.body.contentHash, 'Ainur', 'LIGHT');
    expect(byOtp.status).toBe(409);
    expect(byOtp.body.code).toBe('DOCUMENT_DISPATCH_NEEDS_STANDARD_EDS');
  });

  it('executes a currency purchase signed FIRST, SECOND and sent by EDS, moving money in both accounts', async () => {
    const kzt = await balanceOf(client.payerIban);
    const usd = await balanceOf(usdIban);
    const created = await create('CURRENCY_PURCHASE', {
      debitIban: client.payerIban,
      creditIban: usdIban,
      fixedSide: 'CREDIT',
      amount: '1000.00',
      rate: { kind: 'BANK' },
      valueDate: today(),
      purpose: 'Import payment',
    });
    expect(created.status).toBe(201);
    const first = await sign(created.body.id, created.body.contentHash, 'Ainur', 'LIGHT');
    const second = await sign(created.body.id, created.body.contentHash, 'Bolat', 'MOBILE');
    expect([first.body.status, second.body.status]).toEqual(['AWAITING_SIGNATURES', 'SIGNED']);
    const sent = await sign(created.body.id, created.body.contentHash, 'Gulnar', 'STANDARD');
    expect(sent.status).toBe(201);
    const done = await waitForStatus(created.body.id, 'DONE');
    const { executedRate, debited, credited } = done.bank.result;
    expect(credited).toEqual({ minor: 1_000_00, currency: 'USD' });
    expect(debited.currency).toBe('KZT');
    expect(Number(executedRate)).toBeGreaterThan(0);
    expect(await balanceOf(usdIban)).toBe(usd + 1_000_00);
    expect(await balanceOf(client.payerIban)).toBe(kzt - debited.minor);
  });

  it('converts dollars to euros at the cross rate of the bank’s rates', async () => {
    const usd = await balanceOf(usdIban);
    const created = await create('CURRENCY_CONVERSION', {
      debitIban: usdIban,
      creditIban: eurIban,
      fixedSide: 'DEBIT',
      amount: '100.00',
      rate: { kind: 'BANK' },
      valueDate: today(),
      purpose: 'Supplier in EUR',
    });
    await sign(created.body.id, created.body.contentHash, 'Gulnar', 'STANDARD');
    const done = await waitForStatus(created.body.id, 'DONE');
    // buy(USD) / sell(EUR) = 468.00 / 510.50, rounded to six places.
    expect(done.bank.result).toMatchObject({
      executedRate: '0.916748',
      debited: { minor: 100_00, currency: 'USD' },
      credited: { minor: 91_67, currency: 'EUR' },
    });
    expect(await balanceOf(usdIban)).toBe(usd - 100_00);
    expect(await balanceOf(eurIban)).toBe(91_67);
  });

  it('ends REFUSED_BY_BANK with the reason when the limit rate is not reached', async () => {
    const created = await create('CURRENCY_SALE', {
      debitIban: usdIban,
      creditIban: client.payerIban,
      fixedSide: 'DEBIT',
      amount: '10.00',
      rate: { kind: 'LIMIT', rate: '9999.00' },
      valueDate: today(),
      purpose: 'Salary fund',
    });
    await sign(created.body.id, created.body.contentHash, 'Gulnar', 'STANDARD');
    const refused = await waitForStatus(created.body.id, 'REFUSED_BY_BANK');
    expect(refused.bank.reason).toBe('LIMIT_RATE_NOT_REACHED');
  });

  it('refuses bad input with a code and field per rule, and saves nothing', async () => {
    const count = async () =>
      Number((await sql<{ n: string }>(testApp, 'SELECT count(*) AS n FROM application', []))[0]!.n);
    const before = await count();
    const response = await create('FX_TRANSFER', {
      payerIban: usdIban,
      amount: '12.345',
      currency: 'USD',
      valueDate: '2026-02-30',
      beneficiary: { name: 'Acme', address: 'Berlin', country: 'XX', account: 'DE89370400440532013001' },
      bank: { bic: 'CO1ADEFF' },
      charges: 'ALL',
      purpose: 'Equipment',
      knp: '710',
      contract: { number: 'C-1', date: '2026-10-01' },
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    const fields = response.body.details.violations.map((violation: { field: string }) => violation.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'content.amount',
        'content.valueDate',
        'content.beneficiary.country',
        'content.beneficiary.account',
        'content.bank.bic',
        'content.charges',
      ]),
    );
    expect(await count()).toBe(before);
  });

  it('refuses an edit over a revision someone has since replaced, or naming none, and keeps the saved one', async () => {
    const created = await create('CASH_WITHDRAWAL', cashWithdrawal());
    const edit = (amount: string, revision: unknown, user = 'Author') =>
      http()
        .put(`/api/applications/${created.body.id}`)
        .set(client.as(user, 'LIGHT'))
        .send({ content: { ...cashWithdrawal(), amount }, revision });
    const first = await edit('1000.00', 1);
    expect(first.body).toMatchObject({ revision: 2, content: { amount: { minor: 1000_00 } } });
    const stale = await edit('2000.00', 1, 'Ainur');
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'APPLICATION_CHANGED', details: { field: 'revision' } });
    const unnamed = await edit('3000.00', undefined);
    expect(unnamed.status).toBe(400);
    const fields = unnamed.body.details.violations.map((v: { field: string }) => v.field);
    expect([...new Set(fields)]).toEqual(['revision']);
    const now = await http().get(`/api/applications/${created.body.id}`).set(client.as('Ainur'));
    expect(now.body).toMatchObject({ revision: 2, content: { amount: { minor: 1000_00 } } });
  });

  it('answers another organization’s application as missing, and audits the attempt', async () => {
    const created = await create('BANK_DETAILS_CHANGE', { phone: '+77011234567' });
    const peek = await http().get(`/api/applications/${created.body.id}`).set(other.as('Stranger'));
    expect(peek.status).toBe(404);
    expect(peek.body.code).toBe('APPLICATION_NOT_FOUND');
    const signAttempt = await http()
      .post(`/api/applications/${created.body.id}/signatures`)
      .set(other.as('Stranger'))
      .send({ contentHash: created.body.contentHash, evidence: { kind: 'DEV' } });
    expect(signAttempt.status).toBe(404);
    const audited = await sql<{ n: string }>(
      testApp,
      `SELECT count(*) AS n FROM audit_event WHERE action = 'APPLICATION_ACCESS' AND subject_id = $1`,
      [created.body.id],
    );
    expect(Number(audited[0]!.n)).toBeGreaterThanOrEqual(2);
  });

  it('answers a bank certificate with a PDF the client downloads', async () => {
    const created = await create('BANK_CERTIFICATE', {
      certificateKind: 'BALANCE',
      accountIban: client.payerIban,
      language: 'kk',
      asOf: today(),
    });
    await sign(created.body.id, created.body.contentHash, 'Gulnar', 'LIGHT');
    const done = await waitForStatus(created.body.id, 'DONE');
    const file = done.bank.result.file;
    expect(file).toMatchObject({ mediaType: 'application/pdf' });
    const download = await http()
      .get(`/api/applications/${created.body.id}/files/${file.id}`)
      .set(client.as('Author'))
      .buffer(true)
      .parse((res, callback) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => callback(null, Buffer.concat(chunks)));
      });
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toContain('application/pdf');
    expect((download.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    const stranger = await http()
      .get(`/api/applications/${created.body.id}/files/${file.id}`)
      .set(other.as('Stranger'));
    expect(stranger.status).toBe(404);
  });

  it('attaches a PDF to a letter by its content and refuses an executable named .pdf', async () => {
    const pdf = await http()
      .post('/api/applications/attachments')
      .set(client.as('Author'))
      .attach('file', Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n'), 'акт сверки.pdf');
    expect(pdf.status).toBe(201);
    expect(pdf.body).toMatchObject({ mediaType: 'application/pdf', fileName: 'акт сверки.pdf' });
    const disguised = await http()
      .post('/api/applications/attachments')
      .set(client.as('Author'))
      .attach('file', Buffer.from('MZ\x90\x00this is not a pdf'), 'invoice.pdf');
    expect(disguised.status).toBe(415);
    expect(disguised.body.code).toBe('APPLICATION_FILE_TYPE_NOT_ACCEPTED');
    const letter = await create('LETTER', {
      subject: 'Reconciliation',
      body: 'Please find the act attached.',
      attachmentIds: [pdf.body.id],
    });
    expect(letter.status).toBe(201);
    expect(letter.body.content.attachments).toEqual([pdf.body]);
    const foreign = await http()
      .post('/api/applications?submit=true')
      .set(other.as('Stranger'))
      .send({ kind: 'LETTER', content: { subject: 'x', body: 'y', attachmentIds: [pdf.body.id] } });
    expect(foreign.status).toBe(400);
    expect(foreign.body.details.violations[0]).toMatchObject({
      field: 'content.attachmentIds',
      code: 'APPLICATION_ATTACHMENT_UNKNOWN',
    });
  });

  it('tracks a cancellation: signed by the same rules, accepted by the bank, the original cancelled', async () => {
    const rule = await http()
      .post('/api/bank-simulator/application-rules')
      .set(MANAGER)
      .send({ kind: 'TENDER_GUARANTEE', action: 'DELAY', delayMs: 60_000, oneShot: true });
    expect(rule.status).toBe(201);
    const original = await create('TENDER_GUARANTEE', {
      accountIban: client.payerIban,
      tender: { number: 'T-1', subject: 'Furniture' },
      beneficiary: { name: 'АО «Заказчик»', binIin: '940140000385' },
      amount: '1000000.00',
      currency: 'KZT',
      validUntil: `${Number(today().slice(0, 4)) + 1}-03-31`,
    });
    await sign(original.body.id, original.body.contentHash, 'Ainur', 'LIGHT');
    await sign(original.body.id, original.body.contentHash, 'Bolat', 'LIGHT');
    await until(async () => {
      const status = (await http().get(`/api/applications/${original.body.id}`).set(client.as('Author'))).body
        .status;
      return status === 'ACCEPTED' || status === 'IN_PROGRESS';
    }, 20_000);
    const cancellation = await http()
      .post(`/api/applications/${original.body.id}/cancellation`)
      .set(client.as('Author', 'MOBILE'))
      .send({ reason: 'The tender was cancelled' });
    expect(cancellation.status).toBe(201);
    expect(cancellation.body).toMatchObject({
      kind: 'CANCELLATION',
      status: 'AWAITING_SIGNATURES',
      content: { applicationId: original.body.id, reason: 'The tender was cancelled' },
    });
    const twice = await http()
      .post(`/api/applications/${original.body.id}/cancellation`)
      .set(client.as('Author'))
      .send({ reason: 'again' });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('APPLICATION_CANCELLATION_PENDING');
    await sign(cancellation.body.id, cancellation.body.contentHash, 'Gulnar', 'MOBILE');
    await waitForStatus(cancellation.body.id, 'DONE');
    const cancelled = await waitForStatus(original.body.id, 'CANCELLED');
    expect(cancelled.cancellation).toMatchObject({ applicationId: cancellation.body.id });
  });

  it('lists payments and applications newest first with what awaits the signed-in user', async () => {
    const awaiting = await create('BANK_DETAILS_CHANGE', { email: 'office@example.kz' });
    const list = await http().get('/api/processes?pageSize=100').set(client.as('Ainur'));
    expect(list.status).toBe(200);
    const items = list.body.items as { id: string; createdAt: string; awaitingMe: boolean; kind: string }[];
    expect(items[0]).toMatchObject({ id: awaiting.body.id, kind: 'BANK_DETAILS_CHANGE', awaitingMe: true });
    const times = items.map((item) => item.createdAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(list.body.awaitingMe).toBe(items.filter((item) => item.awaitingMe).length);
    const filtered = await http().get('/api/processes?kind=CURRENCY_PURCHASE').set(client.as('Ainur'));
    expect(filtered.body.items.every((item: { kind: string }) => item.kind === 'CURRENCY_PURCHASE')).toBe(
      true,
    );
    const byAccount = await http().get(`/api/processes?account=${usdIban}`).set(client.as('Ainur'));
    expect(byAccount.body.items.length).toBeGreaterThan(0);
    const strangers = await http().get('/api/processes').set(other.as('Stranger'));
    expect(strangers.body.items.map((item: { id: string }) => item.id)).not.toContain(awaiting.body.id);
  });

  it('creates nothing new for a retried creation with the same Idempotency-Key', async () => {
    const key = `retry-${Date.now()}`;
    const first = await http()
      .post('/api/applications')
      .set({ ...client.as('Author'), 'Idempotency-Key': key })
      .send({ kind: 'CASH_LODGEMENT', content: { ...cashWithdrawal(), source: 'Revenue' } });
    const again = await http()
      .post('/api/applications')
      .set({ ...client.as('Author'), 'Idempotency-Key': key })
      .send({ kind: 'CASH_LODGEMENT', content: { ...cashWithdrawal(), source: 'Revenue' } });
    expect(first.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
  });
});
