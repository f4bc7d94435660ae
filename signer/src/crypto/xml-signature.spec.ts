import { describe, expect, it } from '@jest/globals';
import { softwareSigner } from '../../test/software-signer.js';
import { independentlyVerified } from '../../test/xml-verifier.js';
import { RSA_2048_SHA256 } from './signing-profile.js';
import { prepareXmlSignature, XmlDocumentError, type XmlSignatureInput } from './xml-signature.js';

async function signXml(input: Omit<XmlSignatureInput, 'certificateDer' | 'profile'>): Promise<string> {
  const { certificate, sign } = await softwareSigner();
  const pending = prepareXmlSignature({
    ...input,
    certificateDer: new Uint8Array(certificate.rawData),
    profile: RSA_2048_SHA256,
  });
  return pending.finish(await sign(pending.toBeSigned)).toString('utf8');
}

const PAYMENT = '<payment xmlns="urn:qoltanba:test"><number>17</number><amount>125000.50</amount></payment>';

describe(prepareXmlSignature.name, () => {
  it('signs the whole document with an enveloped RSA-SHA256 signature that another library verifies', async () => {
    const signed = await signXml({ xml: PAYMENT });

    await expect(independentlyVerified(signed)).resolves.toBe(true);
    expect(signed).toMatch(
      /^<payment xmlns="urn:qoltanba:test"><number>17<\/number><amount>125000.50<\/amount><Signature /,
    );
    expect(signed).toContain('<Reference URI="">');
    expect(signed).toContain('Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"');
    expect(signed).toContain('Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"');
    expect(signed).toContain('<X509Certificate>');
  });

  it('makes a signature that no longer holds once the amount is changed', async () => {
    const signed = await signXml({ xml: PAYMENT });

    // xmldsigjs rejects with its own XmlError (not an Error), naming the reference whose digest differs.
    await expect(independentlyVerified(signed.replace('125000.50', '925000.50'))).rejects.toMatchObject({
      message: expect.stringMatching(/Invalid digest for uri ''/),
    });
  });

  it('signs only the element at the XPath asked for and puts the signature where asked', async () => {
    const xml = '<envelope><header>not signed</header><body Id="b1"><order>5</order></body></envelope>';
    const signed = await signXml({ xml, signedElement: "//*[local-name()='body']", signatureParent: '/*' });

    await expect(independentlyVerified(signed)).resolves.toBe(true);
    expect(signed).toContain('<Reference URI="#b1">');
    expect(signed).toMatch(/<\/body><Signature /);
    await expect(independentlyVerified(signed.replace('not signed', 'changed freely'))).resolves.toBe(true);
  });

  it.each([
    ['a malformed document', { xml: '<payment><amount>1</payment>' }, /well-formed/],
    ['text that is not XML', { xml: 'amount=1' }, /well-formed/],
    ['a document with a DTD', { xml: '<!DOCTYPE p [<!ENTITY x "y">]><p>&x;</p>' }, /DTD/],
    ['an XPath that selects nothing', { xml: PAYMENT, signedElement: '//missing' }, /missing/],
  ])('refuses %s before anything is signed', async (_case, input, message) => {
    const certificateDer = new Uint8Array((await softwareSigner()).certificate.rawData);

    expect(() => prepareXmlSignature({ ...input, certificateDer, profile: RSA_2048_SHA256 })).toThrow(
      XmlDocumentError,
    );
    expect(() => prepareXmlSignature({ ...input, certificateDer, profile: RSA_2048_SHA256 })).toThrow(
      message,
    );
  });
});
