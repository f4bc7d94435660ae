import { beforeAll, describe, expect, it } from '@jest/globals';
import { refusalOf } from '../../../test/support/eds-refusal.js';
import { SoftwareCa } from '../../../test/support/software-ca.js';
import {
  type SoftwareSigner,
  softwareSignedXml,
  softwareSigner,
} from '../../../test/support/software-cms.js';
import type { TrustAnchors } from '../cms/trust-anchors.js';
import { verifyXmlSignature, type XmlVerificationInput } from './xml-signature-verifier.js';

const LOGIN = '<login><nonce>bm9uY2U=</nonce></login>';
const isLogin = (root: Element) => root.localName === 'login' && root.textContent === 'bm9uY2U=';

describe(verifyXmlSignature.name, () => {
  let national: SoftwareCa;
  let trust: TrustAnchors;
  let authentication: SoftwareSigner;

  beforeAll(async () => {
    national = await SoftwareCa.create('Unit national CA', { intermediate: true });
    trust = national.trustAnchors();
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

    expect(refusalOf(() => verify(signed.replace('bm9uY2U=', 'b3RoZXI=')))).toEqual({
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

    expect(refusalOf(() => verify(forged))).toEqual({ code: 'EDS_SIGNATURE_INVALID', check: 'SIGNATURE' });
  });

  it('refuses a validly signed document that is not the one expected (another nonce)', async () => {
    const signed = await softwareSignedXml(authentication, '<login><nonce>b3RoZXI=</nonce></login>');

    expect(refusalOf(() => verify(signed))).toEqual({ code: 'EDS_DIGEST_MISMATCH', check: 'MESSAGE_DIGEST' });
  });

  it('reads only what was signed: an element slipped in beside the signature is not taken for signed', async () => {
    const signed = await softwareSignedXml(authentication, LOGIN);
    const wrapped = signed.replace('</login>', '<nonce>c2xpcHBlZA==</nonce></login>');

    expect(refusalOf(() => verify(wrapped))?.code).toBe('EDS_DIGEST_MISMATCH');
  });

  it('refuses a signing certificate used to log in (wrong key usage)', async () => {
    const signing = await softwareSigner(national, { purpose: 'SIGNING' });

    const signed = await softwareSignedXml(signing, LOGIN);
    expect(refusalOf(() => verify(signed))).toEqual({ code: 'EDS_WRONG_KEY_USAGE', check: 'KEY_USAGE' });
  });

  it('refuses a certificate from a CA nobody trusts', async () => {
    const stranger = await softwareSigner(await SoftwareCa.create('Stranger CA'), {
      purpose: 'AUTHENTICATION',
    });
    const signed = await softwareSignedXml(stranger, LOGIN);

    expect(refusalOf(() => verify(signed))).toEqual({
      code: 'EDS_UNTRUSTED_ROOT',
      check: 'CERTIFICATE_CHAIN',
    });
  });

  it('refuses a SHA-1 signature method', async () => {
    const signed = await softwareSignedXml(authentication, LOGIN);
    const sha1 = signed
      .replace('xmldsig-more#rsa-sha256', 'xmldsig#rsa-sha1')
      .replace('2001/04/xmldsig-more', '2000/09/xmldsig');

    expect(refusalOf(() => verify(sha1))).toEqual({
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
    expect(refusalOf(() => verify(xml))).toEqual({ code: 'EDS_XML_MALFORMED', check: 'XML_STRUCTURE' });
  });

  it('refuses a second signature and a signature that is not a child of the root', async () => {
    const signed = await softwareSignedXml(authentication, LOGIN);
    const signature = signed.slice(
      signed.indexOf('<Signature'),
      signed.indexOf('</Signature>') + '</Signature>'.length,
    );

    expect(refusalOf(() => verify(signed.replace('</login>', `${signature}</login>`)))?.code).toBe(
      'EDS_XML_MALFORMED',
    );
    expect(
      refusalOf(() => verify(`<login><nonce>bm9uY2U=</nonce><inner>${signature}</inner></login>`))?.code,
    ).toBe('EDS_XML_MALFORMED');
  });
});
