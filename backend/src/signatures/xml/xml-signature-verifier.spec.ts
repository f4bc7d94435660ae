import { beforeAll, describe, expect, it } from '@jest/globals';
import { SoftwareCa } from '../../../test/support/software-ca.js';
import {
  type SoftwareSigner,
  softwareSignedXml,
  softwareSigner,
} from '../../../test/support/software-cms.js';
import { parseCertificate } from '../../common/pki/parsed-certificate.js';
import { TrustAnchors } from '../cms/trust-anchors.js';
import { type EdsErrorCode, EdsRefusal } from '../eds-error-code.js';
import { verifyXmlSignature, type XmlVerificationInput } from './xml-signature-verifier.js';

const LOGIN = '<login><nonce>bm9uY2U=</nonce></login>';
const isLogin = (root: Element) => root.localName === 'login' && root.textContent === 'bm9uY2U=';

function refusal(run: () => unknown): { code: EdsErrorCode; check: string } | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof EdsRefusal) return { code: error.code, check: error.check };
    throw error;
  }
  return undefined;
}

describe(verifyXmlSignature.name, () => {
  let national: SoftwareCa;
  let trust: TrustAnchors;
  let authentication: SoftwareSigner;

  beforeAll(async () => {
    national = await SoftwareCa.create('Unit national CA', { intermediate: true });
    trust = new TrustAnchors(
      [{ certificate: parseCertificate(Buffer.from(national.root.rawData)), source: 'CONFIGURED' }],
      [parseCertificate(Buffer.from(national.issuer.rawData))],
    );
    authentication = await softwareSigner(national, { purpose: 'AUTHENTICATION' });
  });

  const verify = (xml: string, overrides: Partial<XmlVerificationInput> = {}) =>
    verifyXmlSignature({
      xml,
      isExpected: isLogin,
      purpose: 'AUTHENTICATION',
      trust,
      now: new Date(),
      ...overrides,
    });

  it('accepts a signed log-in document through an intermediate, passing each check in order', async () => {
    const verified = verify(await softwareSignedXml(authentication, LOGIN));

    expect(verified.checks.map((check) => check.check)).toEqual([
      'XML_STRUCTURE',
      'MESSAGE_DIGEST',
      'SIGNATURE',
      'CERTIFICATE_CHAIN',
      'VALIDITY_NOW',
      'KEY_USAGE',
    ]);
    expect(verified.signer).toMatchObject({ iin: '871008401427', bin: '940140000385' });
    expect(verified.chain.path).toHaveLength(3);
  });

  it('refuses a document changed after it was signed', async () => {
    const signed = await softwareSignedXml(authentication, LOGIN);

    expect(refusal(() => verify(signed.replace('bm9uY2U=', 'b3RoZXI=')))).toEqual({
      code: 'EDS_DIGEST_MISMATCH',
      check: 'MESSAGE_DIGEST',
    });
  });

  it('refuses a signature value that does not verify', async () => {
    const signed = await softwareSignedXml(authentication, LOGIN);
    const forged = signed.replace(
      /<SignatureValue>(.)/,
      (_all, first: string) => `<SignatureValue>${first === 'A' ? 'B' : 'A'}`,
    );

    expect(refusal(() => verify(forged))).toEqual({ code: 'EDS_SIGNATURE_INVALID', check: 'SIGNATURE' });
  });

  it('refuses a validly signed document that is not the one expected (another nonce)', async () => {
    const signed = await softwareSignedXml(authentication, '<login><nonce>b3RoZXI=</nonce></login>');

    expect(refusal(() => verify(signed))).toEqual({ code: 'EDS_DIGEST_MISMATCH', check: 'MESSAGE_DIGEST' });
  });

  it('reads only what was signed: an element slipped in beside the signature is not taken for signed', async () => {
    const signed = await softwareSignedXml(authentication, LOGIN);
    const wrapped = signed.replace('</login>', '<nonce>c2xpcHBlZA==</nonce></login>');

    expect(refusal(() => verify(wrapped))?.code).toBe('EDS_DIGEST_MISMATCH');
  });

  it('refuses a signing certificate used to log in (wrong key usage)', async () => {
    const signing = await softwareSigner(national, { purpose: 'SIGNING' });

    const signed = await softwareSignedXml(signing, LOGIN);
    expect(refusal(() => verify(signed))).toEqual({ code: 'EDS_WRONG_KEY_USAGE', check: 'KEY_USAGE' });
  });

  it('refuses a certificate from a CA nobody trusts', async () => {
    const stranger = await softwareSigner(await SoftwareCa.create('Stranger CA'), {
      purpose: 'AUTHENTICATION',
    });
    const signed = await softwareSignedXml(stranger, LOGIN);

    expect(refusal(() => verify(signed))).toEqual({
      code: 'EDS_UNTRUSTED_ROOT',
      check: 'CERTIFICATE_CHAIN',
    });
  });

  it('refuses a SHA-1 signature method', async () => {
    const signed = await softwareSignedXml(authentication, LOGIN);
    const sha1 = signed
      .replace('xmldsig-more#rsa-sha256', 'xmldsig#rsa-sha1')
      .replace('2001/04/xmldsig-more', '2000/09/xmldsig');

    expect(refusal(() => verify(sha1))).toEqual({
      code: 'EDS_UNSUPPORTED_ALGORITHM',
      check: 'XML_STRUCTURE',
    });
  });

  it.each([
    ['no signature', LOGIN],
    ['text that is not XML', 'nonce=bm9uY2U='],
    ['a malformed document', '<login><nonce>bm9uY2U=</login>'],
    ['a DTD', '<!DOCTYPE login [<!ENTITY n "bm9uY2U=">]><login><nonce>&n;</nonce></login>'],
  ])('refuses %s as malformed XML', (_case, xml) => {
    expect(refusal(() => verify(xml))).toEqual({ code: 'EDS_XML_MALFORMED', check: 'XML_STRUCTURE' });
  });

  it('refuses a second signature and a signature that is not a child of the root', async () => {
    const signed = await softwareSignedXml(authentication, LOGIN);
    const signature = signed.slice(
      signed.indexOf('<Signature'),
      signed.indexOf('</Signature>') + '</Signature>'.length,
    );

    expect(refusal(() => verify(signed.replace('</login>', `${signature}</login>`)))?.code).toBe(
      'EDS_XML_MALFORMED',
    );
    expect(
      refusal(() => verify(`<login><nonce>bm9uY2U=</nonce><inner>${signature}</inner></login>`))?.code,
    ).toBe('EDS_XML_MALFORMED');
  });
});
