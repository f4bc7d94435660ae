import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AgentRefusal } from '../src/client/agent-client.js';
import { EKU } from '../src/crypto/certificate-details.js';
import { BASICS_MODULE } from '../src/protocol/messages.js';
import {
  type Harness,
  newRecord,
  provisionCertificate,
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
  organization: 'ТОО «Тест»',
  country: 'KZ' as const,
};

/** A payment order's canonical content, as the backend will hand it to the page. */
const document = (n: number) =>
  Buffer.from(JSON.stringify({ type: 'tenge-payment-order', number: n, amount: '1500.00' }));

const signArgs = (data: string | string[], signingParams: Record<string, unknown> = {}) => ({
  allowedStorages: ['AKKaztokenStore', 'PKCS12'],
  format: 'cms',
  data,
  signingParams: { decode: true, encapsulate: false, digested: false, ...signingParams },
  signerParams: { extKeyUsageOids: [EKU.signing], iin: SUBJECT.iin, bin: SUBJECT.bin },
  locale: 'ru',
});

describe('kz.gov.pki.knca.basics sign (format cms) on a SoftHSM2 token', () => {
  let harness: Harness;
  let certificate: string;

  beforeAll(async () => {
    harness = await startHarness(['cms-signing']);
    const ca = await TestCa.create();
    const slotId = await harness.slotOf(harness.tokens[0]!);
    ({ certificate } = await provisionCertificate(harness, ca, slotId, {
      subject: SUBJECT,
      purpose: 'signing',
    }));
  });
  afterAll(async () => {
    await harness?.stop();
  });

  it('answers a detached CMS whose digest matches the document and whose signature verifies', async () => {
    const data = document(1);
    const before = Date.now();
    const cms = await harness.client.call<string>(
      BASICS_MODULE,
      'sign',
      signArgs(data.toString('base64')),
      withPin(),
    );
    const verified = await verifyCms(cms, data);
    expect(verified).toMatchObject({
      pkijsVerified: true,
      opensslVerified: true,
      digestMatches: true,
      encapsulated: undefined,
      certificates: 1,
    });
    expect(verified.signerSubject).toContain(`2.5.4.5=IIN${SUBJECT.iin}`);
    // UTCTime has whole seconds.
    expect(verified.signingTime.getTime()).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(Buffer.from(cms, 'base64').includes(Buffer.from(certificate, 'base64'))).toBe(true);
  });

  it('does not verify over a tampered document', async () => {
    const cms = await harness.client.call<string>(
      BASICS_MODULE,
      'sign',
      signArgs(document(2).toString('base64')),
      withPin(),
    );
    const tampered = await verifyCms(cms, document(3));
    expect(tampered.digestMatches).toBe(false);
    expect(tampered.pkijsVerified).toBe(false);
  });

  it('carries the document inside the CMS when asked to encapsulate', async () => {
    const data = document(4);
    const cms = await harness.client.call<string>(
      BASICS_MODULE,
      'sign',
      signArgs(data.toString('base64'), { encapsulate: 'true' }),
      withPin(),
    );
    const verified = await verifyCms(cms);
    expect(verified.encapsulated).toEqual(data);
    expect(verified).toMatchObject({ pkijsVerified: true, opensslVerified: true, digestMatches: true });
  });

  it('signs a pre-computed SHA-256 digest when the data is digested', async () => {
    const digest = createHash('sha256').update(document(5)).digest();
    const cms = await harness.client.call<string>(
      BASICS_MODULE,
      'sign',
      signArgs(digest.toString('base64'), { digested: true }),
      withPin(),
    );
    const verified = await verifyCms(cms, document(5));
    expect(verified.messageDigest).toEqual(digest);
    expect(verified).toMatchObject({ pkijsVerified: true, opensslVerified: true, digestMatches: true });
  });

  it('signs a batch of 20 documents after one PIN entry, each CMS verifying over its own document', async () => {
    const documents = Array.from({ length: 20 }, (_, n) => document(100 + n));
    const record = newRecord();
    const signatures = await harness.client.call<string[]>(
      BASICS_MODULE,
      'sign',
      signArgs(documents.map((data) => data.toString('base64'))),
      withPin(USER_PIN, record),
    );
    expect(record.events).toHaveLength(1);
    expect(record.events[0]!.operation).toEqual({ kind: 'sign', documents: 20 });
    expect(record.replies.map((reply) => reply.outcome)).toEqual(['accepted']);
    expect(signatures).toHaveLength(20);
    for (const [n, cms] of signatures.entries()) {
      expect(await verifyCms(cms, documents[n])).toMatchObject({ pkijsVerified: true, digestMatches: true });
      expect((await verifyCms(cms, documents[(n + 1) % 20])).digestMatches).toBe(false);
    }
  });

  it('signs text as UTF-8 when decode is false', async () => {
    const text = 'Платёжное поручение №6';
    const cms = await harness.client.call<string>(
      BASICS_MODULE,
      'sign',
      signArgs(text, { decode: false }),
      withPin(),
    );
    expect(await verifyCms(cms, Buffer.from(text, 'utf8'))).toMatchObject({
      pkijsVerified: true,
      digestMatches: true,
    });
  });

  it.each([
    ['a format other than cms and xml', { format: 'pdf' }, 'UNSUPPORTED_FORMAT'],
    [
      'an XML document that is not well-formed',
      { format: 'xml', data: '<payment>' },
      'INVALID_SIGNING_PARAMS',
    ],
    ['only stores it does not serve', { allowedStorages: ['JKS'] }, 'STORAGE_NOT_AVAILABLE'],
    ['data that is not base64', { data: 'not base64!' }, 'INVALID_SIGNING_PARAMS'],
    [
      'a digest of the wrong length',
      { data: 'AAAA', signingParams: { digested: true } },
      'INVALID_SIGNING_PARAMS',
    ],
    [
      'an encapsulated digest',
      { signingParams: { digested: true, encapsulate: true } },
      'INVALID_SIGNING_PARAMS',
    ],
    ['an IIN that is not twelve digits', { signerParams: { iin: '123' } }, 'MALFORMED_REQUEST'],
  ])('refuses %s before asking for a PIN', async (_, override, code) => {
    const record = newRecord();
    const answer = await harness.client.request(
      BASICS_MODULE,
      'sign',
      { ...signArgs(document(7).toString('base64')), ...override },
      withPin(USER_PIN, record),
    );
    expect(answer).toMatchObject({ status: false, code });
    expect(record.events).toHaveLength(0);
  });

  it('never shows the PIN in an answer, an event or the log', async () => {
    const record = newRecord();
    const answer = await harness.client.request(
      BASICS_MODULE,
      'sign',
      signArgs(document(8).toString('base64')),
      {
        ...withPin(USER_PIN, record),
      },
    );
    expect(answer.status).toBe(true);
    const seen = JSON.stringify([answer, record.events, harness.logged]);
    expect(seen).not.toContain(USER_PIN);
  });

  it('refuses a request with a code when no certificate matches, without asking for a PIN', async () => {
    const refusal = await harness.client
      .call(BASICS_MODULE, 'sign', {
        ...signArgs(document(9).toString('base64')),
        signerParams: { iin: uniqueIdentifier() },
      })
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AgentRefusal);
    expect(refusal).toMatchObject({ code: 'CERTIFICATE_NOT_FOUND' });
  });
});
