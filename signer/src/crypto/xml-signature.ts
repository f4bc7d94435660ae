import { DOMParser } from '@xmldom/xmldom';
import { type ErrorFirstCallback, type SignatureAlgorithm, SignedXml } from 'xml-crypto';
import type { PendingSignature } from './pending-signature.js';
import type { SigningProfile } from './signing-profile.js';

export const XML_EXCLUSIVE_C14N = 'http://www.w3.org/2001/10/xml-exc-c14n#';
export const XML_ENVELOPED_SIGNATURE = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature';

export interface XmlSignatureInput {
  /** The document: well-formed XML without a DTD (`readXmlDocument`), else it is refused. */
  xml: string;
  /** The signer's certificate, put in the signature's KeyInfo. */
  certificateDer: Uint8Array;
  profile: SigningProfile;
  /** XPath of the element to sign; the whole document when empty. */
  signedElement?: string;
  /** XPath of the element the signature is appended to; the signed element when empty. */
  signatureParent?: string;
}

/** Why a document cannot be signed as XML; the caller turns it into its own refusal. */
export class XmlDocumentError extends Error {}

/**
 * The document parsed strictly. xmldom on its own repairs what it cannot read (an unclosed element
 * is only a warning), and a DTD could declare entities: both are refused, so what is signed is
 * exactly the text the page sent.
 */
export function readXmlDocument(xml: string): Document {
  const problems: string[] = [];
  const report = (message: string) =>
    problems.push(message.split('\n')[0]!.replace(/^\[xmldom \w+\]\s*/, ''));
  const document =
    xml.trim().length === 0
      ? undefined
      : new DOMParser({
          errorHandler: { warning: report, error: report, fatalError: report },
        }).parseFromString(xml, 'text/xml');
  if (document?.doctype) throw new XmlDocumentError('An XML document with a DTD is not signed.');
  if (!document?.documentElement || problems.length > 0) {
    throw new XmlDocumentError(`Not a well-formed XML document${problems.length ? `: ${problems[0]}` : ''}.`);
  }
  return document;
}

/**
 * An enveloped XMLDSig signature (exclusive canonicalization, the profile's signature and digest,
 * the certificate in KeyInfo), as the national agent's `signXml` makes it, built by xml-crypto. The
 * private operation happens elsewhere (C_Sign on the token): xml-crypto's asynchronous signing hands
 * this module the canonical SignedInfo and waits for the value, which `finish` gives it.
 */
export function prepareXmlSignature(input: XmlSignatureInput): PendingSignature {
  const { profile } = input;
  readXmlDocument(input.xml);
  let awaiting: { signedInfo: Buffer; deliver: ErrorFirstCallback<string> } | undefined;
  let outcome: { error: Error | null; signed?: SignedXml } | undefined;

  // Stands in for the key inside xml-crypto: it only hands over what is to be signed.
  class TokenSignatureMethod implements Pick<SignatureAlgorithm, 'getAlgorithmName'> {
    getSignature(signedInfo: string | Uint8Array, _key: unknown, deliver?: ErrorFirstCallback<string>): void {
      if (!deliver) throw new Error('The token signs asynchronously only.');
      awaiting = { signedInfo: Buffer.from(signedInfo), deliver };
    }
    verifySignature(): never {
      throw new Error('The agent makes signatures; the server verifies them.');
    }
    getAlgorithmName() {
      return profile.xml.signatureMethod;
    }
  }

  const signer = new SignedXml({
    // xml-crypto insists on a key before it signs; the token holds the real one.
    privateKey: 'held by the token',
    publicCert: certificatePem(input.certificateDer),
    canonicalizationAlgorithm: XML_EXCLUSIVE_C14N,
    signatureAlgorithm: profile.xml.signatureMethod,
  });
  signer.SignatureAlgorithms[profile.xml.signatureMethod] =
    TokenSignatureMethod as unknown as new () => SignatureAlgorithm;
  const element = input.signedElement || undefined;
  signer.addReference({
    xpath: element ?? '/*',
    transforms: [XML_ENVELOPED_SIGNATURE, XML_EXCLUSIVE_C14N],
    digestAlgorithm: profile.xml.digestMethod,
    // The whole document is referenced as "", so no Id is added to it.
    isEmptyUri: element === undefined,
  });
  signer.computeSignature(
    input.xml,
    { location: { reference: input.signatureParent || element || '/*', action: 'append' } },
    (error, signed) => {
      outcome = { error, ...(signed ? { signed } : {}) };
    },
  );
  if (outcome?.error) throw new XmlDocumentError(outcome.error.message);
  if (!awaiting) throw new Error('xml-crypto did not ask for the signature value.');
  const { signedInfo, deliver } = awaiting;
  return {
    toBeSigned: signedInfo,
    finish(signature) {
      deliver(null, signature.toString('base64'));
      if (!outcome?.signed) throw outcome?.error ?? new Error('xml-crypto did not finish the signature.');
      return Buffer.from(outcome.signed.getSignedXml(), 'utf8');
    },
  };
}

function certificatePem(der: Uint8Array): string {
  const lines =
    Buffer.from(der)
      .toString('base64')
      .match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}
