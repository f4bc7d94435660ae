import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EKU } from '../src/crypto/certificate-details.js';
import type { CertificateListing } from '../src/methods/token-objects.js';
import { choicesOn, submitPin } from '../src/client/pin-prompt-client.js';
import { AGENT_MODULE, BASICS_MODULE, COMMON_UTILS_MODULE } from '../src/protocol/messages.js';
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

const DAY = 86_400_000;
const EXPIRED_IIN = uniqueIdentifier();
const HEAD = {
  iin: uniqueIdentifier(),
  bin: uniqueIdentifier(),
  commonName: 'ИВАНОВ ИВАН',
  organization: 'ТОО «Альфа»',
  country: 'KZ' as const,
};
const OTHER_ORGANIZATION = { ...HEAD, bin: uniqueIdentifier(), organization: 'ТОО «Бета»' };

const sign = (signerParams: Record<string, unknown>) => ({
  format: 'cms',
  data: Buffer.from('payment').toString('base64'),
  signingParams: { decode: true },
  signerParams,
});

/**
 * Token A holds an authentication and a signing certificate of one person for organization Alfa;
 * token B holds the same person's signing certificate for organization Beta and an expired one.
 */
describe('certificate selection among the connected tokens', () => {
  let harness: Harness;
  let signingOnA: string;
  let authenticationOnA: string;
  let signingOnB: string;

  beforeAll(async () => {
    harness = await startHarness(['selection-a', 'selection-b']);
    const ca = await TestCa.create();
    const [a, b] = await Promise.all(harness.tokens.map((token) => harness.slotOf(token)));
    authenticationOnA = (
      await provisionCertificate(harness, ca, a!, { subject: HEAD, purpose: 'authentication' })
    ).certificate;
    signingOnA = (await provisionCertificate(harness, ca, a!, { subject: HEAD, purpose: 'signing' }))
      .certificate;
    signingOnB = (
      await provisionCertificate(harness, ca, b!, { subject: OTHER_ORGANIZATION, purpose: 'signing' })
    ).certificate;
    await provisionCertificate(harness, ca, b!, {
      subject: { ...OTHER_ORGANIZATION, iin: EXPIRED_IIN },
      purpose: 'signing',
      notBefore: new Date(Date.now() - 400 * DAY),
      notAfter: new Date(Date.now() - 30 * DAY),
    });
  });
  afterAll(async () => {
    await harness?.stop();
  });

  async function signerCertificateOf(signerParams: Record<string, unknown>): Promise<string> {
    const cms = await harness.client.call<string>(BASICS_MODULE, 'sign', sign(signerParams), withPin());
    const verified = await verifyCms(cms, Buffer.from('payment'));
    expect(verified.pkijsVerified).toBe(true);
    return verified.signerSerialNumber;
  }
  const serialOf = (certificate: string) =>
    harness.client
      .call<CertificateListing[]>(AGENT_MODULE, 'listCertificates')
      .then((listed) => listed.find((found) => found.certificate === certificate)!.serialNumber);

  it('lists each certificate with its usages, IIN, BIN and the CKA_ID of its key pair', async () => {
    const listed = await harness.client.call<CertificateListing[]>(AGENT_MODULE, 'listCertificates');
    const signing = listed.find((found) => found.certificate === signingOnA)!;
    expect(signing).toMatchObject({
      iin: HEAD.iin,
      bin: HEAD.bin,
      keyUsages: ['digitalSignature', 'nonRepudiation'],
      extendedKeyUsages: [EKU.signing],
      isCertificateAuthority: false,
      tokenLabel: harness.tokens[0]!.label,
    });
    expect(signing.subject).toContain('CN=ИВАНОВ ИВАН');
    const keyPairs = await harness.client.call<{ keyId: string; certificates: string[] }[]>(
      AGENT_MODULE,
      'listKeyPairs',
      {
        slotId: signing.slotId,
      },
    );
    expect(keyPairs.find((pair) => pair.keyId === signing.keyId)?.certificates).toEqual([
      signing.serialNumber,
    ]);
  });

  it('picks the signing certificate, not the authentication one on the same token, by extended key usage', async () => {
    expect(await signerCertificateOf({ extKeyUsageOids: [EKU.signing], bin: HEAD.bin })).toBe(
      await serialOf(signingOnA),
    );
    expect(await signerCertificateOf({ extKeyUsageOids: [EKU.clientAuthentication], iin: HEAD.iin })).toBe(
      await serialOf(authenticationOnA),
    );
  });

  it('picks the certificate of the organization named by BIN, and of the person named by IIN', async () => {
    expect(
      await signerCertificateOf({
        extKeyUsageOids: [EKU.signing],
        iin: HEAD.iin,
        bin: OTHER_ORGANIZATION.bin,
      }),
    ).toBe(await serialOf(signingOnB));
  });

  it('lets the user choose on the PIN page when two different certificates match, and signs with that one', async () => {
    const seen: string[][] = [];
    const cms = await harness.client.call<string>(
      BASICS_MODULE,
      'sign',
      sign({ extKeyUsageOids: [EKU.signing], iin: HEAD.iin }),
      {
        onPinRequested: (event) =>
          void (async () => {
            const choices = await choicesOn(event.url);
            seen.push(choices);
            const beta = choices.findIndex((choice) => choice.includes(OTHER_ORGANIZATION.organization));
            await submitPin(event.url, { pin: USER_PIN, choice: beta });
          })(),
      },
    );
    // Both of the person's signing certificates, each with its organization, BIN and validity.
    expect(seen).toHaveLength(1);
    expect(seen[0]).toHaveLength(2);
    expect(seen[0]!.join('\n')).toContain(`БИН ${HEAD.bin}`);
    expect(seen[0]!.join('\n')).toContain(`БИН ${OTHER_ORGANIZATION.bin}`);
    expect(seen[0]![0]).toMatch(/Подпись .* Действует с \d\d\.\d\d\.\d{4} по \d\d\.\d\d\.\d{4}/);
    expect((await verifyCms(cms, Buffer.from('payment'))).signerSerialNumber).toBe(
      await serialOf(signingOnB),
    );
  });

  it('lets the user choose which key getKeyInfo describes, asking no PIN (certificates are public)', async () => {
    const pages: string[] = [];
    const answer = await harness.client.request(COMMON_UTILS_MODULE, 'getKeyInfo', ['AKKaztokenStore'], {
      onPinRequested: (event) =>
        void (async () => {
          pages.push(await (await fetch(event.url)).text());
          const choices = await choicesOn(event.url);
          const beta = choices.findIndex((choice) => choice.includes(OTHER_ORGANIZATION.organization));
          await submitPin(event.url, { choice: beta });
        })(),
    });
    expect(pages).toHaveLength(1);
    expect(pages[0]).not.toContain('name="pin"');
    expect(answer).toMatchObject({ code: '200' });
    const { serialNumber } = (answer as unknown as { responseObject: { serialNumber: string } })
      .responseObject;
    expect(serialNumber.replace(/^0+/, '')).toBe((await serialOf(signingOnB)).replace(/^0+/, ''));
  });

  it('refuses with CERTIFICATE_NOT_FOUND when nothing matches, without asking for a PIN', async () => {
    const record = newRecord();
    const answer = await harness.client.request(
      BASICS_MODULE,
      'sign',
      sign({ extKeyUsageOids: [EKU.clientAuthentication], bin: OTHER_ORGANIZATION.bin }),
      withPin(USER_PIN, record),
    );
    expect(answer).toMatchObject({ status: false, code: 'CERTIFICATE_NOT_FOUND' });
    expect(record.events).toEqual([]);
  });

  it('refuses with CERTIFICATE_EXPIRED when only an expired certificate matches', async () => {
    const answer = await harness.client.request(BASICS_MODULE, 'sign', sign({ iin: EXPIRED_IIN }));
    expect(answer).toMatchObject({ status: false, code: 'CERTIFICATE_EXPIRED' });
  });
});
