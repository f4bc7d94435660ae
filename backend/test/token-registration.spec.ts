import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { checkedChange } from './support/manager-changes.js';
import { MANAGER } from './support/dev-identity.js';
import { paymentOrder } from './support/payment-order.js';
import { onboard, type Onboarded, uniqueIin } from './support/onboarding.js';
import { enterPin, TestSigningAgent, USER_PIN } from './support/signing-agent.js';
import { SoftwareCa } from './support/software-ca.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';
import { startTestApp, startTestWorker, type TestApp, type TestWorker } from './support/test-app.js';
import {
  issueRegistrationCredentials,
  type RegistrationCredentials,
  RegistrationWizard,
} from './support/token-registration.js';

const NEW_PIN = 'Qaz7Token9';

describe('token registration: from an empty token to an EDS log-in, durable at every step', () => {
  let agent: TestSigningAgent;
  let testApp: TestApp;
  let database: TestDatabase;
  let worker: TestWorker;
  let client: Onboarded;
  const iins = { Timur: uniqueIin(), Aliya: uniqueIin(), Murat: uniqueIin(), Nurlan: uniqueIin() };
  let timurCredentials: RegistrationCredentials;
  let aliyaCredentials: RegistrationCredentials;
  let muratCredentials: RegistrationCredentials;
  let national: SoftwareCa;
  let untrusted: SoftwareCa;
  const trustingNationalCa = () => ({ EDS_TRUSTED_ROOTS_PEM: national.root.toString('pem') });

  beforeAll(async () => {
    agent = await TestSigningAgent.start(['reg-timur', 'reg-aliya', 'reg-murat']);
    [national, untrusted] = await Promise.all([
      SoftwareCa.create('National CA registration test'),
      SoftwareCa.create('A CA the bank does not trust'),
    ]);
    // The suite's own database, so an API restart in the middle finds it again.
    database = await createTestDatabase();
    testApp = await startTestApp({ database, env: trustingNationalCa() });
    worker = await startTestWorker(testApp);
    client = await onboard(testApp, {
      Timur: { right: 'SINGLE', iin: iins.Timur, phone: '+77011230001' },
      Aliya: { right: 'FIRST', iin: iins.Aliya, phone: '+77011230002' },
      Murat: { right: 'SECOND', iin: iins.Murat, phone: '+77011230003' },
      Nurlan: { right: 'SECOND', iin: iins.Nurlan, phone: '+77011230004' },
      Saule: { right: 'SECOND', phone: '+77011230005', channels: ['LIGHT'] },
      Bekzat: { right: 'SECOND', phone: '+77011230006' },
    });
  });
  afterAll(async () => {
    await worker?.stop();
    await agent?.stop();
    await testApp?.close();
    await database?.drop();
  });

  const http = () => testApp.http();
  const sql = async <T>(text: string, values: unknown[] = []): Promise<T[]> => {
    const db = new pg.Client({ connectionString: testApp.database.url });
    await db.connect();
    try {
      return (await db.query(text, values)).rows as T[];
    } finally {
      await db.end();
    }
  };

  async function edsLogIn(iin: string, pin = NEW_PIN) {
    const { nonce } = (await http().post('/api/auth/eds/challenge')).body as { nonce: string };
    const cms = await agent.sign(
      Buffer.from(nonce, 'base64'),
      { iin, bin: client.binIin },
      'AUTHENTICATION',
      enterPin([pin]),
    );
    return http().post('/api/auth/login/eds').send({ nonce, cms });
  }

  /** A submitted payment signed by Aliya (FIRST) with the signing certificate of this serial. */
  async function signedByAliya(serialNumber: string) {
    const created = await http()
      .post('/api/documents')
      .set(client.as('Aliya'))
      .send(paymentOrder(client.payerIban, { number: String(Date.now() % 100_000) }));
    expect(created.status).toBe(201);
    const documentId = created.body.id as string;
    await http().post(`/api/documents/${documentId}/submission`).set(client.as('Aliya')).expect(201);
    const content = await http().get(`/api/documents/${documentId}/content`).set(client.as('Aliya'));
    const cms = await agent.sign(
      Buffer.from(content.body.contentBase64 as string, 'base64'),
      { iin: iins.Aliya, bin: client.binIin, serialNumber },
      'SIGNING',
      enterPin([NEW_PIN]),
    );
    const signed = await http()
      .post(`/api/documents/${documentId}/signatures`)
      .set(client.as('Aliya'))
      .send({ contentHash: content.body.contentHash, evidence: { kind: 'CMS', cms } });
    return { documentId, signed };
  }

  it('registers an empty token end to end, activates one certificate per purpose, tells the user, and the token logs in', async () => {
    const started = Date.now();
    const credentials = (timurCredentials = await issueRegistrationCredentials(
      testApp,
      client.users.Timur!.id,
    ));
    expect(credentials.login).toMatch(/^qq\d{6}_[a-z]{8}$/);
    expect(credentials.pin).toMatch(/^[A-Z0-9]{11}$/);
    const wizard = await new RegistrationWizard(testApp, agent, 'reg-timur', credentials).open();
    expect(wizard.registration).toMatchObject({
      status: 'AWAITING_TOKEN',
      holder: { iin: iins.Timur, bin: client.binIin },
    });

    await wizard.chooseToken();
    expect(wizard.registration.status).toBe('AWAITING_PASSWORD');
    await wizard.setPassword(NEW_PIN);
    expect(wizard.registration.status).toBe('AWAITING_KEYS');
    const requests = await wizard.makeKeys(NEW_PIN);
    expect(requests.reused).toBe(false);
    const submitted = await wizard.submitRequests(requests);
    expect(submitted.status).toBe(200);
    await wizard.untilIssued();
    expect(wizard.registration.status).toBe('AWAITING_WRITE');
    // Issued but not on the token yet: registered as pending, which nothing accepts.
    const pending = await http()
      .get(`/api/manager/users/${client.users.Timur!.id}/certificates`)
      .set(MANAGER);
    expect(pending.body.map((entry: { status: string }) => entry.status)).toEqual(['PENDING', 'PENDING']);
    await wizard.writeAndConfirm();

    const login = await edsLogIn(iins.Timur);
    expect(login.status).toBe(200);
    expect(login.body.principal).toMatchObject({ userId: client.users.Timur!.id, channel: 'STANDARD' });
    const certificates = await http()
      .get(`/api/manager/users/${client.users.Timur!.id}/certificates`)
      .set(MANAGER);
    expect(
      certificates.body
        .map((entry: { purpose: string; status: string }) => [entry.purpose, entry.status])
        .sort(),
    ).toEqual([
      ['AUTHENTICATION', 'ACTIVE'],
      ['SIGNING', 'ACTIVE'],
    ]);
    const sms = await sql<{ purpose: string }>(`SELECT purpose FROM sms_outbox WHERE phone = '+77011230001'`);
    expect(sms.map((row) => row.purpose)).toContain('TOKEN_REGISTERED');
    const [process] = await sql<{ type: string; status: string; awaiting: string }>(
      `SELECT type, status, awaiting FROM process WHERE id = $1`,
      [wizard.registration['registrationId']],
    );
    expect(process).toEqual({ type: 'token-registration', status: 'COMPLETED', awaiting: 'NOBODY' });
    const listed = await http()
      .get(`/api/manager/users/${client.users.Timur!.id}/registrations`)
      .set(MANAGER);
    expect(listed.body[0]).toMatchObject({ status: 'COMPLETED', open: false });
    // What a registration costs here, from the first step to the EDS log-in (reported in the note).
    console.info(`token registration end to end: ${Date.now() - started} ms`);
  });

  it('continues where it stopped when the client comes back after key generation, even after an API restart, reusing the keys it made', async () => {
    const credentials = (aliyaCredentials = await issueRegistrationCredentials(
      testApp,
      client.users.Aliya!.id,
    ));
    const first = await new RegistrationWizard(testApp, agent, 'reg-aliya', credentials).open();
    await first.chooseToken();
    await first.setPassword(NEW_PIN);
    const made = await first.makeKeys(NEW_PIN);
    const registrationId = first.registration['registrationId'];

    // The browser is closed here, and the API restarts: the registration lives in its workflow.
    await worker.stop();
    await testApp.close();
    testApp = await startTestApp({
      database,
      env: { ...trustingNationalCa(), TEMPORAL_TASK_QUEUE: testApp.config.temporal.taskQueue },
    });
    worker = await startTestWorker(testApp);

    const again = await new RegistrationWizard(testApp, agent, 'reg-aliya', credentials).open();
    expect(again.registration).toMatchObject({ registrationId, status: 'AWAITING_KEYS' });
    const remade = await again.makeKeys(NEW_PIN);
    expect(remade.reused).toBe(true);
    // The same key pairs: RSA PKCS#1 v1.5 requests over the same key and subject are the same bytes.
    expect(remade).toEqual({ ...made, reused: true });
    expect((await again.submitRequests(remade)).status).toBe(200);
    await again.untilIssued();
    await again.writeAndConfirm();
    expect((await edsLogIn(iins.Aliya)).status).toBe(200);
  });

  it('refuses a second connected token with its field, and steps without the access key', async () => {
    const credentials = (muratCredentials = await issueRegistrationCredentials(
      testApp,
      client.users.Murat!.id,
    ));
    const wizard = await new RegistrationWizard(testApp, agent, 'reg-timur', credentials).open();
    const { serialNumber } = await wizard.token();
    const two = await wizard.step('token', { serialNumber, label: 'KAZTOKEN', connectedTokens: 2 });
    expect(two.status).toBe(422);
    expect(two.body).toMatchObject({
      code: 'REGISTRATION_MULTIPLE_TOKENS',
      details: { field: 'connectedTokens' },
    });
    // Every step is audited with its outcome, the refused ones too.
    const audited = await sql<{ outcome: string; details: { step: string } }>(
      `SELECT outcome, details FROM audit_event WHERE action = 'TOKEN_REGISTRATION_STEP' AND subject_id = $1`,
      [wizard.registration['registrationId']],
    );
    expect(audited).toContainEqual({
      outcome: 'REGISTRATION_MULTIPLE_TOKENS',
      details: { step: 'chooseToken' },
    });
    const outOfOrder = await wizard.step('password', { serialNumber });
    expect(outOfOrder.status).toBe(409);
    expect(outOfOrder.body.code).toBe('REGISTRATION_WRONG_STEP');
    const noKey = await http().get('/api/registrations/current');
    expect(noKey.status).toBe(401);
    expect(noKey.body.code).toBe('REGISTRATION_ACCESS_INVALID');
    const garbage = await wizard.step('token', { serialNumber: 7, connectedTokens: 'one' });
    expect(garbage.status).toBe(400);
  });

  it('never tells a wrong user ID from a wrong PIN, counts parallel guesses on the card, and blocks it at the fifth with an SMS', async () => {
    const credentials = await issueRegistrationCredentials(testApp, client.users.Nurlan!.id);
    const unknown = await http()
      .post('/api/registrations')
      .send({ registrationUserId: 'qq000000_nobodyxx', pin: credentials.pin });
    // 1 and I, 0 and O are different characters: a look-alike is a wrong PIN, not a fixed one.
    const lookalike = credentials.pin.replace(/[A-Z]/, (letter) => (letter === 'O' ? '0' : 'O'));
    const wrong = await http()
      .post('/api/registrations')
      .send({ registrationUserId: credentials.login, pin: lookalike });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);

    const guesses = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        http()
          .post('/api/registrations')
          .send({ registrationUserId: credentials.login, pin: `WRONGPIN${index}AB` }),
      ),
    );
    expect(guesses.every((guess) => guess.status >= 400 && guess.status < 500)).toBe(true);
    const [card] = await sql<{ status: string; blocked_reason: string; pin_failed_attempts: number }>(
      `SELECT status, blocked_reason, pin_failed_attempts FROM otp_device WHERE user_id = $1 AND status <> 'REVOKED'`,
      [client.users.Nurlan!.id],
    );
    expect(card).toEqual({ status: 'BLOCKED', blocked_reason: 'WRONG_PIN', pin_failed_attempts: 5 });
    const right = await http()
      .post('/api/registrations')
      .send({ registrationUserId: credentials.login, pin: credentials.pin });
    expect(right.status).toBeGreaterThanOrEqual(400);
    expect(['REGISTRATION_CARD_BLOCKED', 'AUTH_TOO_MANY_ATTEMPTS']).toContain(right.body.code);
    const sms = await sql<{ purpose: string }>(`SELECT purpose FROM sms_outbox WHERE phone = '+77011230004'`);
    expect(sms.map((row) => row.purpose)).toContain('OTP_CARD_BLOCKED');
  });

  it('issues no registration user ID to a user without the Standard channel, nor without an OTP card unless a new one goes with it', async () => {
    const ask = (userId: string) =>
      http()
        .post('/api/manager/change-requests')
        .set(MANAGER)
        .send({ change: { type: 'ISSUE_REGISTRATION_CREDENTIALS', userId, newCard: false } });
    const noStandard = await ask(client.users.Saule!.id);
    expect(noStandard.status).toBe(409);
    expect(noStandard.body).toMatchObject({
      code: 'CHANGE_WRONG_STATE',
      details: { field: 'change.userId' },
    });
    const noCard = await ask(client.users.Bekzat!.id);
    expect(noCard.status).toBe(422);
    expect(noCard.body).toMatchObject({
      code: 'REGISTRATION_NO_OTP_CARD',
      details: { field: 'change.newCard' },
    });
  });

  it('supersedes the earlier certificates on a new registration: the old ones are revoked and refused', async () => {
    const credentials = timurCredentials;
    const before = await http().get(`/api/manager/users/${client.users.Timur!.id}/certificates`).set(MANAGER);
    const old = before.body.filter((entry: { status: string }) => entry.status === 'ACTIVE');
    const wizard = await new RegistrationWizard(testApp, agent, 'reg-timur', credentials).open();
    expect(wizard.registration.status).toBe('AWAITING_TOKEN');
    await wizard.chooseToken();
    // The token's password is already the client's own: the agent says so and the wizard moves on.
    await expect(wizard.setPassword('Other8Pass')).rejects.toMatchObject({ code: 'PIN_NOT_DEFAULT' });
    expect(
      (await wizard.step('password', { serialNumber: (await wizard.token()).serialNumber })).status,
    ).toBe(200);
    await wizard.submitRequests(await wizard.makeKeys(NEW_PIN));
    await wizard.untilIssued();
    await wizard.writeAndConfirm();

    const after = await http().get(`/api/manager/users/${client.users.Timur!.id}/certificates`).set(MANAGER);
    for (const entry of old) {
      expect(after.body.find((listed: { id: string }) => listed.id === entry.id)).toMatchObject({
        status: 'REVOKED',
        revocationReason: 'SUPERSEDED',
      });
    }
    expect(after.body.filter((entry: { status: string }) => entry.status === 'ACTIVE')).toHaveLength(2);
    const oldAuthentication = old.find((entry: { purpose: string }) => entry.purpose === 'AUTHENTICATION');
    const { nonce } = (await http().post('/api/auth/eds/challenge')).body as { nonce: string };
    const cms = await agent.sign(
      Buffer.from(nonce, 'base64'),
      { iin: iins.Timur, bin: client.binIin, serialNumber: oldAuthentication.serialNumber },
      'AUTHENTICATION',
      enterPin([NEW_PIN]),
    );
    const refused = await http().post('/api/auth/login/eds').send({ nonce, cms });
    expect(refused.body.code).toBe('EDS_CERT_REVOKED');
  });

  it('reissues for a manager: old certificates revoked before formatting, a new registration follows; a signature made before keeps its verification, the old key is refused and the new one signs', async () => {
    const aliya = client.users.Aliya!.id;
    const before = (await http().get(`/api/manager/users/${aliya}/certificates`).set(MANAGER)).body as {
      serialNumber: string;
      purpose: string;
      status: string;
    }[];
    const oldSigning = before.find((entry) => entry.purpose === 'SIGNING' && entry.status === 'ACTIVE')!;
    const oldLogIn = before.find((entry) => entry.purpose === 'AUTHENTICATION' && entry.status === 'ACTIVE')!;
    // Aliya signs a payment with her first certificate before the reissue.
    const signBefore = await signedByAliya(oldSigning.serialNumber);
    expect(signBefore.signed.status).toBe(201);
    const started = await checkedChange(testApp, {
      type: 'START_TOKEN_REISSUE',
      userId: aliya,
      reason: 'PIN_FORGOTTEN',
    });
    const [opening] = (await http().get(`/api/manager/users/${aliya}/reissues`).set(MANAGER)).body;
    expect(opening).toMatchObject({
      reissueId: started.outcome.reissueId,
      status: 'AWAITING_TOKEN',
      startedBy: 'MANAGER',
      reason: 'PIN_FORGOTTEN',
    });
    // The registration waits until the reissue has formatted the token.
    const early = await http()
      .post('/api/registrations')
      .send({ registrationUserId: aliyaCredentials.login, pin: aliyaCredentials.pin });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('REGISTRATION_REISSUE_IN_PROGRESS');

    const opened = await http().post('/api/reissues').send({
      registrationUserId: aliyaCredentials.login,
      pin: aliyaCredentials.pin,
      reason: 'PIN_FORGOTTEN',
    });
    expect(opened.status).toBe(200);
    expect(opened.body.reissue.reissueId).toBe(started.outcome.reissueId);
    const key = opened.body.accessKey as string;
    const wizard = new RegistrationWizard(testApp, agent, 'reg-aliya', aliyaCredentials);
    wizard.accessKey = key;
    const { serialNumber } = await wizard.token();
    const reissueStep = (path: string, body: object) =>
      http().post(`/api/reissues/current/${path}`).set('x-registration-key', key).send(body);
    expect(
      (await reissueStep('token', { serialNumber, label: 'KAZTOKEN', connectedTokens: 1 })).body.status,
    ).toBe('REVOKING');
    let reissue = opened.body.reissue as { status: string; revoked: string[]; registrationId: string | null };
    for (let tries = 0; reissue.status !== 'AWAITING_FORMAT'; tries++) {
      if (tries > 100) throw new Error(`reissue still ${reissue.status}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
      reissue = (await http().get('/api/reissues/current').set('x-registration-key', key)).body;
    }
    expect(reissue.revoked).toContain(oldSigning.serialNumber);

    // The agent's formatting (C_InitToken) refuses while the run-wide store shows other tokens; it is
    // tried against a token of its own in signer/test/format-token.spec.ts and the wizard's journey.
    const formatted = await reissueStep('formatted', { serialNumber });
    expect(formatted.body).toMatchObject({ status: 'REGISTERING' });
    const current = await http().get('/api/registrations/current').set('x-registration-key', key);
    expect(current.body).toMatchObject({
      registrationId: formatted.body.registrationId,
      status: 'AWAITING_TOKEN',
    });
    wizard.registration = current.body;
    await wizard.chooseToken();
    expect((await wizard.step('password', { serialNumber })).status).toBe(200);
    await wizard.submitRequests(await wizard.makeKeys(NEW_PIN));
    await wizard.untilIssued();
    await wizard.writeAndConfirm();
    for (let tries = 0; reissue.status !== 'COMPLETED'; tries++) {
      if (tries > 100) throw new Error(`reissue still ${reissue.status}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
      reissue = (await http().get('/api/reissues/current').set('x-registration-key', key)).body;
    }

    expect((await edsLogIn(iins.Aliya)).status).toBe(200);
    const { nonce } = (await http().post('/api/auth/eds/challenge')).body as { nonce: string };
    const withOldKey = await agent.sign(
      Buffer.from(nonce, 'base64'),
      { iin: iins.Aliya, bin: client.binIin, serialNumber: oldLogIn.serialNumber },
      'AUTHENTICATION',
      enterPin([NEW_PIN]),
    );
    expect((await http().post('/api/auth/login/eds').send({ nonce, cms: withOldKey })).body.code).toBe(
      'EDS_CERT_REVOKED',
    );
    const after = (await http().get(`/api/manager/users/${aliya}/certificates`).set(MANAGER)).body as {
      serialNumber: string;
      purpose: string;
      status: string;
      revocationReason?: string;
    }[];
    expect(after.find((entry) => entry.serialNumber === oldSigning.serialNumber)).toMatchObject({
      status: 'REVOKED',
      revocationReason: 'SUPERSEDED',
    });
    // The signature made while the certificate was valid keeps its verification; a new one with it is refused.
    const evidence = await http()
      .get(`/api/documents/${signBefore.documentId}/signatures/0/evidence`)
      .set(client.as('Aliya'));
    expect(evidence.body).toMatchObject({
      method: 'EDS',
      report: { outcome: 'VALID', certificate: { serialNumber: oldSigning.serialNumber } },
    });
    const signAfter = await signedByAliya(oldSigning.serialNumber);
    expect(signAfter.signed.body.code).toBe('EDS_CERT_REVOKED');
    const newSigning = after.find((entry) => entry.status === 'ACTIVE' && entry.purpose === 'SIGNING')!;
    expect((await signedByAliya(newSigning.serialNumber)).signed.status).toBe(201);
    const listed = await http().get(`/api/manager/users/${aliya}/reissues`).set(MANAGER);
    expect(listed.body[0]).toMatchObject({
      status: 'COMPLETED',
      open: false,
      registrationId: formatted.body.registrationId,
    });
  });

  it('registers a national signing certificate already on the token with the bank’s own log-in key; a wrong IIN or an untrusted CA is refused', async () => {
    const murat = client.users.Murat!.id;
    const { publicKey } = await agent.generateKey('reg-murat');
    const subject = { iin: iins.Murat, bin: client.binIin, commonName: 'Murat', organization: 'ТОО "Тест"' };
    const [right, wrongIin, unknownCa] = await Promise.all([
      national.issue({ publicKey, subject, purpose: 'SIGNING' }),
      national.issue({ publicKey, subject: { ...subject, iin: uniqueIin() }, purpose: 'SIGNING' }),
      untrusted.issue({ publicKey, subject, purpose: 'SIGNING' }),
    ]);
    await agent.writeCertificate('reg-murat', right);
    const wizard = await new RegistrationWizard(testApp, agent, 'reg-murat', muratCredentials).open();
    expect(wizard.registration.status).toBe('AWAITING_TOKEN');
    await wizard.chooseToken();
    expect(
      (await wizard.step('password', { serialNumber: (await wizard.token()).serialNumber })).status,
    ).toBe(200);
    const { authentication, signing } = await wizard.makeKeys(USER_PIN, ['authentication']);
    expect(signing).toBeUndefined();

    for (const [nationalSigning, code] of [
      [wrongIin, 'CERT_SUBJECT_MISMATCH'],
      [unknownCa, 'REGISTRATION_NATIONAL_UNTRUSTED'],
    ] as const) {
      expect((await wizard.submitRequests({ authentication, nationalSigning })).status).toBe(200);
      await wizard.untilIssued();
      expect(wizard.registration).toMatchObject({ status: 'AWAITING_KEYS', refusal: { code } });
    }
    expect((await wizard.submitRequests({ authentication, nationalSigning: right })).status).toBe(200);
    await wizard.untilIssued();
    expect(wizard.registration.status).toBe('AWAITING_WRITE');
    await wizard.writeAndConfirm();

    const certificates = (await http().get(`/api/manager/users/${murat}/certificates`).set(MANAGER)).body as {
      purpose: string;
      source: string;
      status: string;
    }[];
    expect(
      certificates
        .filter((entry) => entry.status === 'ACTIVE')
        .map(({ purpose, source }) => [purpose, source])
        .sort(),
    ).toEqual([
      ['AUTHENTICATION', 'INTERNAL_CA'],
      ['SIGNING', 'EXTERNAL'],
    ]);
    expect((await edsLogIn(iins.Murat, USER_PIN)).status).toBe(200);
  });
});
