import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as pkijs from 'pkijs';
import { EKU } from '../src/crypto/certificate-details.js';
import * as x509 from '../src/crypto/x509.js';
import { AGENT_MODULE, BASICS_MODULE } from '../src/protocol/messages.js';
import {
  enterAtPrompt,
  type Harness,
  newRecord,
  provisionCertificate,
  SO_PIN,
  startHarness,
  uniqueIdentifier,
  USER_PIN,
  withPin,
} from './agent-harness.js';
import { TestCa } from './test-ca.js';
import { verifyCms } from './verify-cms.js';

const SUBJECT = {
  iin: uniqueIdentifier(),
  bin: uniqueIdentifier(),
  commonName: 'ТЕСТОВ ТЕСТ',
  surname: 'ТЕСТОВ',
  organization: 'ТОО «Тест»',
  country: 'KZ' as const,
};
const PIN_HOLDER = uniqueIdentifier();
const inspector = fileURLToPath(new URL('./token-inspector.mjs', import.meta.url));

describe('token registration steps: key pairs, certificate requests, certificates and PINs', () => {
  let harness: Harness;
  let ca: TestCa;
  let registering: string;
  let pins: string;

  beforeAll(async () => {
    harness = await startHarness(['registration', 'pin-changes']);
    ca = await TestCa.create();
    [registering, pins] = (await Promise.all(harness.tokens.map((token) => harness.slotOf(token)))) as [
      string,
      string,
    ];
  });
  afterAll(async () => {
    await harness?.stop();
  });

  const generate = (slotId: string, pin = USER_PIN) =>
    harness.client.call<{ keyId: string; publicKey: string; profile: string }>(
      AGENT_MODULE,
      'generateKeyPair',
      { slotId, label: 'registration key' },
      withPin(pin),
    );

  it('generates an RSA-2048 key on the token that no program can read out', async () => {
    const generated = await generate(registering);
    expect(generated.profile).toBe('RSA-2048/SHA-256');
    const spki = pkijs.PublicKeyInfo.fromBER(Buffer.from(generated.publicKey, 'base64'));
    expect(spki.algorithm.algorithmId).toBe('1.2.840.113549.1.1.1');
    expect(
      (spki.parsedKey as pkijs.RSAPublicKey).modulus.valueBlock.valueHexView.length,
    ).toBeGreaterThanOrEqual(256);

    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        inspector,
        JSON.stringify({
          modulePath: process.env.QOLTANBA_TEST_PKCS11_MODULE,
          label: harness.tokens[0]!.label,
          pin: USER_PIN,
          keyId: generated.keyId,
        }),
      ],
      { env: { ...process.env } },
    );
    expect(JSON.parse(stdout)).toEqual({
      token: true,
      private: true,
      sensitive: true,
      extractable: false,
      alwaysSensitive: true,
      neverExtractable: true,
      readPrivateExponent: 'CKR_ATTRIBUTE_SENSITIVE',
      readPrime: 'CKR_ATTRIBUTE_SENSITIVE',
    });
  });

  it('creates a PKCS#10 request signed by the token key, with the Kazakh subject layout', async () => {
    const { keyId, publicKey } = await generate(registering);
    const { certificateRequest, pem } = await harness.client.call<{
      certificateRequest: string;
      pem: string;
    }>(
      AGENT_MODULE,
      'createCertificateRequest',
      { slotId: registering, keyId, subject: SUBJECT, purpose: 'signing' },
      withPin(),
    );
    const der = Buffer.from(certificateRequest, 'base64');
    expect(await pkijs.CertificationRequest.fromBER(der).verify()).toBe(true);
    const request = new x509.Pkcs10CertificateRequest(pem);
    expect(Buffer.from(request.publicKey.rawData).toString('base64')).toBe(publicKey);
    expect(request.subjectName.toJSON()).toEqual([
      { CN: ['ТЕСТОВ ТЕСТ'] },
      { SN: ['ТЕСТОВ'] },
      { '2.5.4.5': [`IIN${SUBJECT.iin}`] },
      { C: ['KZ'] },
      { O: ['ТОО «Тест»'] },
      { OU: [`BIN${SUBJECT.bin}`] },
    ]);
    expect((request.getExtension('2.5.29.37') as x509.ExtendedKeyUsageExtension | null)?.usages).toEqual([
      EKU.signing,
    ]);
    expect(await request.verify()).toBe(true);
  });

  it('refuses a request for a key the token does not hold', async () => {
    const answer = await harness.client.request(
      AGENT_MODULE,
      'createCertificateRequest',
      { slotId: registering, keyId: 'ab'.repeat(20), subject: SUBJECT },
      withPin(),
    );
    expect(answer).toMatchObject({ status: false, code: 'KEY_NOT_FOUND' });
  });

  it('writes an issued certificate beside its key pair, and refuses it a second time', async () => {
    const { keyId, publicKey } = await generate(registering);
    const issued = await ca.issue({ publicKey, subject: SUBJECT, purpose: 'signing' });
    const written = await harness.client.call<{ keyId: string; iin: string }>(
      AGENT_MODULE,
      'writeCertificate',
      {
        slotId: registering,
        certificate: issued.toString('pem'),
      },
    );
    expect(written).toMatchObject({ keyId, iin: SUBJECT.iin, bin: SUBJECT.bin });
    const again = await harness.client.request(AGENT_MODULE, 'writeCertificate', {
      slotId: registering,
      certificate: Buffer.from(issued.rawData).toString('base64'),
    });
    expect(again).toMatchObject({ status: false, code: 'CERTIFICATE_ALREADY_PRESENT' });
  });

  it('refuses to write a certificate whose public key matches no key pair on the token', async () => {
    const foreign = await ca.issue({
      publicKey: Buffer.from(ca.certificate.publicKey.rawData).toString('base64'),
      subject: SUBJECT,
      purpose: 'signing',
    });
    const answer = await harness.client.request(AGENT_MODULE, 'writeCertificate', {
      slotId: registering,
      certificate: Buffer.from(foreign.rawData).toString('base64'),
    });
    expect(answer).toMatchObject({ status: false, code: 'CERTIFICATE_KEY_MISMATCH' });
    const garbage = await harness.client.request(AGENT_MODULE, 'writeCertificate', {
      slotId: registering,
      certificate: Buffer.from('not a certificate').toString('base64'),
    });
    expect(garbage).toMatchObject({ status: false, code: 'INVALID_CERTIFICATE' });
  });

  it('changes the PIN after refusing a new PIN that breaks the rules, then signs with the new PIN only', async () => {
    await provisionCertificate(harness, ca, pins, {
      subject: { ...SUBJECT, iin: PIN_HOLDER },
      purpose: 'signing',
    });
    const record = newRecord();
    const changed = await harness.client.call(
      AGENT_MODULE,
      'changePin',
      { slotId: pins, locale: 'en' },
      enterAtPrompt(
        [
          { pin: USER_PIN, newPin: 'Qolt1234' },
          { pin: USER_PIN, newPin: 'Qoltanba2025' },
        ],
        record,
      ),
    );
    expect(changed).toEqual({ slotId: pins, changed: true });
    await waitFor(() => record.replies.length === 2);
    expect(record.replies).toEqual([
      {
        outcome: 'retry',
        code: 'PIN_POLICY',
        message: 'The new PIN may not contain runs such as 123, 678 or abc.',
        pinState: expect.anything(),
      },
      { outcome: 'accepted', message: expect.any(String) },
    ]);

    const signWith = (pin: string) => {
      const attempts = newRecord();
      const answer = harness.client.request(
        BASICS_MODULE,
        'sign',
        { format: 'cms', data: 'cGF5bWVudA==', signerParams: { iin: PIN_HOLDER } },
        enterAtPrompt([{ pin }], attempts),
      );
      return { answer, attempts };
    };
    const old = signWith(USER_PIN);
    await waitFor(() => old.attempts.replies.length === 1);
    expect(old.attempts.replies[0]).toMatchObject({ outcome: 'retry', code: 'PIN_INCORRECT' });
    await harness.client.call(AGENT_MODULE, 'cancelPinRequest', {
      promptId: old.attempts.events[0]!.promptId,
    });
    expect(await old.answer).toMatchObject({ code: 'PIN_CANCELLED' });

    const fresh = signWith('Qoltanba2025');
    const answer = await fresh.answer;
    expect(answer.status).toBe(true);
    const cms = (answer as { body: { result: string } }).body.result;
    expect(await verifyCms(cms, Buffer.from('payment'))).toMatchObject({ pkijsVerified: true });
  });

  it('unblocks with the administrator PIN, setting a new user PIN', async () => {
    const unblocked = await harness.client.call(
      AGENT_MODULE,
      'unblockPin',
      { slotId: pins },
      enterAtPrompt([
        { soPin: 'wrong-so-pin', newPin: 'Zhana2025pin' },
        { soPin: SO_PIN, newPin: 'Zhana2025pin' },
      ]),
    );
    expect(unblocked).toEqual({ slotId: pins, unblocked: true });
    await expect(generate(pins, 'Zhana2025pin')).resolves.toMatchObject({ profile: 'RSA-2048/SHA-256' });
  });

  it('refuses to format while another token is connected: it may belong to another organization', async () => {
    const record = newRecord();
    const answer = await harness.client.request(
      AGENT_MODULE,
      'formatToken',
      { slotId: registering, confirm: true },
      enterAtPrompt([{ soPin: SO_PIN, newPin: 'Format2025x', confirmation: true }], record),
    );
    expect(answer).toMatchObject({ status: false, code: 'MULTIPLE_TOKENS' });
    expect(record.events).toEqual([]);
    const certificates = await harness.client.call<unknown[]>(AGENT_MODULE, 'listCertificates', {
      slotId: registering,
    });
    expect(certificates).toHaveLength(1);
  });

  it('refuses to format without an explicit confirmation', async () => {
    const answer = await harness.client.request(AGENT_MODULE, 'formatToken', { slotId: registering });
    expect(answer).toMatchObject({ status: false, code: 'CONFIRMATION_REQUIRED' });
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('Timed out waiting.');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
