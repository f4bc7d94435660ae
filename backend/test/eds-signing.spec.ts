import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AgentRefusal } from '@qoltanba/signer/client/agent-client';
import { parseCertificate } from '../src/common/pki/parsed-certificate.js';
import { EDS_CHECKS } from '../src/signatures/eds-error-code.js';
import { corruptSignature, replaceSignerCertificate } from './support/cms-surgery.js';
import { MANAGER } from './support/dev-identity.js';
import { issueCertificate } from './support/issue-certificate.js';
import { softwareRsaKey, writePkcs12 } from '@qoltanba/testing/pkcs12-files';
import { onboard, type Onboarded, uniqueIin } from './support/onboarding.js';
import { enterPin, type PromptLog, type Purpose, TestSigningAgent } from './support/signing-agent.js';
import { SoftwareCa } from './support/software-ca.js';
import { startTestApp, startTestWorker, type TestApp, type TestWorker } from './support/test-app.js';
import { paymentOrder } from './support/payment-order.js';
import { checkedChange } from './support/manager-changes.js';

const DAY = 86_400_000;

interface Person {
  name: string;
  iin: string;
  token: string;
}

interface Registered {
  serialNumber: string;
  certificate: string;
  id: string;
}

/**
 * EDS signatures end to end, with keys generated on real SoftHSM2 tokens, requests and CMS made by
 * the real signing agent, certificates issued by the internal CA, and the document workflow.
 */
describe('EDS signatures of documents (SoftHSM2 tokens through the signing agent)', () => {
  let testApp: TestApp;
  let worker: TestWorker;
  let agent: TestSigningAgent;
  let client: Onboarded;
  let bin: string;
  let national: SoftwareCa;
  let untrusted: SoftwareCa;
  let trustDir: string;
  const aigerim: Person = { name: 'Aigerim', iin: uniqueIin(), token: 'eds-aigerim' };
  const bolat: Person = { name: 'Bolat', iin: uniqueIin(), token: 'eds-bolat' };
  const signingCertificates = new Map<string, Registered>();

  beforeAll(async () => {
    [national, untrusted] = await Promise.all([
      SoftwareCa.create('National CA test', { intermediate: true }),
      SoftwareCa.create('Nobody trusts this CA'),
    ]);
    trustDir = await mkdtemp(join(tmpdir(), 'qoltanba-trust-'));
    const intermediates = join(trustDir, 'intermediates.pem');
    await writeFile(intermediates, national.issuer.toString('pem'));
    agent = await TestSigningAgent.start([aigerim.token, bolat.token]);
    testApp = await startTestApp({
      env: {
        BANK_SIMULATOR_INTERBANK_DELAY_MS: '200',
        EDS_TRUSTED_ROOTS_PEM: national.root.toString('pem'),
        EDS_INTERMEDIATES_FILE: intermediates,
      },
    });
    worker = await startTestWorker(testApp);
    client = await onboard(testApp, {
      Aigerim: { right: 'SINGLE', iin: aigerim.iin },
      Bolat: { right: 'SINGLE', iin: bolat.iin },
    });
    bin = (await testApp.http().get(`/api/manager/organizations/${client.organizationId}`).set(MANAGER)).body
      .binIin as string;
    for (const person of [aigerim, bolat]) {
      signingCertificates.set(person.name, await register(person, 'SIGNING'));
    }
  });
  afterAll(async () => {
    await agent?.stop();
    await worker?.stop();
    await testApp?.close();
    if (trustDir) await rm(trustDir, { recursive: true, force: true });
  });

  const http = () => testApp.http();
  const holder = (person: Person, serialNumber?: string) => ({ iin: person.iin, bin, serialNumber });

  /**
   * Registers a token the way the bank does: key on the token, PKCS#10 made by the agent, the
   * certificate issued by the internal CA (for a year, or with a chosen validity), written back to
   * the token.
   */
  async function register(
    person: Person,
    purpose: Purpose,
    validity?: { notBefore: Date; notAfter: Date },
    keyId?: string,
  ): Promise<Registered & { keyId: string }> {
    const key = keyId ?? (await agent.generateKey(person.token)).keyId;
    const request = await agent.certificationRequest(
      person.token,
      key,
      {
        iin: person.iin,
        bin,
        name: validity ? `${person.name} ${validity.notBefore.getTime()}` : person.name,
      },
      purpose,
    );
    const issued = await issueCertificate(testApp, client.users[person.name]!.id, request, purpose, validity);
    if (!validity || validity.notBefore.getTime() <= Date.now()) {
      await agent.writeCertificate(person.token, issued.certificate);
    }
    return { ...issued, keyId: key };
  }

  function payment(overrides: Record<string, unknown> = {}) {
    return paymentOrder(client.payerIban, { number: '77', ...overrides });
  }

  /** A submitted document and the content to sign, as the web app fetches it. */
  async function submittedDocument(overrides: Record<string, unknown> = {}) {
    const created = await http().post('/api/documents').set(client.as('Aigerim')).send(payment(overrides));
    expect(created.status).toBe(201);
    const submitted = await http()
      .post(`/api/documents/${created.body.id}/submission`)
      .set(client.as('Aigerim'));
    expect(submitted.status).toBe(201);
    return contentOf(created.body.id as string);
  }

  async function contentOf(id: string) {
    const content = await http().get(`/api/documents/${id}/content`).set(client.as('Aigerim'));
    expect(content.status).toBe(200);
    return {
      id,
      contentHash: content.body.contentHash as string,
      bytes: Buffer.from(content.body.contentBase64 as string, 'base64'),
    };
  }

  const signWith = (
    person: Person,
    bytes: Buffer,
    serialNumber = signingCertificates.get(person.name)!.serialNumber,
  ) => agent.sign(bytes, holder(person, serialNumber));

  const submitSignature = (
    id: string,
    contentHash: string,
    cms: string,
    as = 'Aigerim',
    channel = 'STANDARD',
  ) =>
    http()
      .post(`/api/documents/${id}/signatures`)
      .set(client.as(as, channel as 'STANDARD'))
      .send({ contentHash, evidence: { kind: 'CMS', cms } });

  async function expectRefused(
    id: string,
    response: Awaited<ReturnType<typeof submitSignature>>,
    code: string,
  ) {
    expect({
      status: response.status,
      code: response.body.code,
      field: response.body.details?.field,
    }).toEqual({
      status: 422,
      code,
      field: 'evidence.cms',
    });
    const document = await http().get(`/api/documents/${id}`).set(client.as('Aigerim'));
    expect(document.body).toMatchObject({ status: 'AWAITING_SIGNATURES', signatures: [] });
  }

  async function waitForStatus(id: string, status: string) {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const response = await http().get(`/api/documents/${id}`).set(client.as('Aigerim'));
      if (response.body.status === status) return response.body as Record<string, unknown>;
      if (Date.now() > deadline)
        throw new Error(`document stayed ${response.body.status as string}, wanted ${status}`);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }

  it('signs a document in the Standard channel: verified, sent to the bank, executed, with its evidence kept', async () => {
    const document = await submittedDocument();
    const before = Date.now();
    const cms = await signWith(aigerim, document.bytes);
    const signed = await submitSignature(document.id, document.contentHash, cms);
    expect(signed.status).toBe(201);
    expect(signed.body.signatures).toMatchObject([{ slot: 'SINGLE', method: 'EDS', channel: 'STANDARD' }]);
    await waitForStatus(document.id, 'EXECUTED');

    const evidence = await http()
      .get(`/api/documents/${document.id}/signatures/0/evidence`)
      .set(client.as('Bolat'));
    expect(evidence.status).toBe(200);
    expect(evidence.body).toMatchObject({ kind: 'CMS', method: 'EDS', slot: 'SINGLE', cms });
    const report = evidence.body.report;
    expect(
      report.checks.map((check: { check: string; outcome: string }) => [check.check, check.outcome]),
    ).toEqual(EDS_CHECKS.filter((check) => check !== 'XML_STRUCTURE').map((check) => [check, 'PASSED']));
    expect(report).toMatchObject({
      format: 'qoltanba.eds-verification/1',
      outcome: 'VALID',
      purpose: 'SIGNING',
      contentSha256: document.contentHash,
      document: { id: document.id, revision: 1, contentHash: document.contentHash },
      signer: { userId: client.users.Aigerim!.id, iin: aigerim.iin, bin },
      certificate: { serialNumber: signingCertificates.get('Aigerim')!.serialNumber },
      trustAnchor: { source: 'INTERNAL_CA' },
    });
    expect(report.certificate.subject).toContain(`IIN${aigerim.iin}`);
    expect(new Date(report.signingTime as string).getTime()).toBeGreaterThanOrEqual(
      Math.floor(before / 1000) * 1000,
    );
    expect(new Date(report.verifiedAt as string).getTime()).toBeGreaterThanOrEqual(
      new Date(report.signingTime as string).getTime(),
    );

    const other = await onboard(testApp, { Outsider: { right: 'SINGLE' } });
    const foreign = await http()
      .get(`/api/documents/${document.id}/signatures/0/evidence`)
      .set(other.as('Outsider'));
    expect(foreign.status).toBe(404);
    const missing = await http()
      .get(`/api/documents/${document.id}/signatures/1/evidence`)
      .set(client.as('Aigerim'));
    expect(missing.body.code).toBe('DOCUMENT_SIGNATURE_NOT_FOUND');
  });

  it('stores nothing when the PIN is wrong: the agent refuses and no signature reaches the bank', async () => {
    const document = await submittedDocument();
    const log: PromptLog = { prompts: 0, outcomes: [] };
    const refusal = await agent
      .sign(
        document.bytes,
        holder(aigerim, signingCertificates.get('Aigerim')!.serialNumber),
        'SIGNING',
        enterPin(['87654321'], log),
      )
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AgentRefusal);
    expect(refusal).toMatchObject({ code: 'PIN_CANCELLED' });
    expect(log).toEqual({ prompts: 1, outcomes: ['retry'] });
    const after = await http().get(`/api/documents/${document.id}`).set(client.as('Aigerim'));
    expect(after.body).toMatchObject({ status: 'AWAITING_SIGNATURES', signatures: [] });
    const evidence = await http()
      .get(`/api/documents/${document.id}/signatures/0/evidence`)
      .set(client.as('Aigerim'));
    expect(evidence.status).toBe(404);
  });

  it('refuses a CMS over other content than the document’s (a tampered document)', async () => {
    const document = await submittedDocument();
    const tampered = Buffer.from(document.bytes.toString('utf8').replace('125050', '925050'));
    expect(tampered.equals(document.bytes)).toBe(false);
    const cms = await signWith(aigerim, tampered);
    await expectRefused(
      document.id,
      await submitSignature(document.id, document.contentHash, cms),
      'EDS_DIGEST_MISMATCH',
    );
  });

  it('accepts a CMS in PEM armour, as NCALayer returns it, wherever base64 DER is taken', async () => {
    const document = await submittedDocument();
    const cms = await signWith(aigerim, document.bytes);
    const pem = `-----BEGIN CMS-----\n${cms.match(/.{1,64}/g)!.join('\n')}\n-----END CMS-----\n`;

    const signed = await submitSignature(document.id, document.contentHash, pem);

    expect(signed.status).toBe(201);
    expect(signed.body.signatures).toMatchObject([{ slot: 'SINGLE', method: 'EDS' }]);
    const evidence = await http()
      .get(`/api/documents/${document.id}/signatures/0/evidence`)
      .set(client.as('Bolat'));
    expect(evidence.body.cms).toBe(cms); // kept bare, as it is downloaded
  });

  it('refuses a signature over an earlier version of a document that has since been edited', async () => {
    const document = await submittedDocument();
    const cms = await signWith(aigerim, document.bytes);
    const edited = await http()
      .put(`/api/documents/${document.id}`)
      .set(client.as('Aigerim'))
      .send({ ...payment({ amount: '99.00' }), revision: 1 });
    expect(edited.body).toMatchObject({ status: 'AWAITING_SIGNATURES', revision: 2 });
    // Presented as the old version, the document refuses it before the CMS is looked at; presented as
    // the new one, the CMS's digest does not match it.
    const asOld = await submitSignature(document.id, document.contentHash, cms);
    expect([asOld.status, asOld.body.code]).toEqual([409, 'DOCUMENT_STALE_CONTENT']);
    await expectRefused(
      document.id,
      await submitSignature(document.id, edited.body.contentHash as string, cms),
      'EDS_DIGEST_MISMATCH',
    );
  });

  it('refuses a signature whose value was altered', async () => {
    const document = await submittedDocument();
    const cms = corruptSignature(await signWith(aigerim, document.bytes));
    await expectRefused(
      document.id,
      await submitSignature(document.id, document.contentHash, cms),
      'EDS_SIGNATURE_INVALID',
    );
  });

  it('refuses another user’s certificate', async () => {
    const document = await submittedDocument();
    const cms = await signWith(bolat, document.bytes);
    await expectRefused(
      document.id,
      await submitSignature(document.id, document.contentHash, cms),
      'EDS_SUBJECT_MISMATCH',
    );
  });

  it('refuses a certificate that expired after the signature was made', async () => {
    const document = await submittedDocument();
    const notAfter = new Date(Math.ceil((Date.now() + 2_500) / 1000) * 1000);
    const shortLived = await register(aigerim, 'SIGNING', {
      notBefore: new Date(Date.now() - DAY),
      notAfter,
    });
    const cms = await signWith(aigerim, document.bytes, shortLived.serialNumber);
    await new Promise((resolve) => setTimeout(resolve, notAfter.getTime() - Date.now() + 1_100));
    const response = await submitSignature(document.id, document.contentHash, cms);
    await expectRefused(document.id, response, 'EDS_CERT_EXPIRED');
    expect(response.body.details.check).toBe('VALIDITY_NOW');
  });

  it('refuses a certificate that was expired, or not yet valid, at the signing time', async () => {
    const document = await submittedDocument();
    const current = await register(aigerim, 'SIGNING');
    const cms = await signWith(aigerim, document.bytes, current.serialNumber);
    // Other certificates of the same token key: the signature over the attributes still verifies with them.
    const expired = await register(
      aigerim,
      'SIGNING',
      { notBefore: new Date(Date.now() - 10 * DAY), notAfter: new Date(Date.now() - DAY) },
      current.keyId,
    );
    const future = await register(
      aigerim,
      'SIGNING',
      { notBefore: new Date(Date.now() + DAY), notAfter: new Date(Date.now() + 10 * DAY) },
      current.keyId,
    );
    const withExpired = await submitSignature(
      document.id,
      document.contentHash,
      replaceSignerCertificate(cms, expired.certificate),
    );
    await expectRefused(document.id, withExpired, 'EDS_CERT_EXPIRED');
    expect(withExpired.body.details.check).toBe('VALIDITY_AT_SIGNING_TIME');
    const withFuture = await submitSignature(
      document.id,
      document.contentHash,
      replaceSignerCertificate(cms, future.certificate),
    );
    await expectRefused(document.id, withFuture, 'EDS_CERT_NOT_YET_VALID');
    // The untouched CMS is fine: the refusals were the certificates'.
    expect((await submitSignature(document.id, document.contentHash, cms)).status).toBe(201);
  });

  it('refuses a revoked certificate', async () => {
    const document = await submittedDocument();
    const revokedLater = await register(aigerim, 'SIGNING');
    const cms = await signWith(aigerim, document.bytes, revokedLater.serialNumber);
    await checkedChange(testApp, {
      type: 'REVOKE_CERTIFICATE',
      certificateId: revokedLater.id,
      reason: 'KEY_COMPROMISE',
    });
    await expectRefused(
      document.id,
      await submitSignature(document.id, document.contentHash, cms),
      'EDS_CERT_REVOKED',
    );
  });

  it('refuses a certificate from a root nobody configured', async () => {
    const document = await submittedDocument();
    const { keyId, publicKey } = await agent.generateKey(aigerim.token);
    expect(keyId).toBeTruthy();
    const foreign = await untrusted.issue({
      publicKey,
      subject: { iin: aigerim.iin, bin, commonName: 'Aigerim', organization: 'ТОО "Тест"' },
      purpose: 'SIGNING',
    });
    await agent.writeCertificate(aigerim.token, foreign);
    const serialNumber = parseCertificate(Buffer.from(foreign, 'base64')).serialNumber;
    const cms = await signWith(aigerim, document.bytes, serialNumber);
    await expectRefused(
      document.id,
      await submitSignature(document.id, document.contentHash, cms),
      'EDS_UNTRUSTED_ROOT',
    );
  });

  it('accepts a national certificate through a configured root and intermediate, once registered to the user', async () => {
    const document = await submittedDocument();
    const { publicKey } = await agent.generateKey(aigerim.token);
    const certificate = await national.issue({
      publicKey,
      subject: { iin: aigerim.iin, bin, commonName: 'Aigerim', organization: 'ТОО "Тест"' },
      purpose: 'SIGNING',
    });
    await agent.writeCertificate(aigerim.token, certificate);
    const { serialNumber } = parseCertificate(Buffer.from(certificate, 'base64'));
    const cms = await signWith(aigerim, document.bytes, serialNumber);
    await expectRefused(
      document.id,
      await submitSignature(document.id, document.contentHash, cms),
      'EDS_CERT_NOT_REGISTERED',
    );

    const register = (text: string) =>
      http()
        .post('/api/manager/change-requests')
        .set(MANAGER)
        .send({
          change: { type: 'REGISTER_CERTIFICATE', userId: client.users.Aigerim!.id, certificate: text },
        });
    const garbage = await register(Buffer.from('not a certificate').toString('base64'));
    expect(garbage.status).toBe(422);
    expect(garbage.body).toMatchObject({
      code: 'CERT_CERTIFICATE_NOT_ACCEPTED',
      details: { field: 'change.certificate' },
    });
    const registered = await checkedChange(testApp, {
      type: 'REGISTER_CERTIFICATE',
      userId: client.users.Aigerim!.id,
      certificate,
    });
    const listed = await http()
      .get(`/api/manager/users/${client.users.Aigerim!.id}/certificates`)
      .set(MANAGER);
    expect(listed.body).toContainEqual(
      expect.objectContaining({
        id: registered.outcome.certificateId,
        source: 'EXTERNAL',
        purpose: 'SIGNING',
        status: 'ACTIVE',
      }),
    );
    const twice = await register(certificate);
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({
      code: 'CERT_ALREADY_REGISTERED',
      details: { field: 'change.certificate' },
    });
    const accepted = await submitSignature(document.id, document.contentHash, cms);
    expect(accepted.status).toBe(201);
    const evidence = await http()
      .get(`/api/documents/${document.id}/signatures/0/evidence`)
      .set(client.as('Aigerim'));
    expect(evidence.body.report.trustAnchor).toMatchObject({
      source: 'CONFIGURED',
      subject: national.root.subject,
    });
    expect(evidence.body.report.chain.map((link: { subject: string }) => link.subject)).toEqual([
      national.issuer.subject,
      national.root.subject,
    ]);
  });

  it('signs a payment and logs in with key files (PKCS#12) of the national chain, once registered', async () => {
    const password = 'Kilt2026pass';
    const keyFiles = {} as Record<Purpose, { file: Buffer; password: string }>;
    for (const purpose of ['SIGNING', 'AUTHENTICATION'] as const) {
      const key = softwareRsaKey();
      const certificate = await national.issue({
        publicKey: key.publicKeyInfo,
        subject: { iin: bolat.iin, bin, commonName: 'Bolat', organization: 'ТОО "Тест"' },
        purpose,
      });
      await checkedChange(testApp, {
        type: 'REGISTER_CERTIFICATE',
        userId: client.users.Bolat!.id,
        certificate,
      });
      keyFiles[purpose] = {
        file: await writePkcs12({ privateKey: key.privateKey, certificate, password }),
        password,
      };
    }

    const document = await submittedDocument();
    const cms = await agent.signWithKeyFile(document.bytes, keyFiles.SIGNING, holder(bolat));
    const signed = await submitSignature(document.id, document.contentHash, cms, 'Bolat');
    expect(signed.status).toBe(201);
    await waitForStatus(document.id, 'EXECUTED');

    const nonce = (await http().post('/api/auth/eds/challenge')).body.nonce as string;
    const login = await agent.signWithKeyFile(
      Buffer.from(nonce, 'base64'),
      keyFiles.AUTHENTICATION,
      holder(bolat),
      'AUTHENTICATION',
    );
    const session = await http().post('/api/auth/login/eds').send({ nonce, cms: login });
    expect(session.status).toBe(200);
    expect(session.body.principal).toMatchObject({ userId: client.users.Bolat!.id, channel: 'STANDARD' });
  });

  it('refuses an authentication certificate for a document signature', async () => {
    const document = await submittedDocument();
    const authentication = await register(aigerim, 'AUTHENTICATION');
    const cms = await agent.sign(
      document.bytes,
      holder(aigerim, authentication.serialNumber),
      'AUTHENTICATION',
    );
    await expectRefused(
      document.id,
      await submitSignature(document.id, document.contentHash, cms),
      'EDS_WRONG_KEY_USAGE',
    );
  });

  it('refuses EDS evidence outside the Standard channel, and a CMS that is not one', async () => {
    const document = await submittedDocument();
    const cms = await signWith(aigerim, document.bytes);
    const light = await submitSignature(document.id, document.contentHash, cms, 'Aigerim', 'LIGHT');
    expect(light.status).toBe(403);
    expect(light.body.code).toBe('EDS_WRONG_CHANNEL');
    const garbage = await submitSignature(
      document.id,
      document.contentHash,
      Buffer.from('not a CMS').toString('base64'),
    );
    expect(garbage.status).toBe(400);
    expect(garbage.body).toMatchObject({ code: 'EDS_CMS_MALFORMED', details: { field: 'evidence.cms' } });
  });

  it('signs a batch of 20 documents after one PIN entry, and each signature is accepted', async () => {
    const documents = [];
    for (let n = 0; n < 20; n++)
      documents.push(await submittedDocument({ number: `B-${n}`, amount: `${100 + n}.00` }));
    const log: PromptLog = { prompts: 0, outcomes: [] };
    const signatures = await agent.sign(
      documents.map((document) => document.bytes),
      holder(aigerim, signingCertificates.get('Aigerim')!.serialNumber),
      'SIGNING',
      enterPin(undefined, log),
    );
    expect(log).toEqual({ prompts: 1, outcomes: ['accepted'] });
    expect(signatures).toHaveLength(20);
    const answers = await Promise.all(
      documents.map((document, n) => submitSignature(document.id, document.contentHash, signatures[n]!)),
    );
    expect(answers.map((answer) => answer.status)).toEqual(documents.map(() => 201));
    for (const document of documents) await waitForStatus(document.id, 'EXECUTED');
  }, 120_000);
});
