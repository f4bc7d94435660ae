import { beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { refusalOf } from '../../../test/support/eds-refusal.js';
import { SoftwareCa } from '../../../test/support/software-ca.js';
import { type SoftwareSigner, softwareCms, softwareSigner } from '../../../test/support/software-cms.js';
import { EDS_CHECKS } from '../eds-error-code.js';
import { verifyCms } from './cms-verifier.js';
import { TrustAnchors } from './trust-anchors.js';

const DAY = 86_400_000;
const content = Buffer.from('{"type":"TENGE_PAYMENT","amount":"1250.50"}');
const cms = (signer: SoftwareSigner, options: Parameters<typeof softwareCms>[2] & { over?: Buffer } = {}) =>
  softwareCms(signer, options.over ?? content, options);

describe(verifyCms.name, () => {
  let national: SoftwareCa;
  let trust: TrustAnchors;
  let signer: SoftwareSigner;

  beforeAll(async () => {
    national = await SoftwareCa.create('Unit national CA', { intermediate: true });
    trust = national.trustAnchors();
    signer = await softwareSigner(national);
  });

  const verify = (der: Buffer, overrides: Partial<Parameters<typeof verifyCms>[0]> = {}) =>
    verifyCms({
      cms: der,
      content,
      purpose: 'SIGNING',
      trust,
      now: new Date(),
      clockSkewMs: 300_000,
      ...overrides,
    });

  it('accepts a detached CMS through an intermediate, passing every check it owns in order', async () => {
    const verified = verify(await cms(signer));
    expect(verified.checks.map((check) => check.check)).toEqual(
      EDS_CHECKS.filter((check) => check !== 'XML_STRUCTURE').slice(0, 7),
    );
    expect(verified.chain.path.map((link) => link.subject)).toEqual([
      verified.signer.subject,
      national.issuer.subject,
      national.root.subject,
    ]);
    expect(verified.signer).toMatchObject({ iin: '871008401427', bin: '940140000385' });
  });

  it('gives the same verdict with the certificate and chain caches off', async () => {
    const der = await cms(signer);
    expect(verify(der, { cache: false }).signer.fingerprint).toBe(verify(der).signer.fingerprint);
  });

  it.each([
    ['bytes that are no CMS', () => Promise.resolve(Buffer.from('not a CMS'))],
    ['an attached CMS', () => cms(signer, { encapsulate: true })],
  ])('refuses %s as malformed', async (_, make) => {
    const der = await make();
    expect(refusalOf(() => verify(der))).toEqual({ code: 'EDS_CMS_MALFORMED', check: 'CMS_STRUCTURE' });
  });

  it('refuses a CMS over other content', async () => {
    const der = await cms(signer, { over: Buffer.from('other') });
    expect(refusalOf(() => verify(der))).toEqual({ code: 'EDS_DIGEST_MISMATCH', check: 'MESSAGE_DIGEST' });
  });

  it('refuses a signing time beyond the clock skew, and a chain certificate expired by then', async () => {
    const later = await cms(signer, { signingTime: new Date(Date.now() + 600_000) });
    expect(refusalOf(() => verify(later))).toEqual({
      code: 'EDS_SIGNING_TIME_INVALID',
      check: 'VALIDITY_AT_SIGNING_TIME',
    });
    const der = await cms(signer);
    expect(refusalOf(() => verify(der, { now: new Date(Date.now() + 2000 * DAY) }))).toEqual({
      code: 'EDS_CERT_EXPIRED',
      check: 'VALIDITY_NOW',
    });
  });

  it('refuses without the intermediate, and a trust anchor as its own signer', async () => {
    const der = await cms(signer);
    const rootOnly = new TrustAnchors(trust.anchors);
    expect(refusalOf(() => verify(der, { trust: rootOnly }))).toEqual({
      code: 'EDS_UNTRUSTED_ROOT',
      check: 'CERTIFICATE_CHAIN',
    });
  });

  it('refuses an authentication certificate for signing, and a signing one for log-in', async () => {
    const authentication = await softwareSigner(national, { purpose: 'AUTHENTICATION' });
    const der = await cms(authentication);
    expect(refusalOf(() => verify(der))).toEqual({ code: 'EDS_WRONG_KEY_USAGE', check: 'KEY_USAGE' });
    expect(verify(der, { purpose: 'AUTHENTICATION' }).signer.extendedKeyUsages).toEqual([
      '1.3.6.1.5.5.7.3.2',
    ]);
    expect(refusalOf(() => verify(der, { purpose: 'SIGNING' }))?.code).toBe('EDS_WRONG_KEY_USAGE');
  });

  it('refuses, as malformed, a CMS whose signer certificate carries a key-usage extension that is no BIT STRING', async () => {
    const der = Buffer.from(await cms(signer));
    // id-ce-keyUsage, [critical,] the OCTET STRING's tag and length, then the BIT STRING's tag (0x03).
    const keyUsage = der.indexOf(Buffer.from('0603551d0f', 'hex')) + 5;
    const bitString = keyUsage + (der[keyUsage] === 0x01 ? 3 : 0) + 2;
    expect(der[bitString]).toBe(0x03);
    der[bitString] = 0x04;
    for (const cache of [true, false]) {
      expect(refusalOf(() => verify(der, { cache }))).toEqual({
        code: 'EDS_CMS_MALFORMED',
        check: 'CMS_STRUCTURE',
      });
    }
  });

  it('refuses any CMS altered in its signer certificate with an EDS refusal, never another error', async () => {
    const original = await cms(signer);
    const certificate = Buffer.from(signer.certificate, 'base64');
    const from = original.indexOf(certificate);
    expect(from).toBeGreaterThan(0);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            at: fc.integer({ min: from, max: from + certificate.length - 1 }),
            value: fc.integer({ min: 0, max: 255 }),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        (changes) => {
          const altered = Buffer.from(original);
          for (const { at, value } of changes) altered[at] = value;
          if (altered.equals(original)) return;
          expect(refusalOf(() => verify(altered, { cache: false }))).toBeDefined();
        },
      ),
      { numRuns: 200 },
    );
  });
});
