import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import type { SigningProfile } from './signing-profile.js';

const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
};

export interface CmsSignatureInput {
  /** The document, or its digest when `digested`. */
  content: Uint8Array;
  /** `content` is already the profile's digest of the document (the document is never seen). */
  digested: boolean;
  /** Carry the document inside the CMS (attached) instead of beside it (detached). */
  encapsulate: boolean;
  /** The signer's certificate, included in the CMS. */
  certificate: pkijs.Certificate;
  profile: SigningProfile;
  signingTime: Date;
}

/** Signs bytes with the private key, which stays wherever it is (the token). */
export type RawSigner = (toBeSigned: Buffer) => Promise<Buffer>;

/**
 * A CMS SignedData (RFC 5652) with the signed attributes content-type, signing-time and
 * message-digest. The signature is computed over the DER of those attributes as a SET OF, which is
 * what verifiers hash, by the given signer (C_Sign on the token); everything else is built by pkijs.
 */
export async function createCmsSignature(input: CmsSignatureInput, sign: RawSigner): Promise<Buffer> {
  const { profile, certificate } = input;
  const messageDigest = input.digested ? input.content : profile.digest(input.content);
  const attributes = derSetOrder([
    new pkijs.Attribute({
      type: OID.contentType,
      values: [new asn1js.ObjectIdentifier({ value: OID.data })],
    }),
    new pkijs.Attribute({
      type: OID.signingTime,
      values: [new asn1js.UTCTime({ valueDate: input.signingTime })],
    }),
    new pkijs.Attribute({
      type: OID.messageDigest,
      values: [new asn1js.OctetString({ valueHex: messageDigest })],
    }),
  ]);
  const toBeSigned = new asn1js.Set({ value: attributes.map((attribute) => attribute.toSchema()) }).toBER();
  const signature = await sign(Buffer.from(toBeSigned));

  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({
      issuer: certificate.issuer,
      serialNumber: certificate.serialNumber,
    }),
    digestAlgorithm: profile.digestAlgorithm(),
    signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes }),
    signatureAlgorithm: profile.signatureAlgorithm(),
    signature: new asn1js.OctetString({ valueHex: signature }),
  });
  const signedData = new pkijs.SignedData({
    version: 1,
    digestAlgorithms: [profile.digestAlgorithm()],
    encapContentInfo: new pkijs.EncapsulatedContentInfo({
      eContentType: OID.data,
      ...(input.encapsulate ? { eContent: new asn1js.OctetString({ valueHex: input.content }) } : {}),
    }),
    certificates: [certificate],
    signerInfos: [signerInfo],
  });
  const contentInfo = new pkijs.ContentInfo({
    contentType: OID.signedData,
    content: signedData.toSchema(true),
  });
  return Buffer.from(contentInfo.toSchema().toBER());
}

/** DER sorts the members of a SET OF by their encodings (X.690 §11.6); verifiers may re-encode. */
function derSetOrder(attributes: pkijs.Attribute[]): pkijs.Attribute[] {
  const encoded = attributes.map((attribute) => ({
    attribute,
    der: Buffer.from(attribute.toSchema().toBER()),
  }));
  return encoded.sort((a, b) => Buffer.compare(a.der, b.der)).map(({ attribute }) => attribute);
}
