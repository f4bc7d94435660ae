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
  certificate: SignerCertificate;
  profile: SigningProfile;
  signingTime: Date;
}

/** Signs bytes with the private key, which stays wherever it is (the token). */
export type RawSigner = (toBeSigned: Buffer) => Promise<Buffer>;

/** A CMS waiting for its signature: what to sign, and how to wrap the signature once made. */
export interface PendingCms {
  /** The DER of the signed attributes as a SET OF: what verifiers hash and check. */
  toBeSigned: Buffer;
  finish(signature: Buffer): Buffer;
}

/**
 * A CMS SignedData (RFC 5652) with the signed attributes content-type, signing-time and
 * message-digest, and the signer's certificate. The signature over the attributes is made elsewhere
 * (C_Sign on the token); everything else is built by pkijs. Split in two so a batch can wrap one
 * signature while the token computes the next.
 */
export function prepareCmsSignature(input: CmsSignatureInput): PendingCms {
  const { profile, certificate } = input;
  const messageDigest = input.digested ? input.content : profile.digest(input.content);
  // DER orders a SET OF by the members' encodings (X.690 §11.6): with a digest of 16 bytes or more
  // that is content-type (24 bytes), signing-time (28 or 30), message-digest. Verifiers may re-encode.
  const attributes = [
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
  ];
  const toBeSigned = new asn1js.Set({ value: attributes.map((attribute) => attribute.toSchema()) }).toBER();
  return {
    toBeSigned: Buffer.from(toBeSigned),
    finish(signature) {
      const signerInfo = new pkijs.SignerInfo({
        version: 1,
        sid: certificate.signerIdentifier(),
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
    },
  };
}

export async function createCmsSignature(input: CmsSignatureInput, sign: RawSigner): Promise<Buffer> {
  const pending = prepareCmsSignature(input);
  return pending.finish(await sign(pending.toBeSigned));
}

/**
 * The signer's certificate, prepared once for a batch. A plain pkijs.Certificate re-parses its
 * to-be-signed part for every CMS it is put in; this one keeps the ASN.1 tree of its exact DER
 * (primitive values as they were, so the CA's signature still holds) and its signer identifier.
 */
export class SignerCertificate extends pkijs.Certificate {
  private tree?: Schema;
  private sid?: Schema;

  static fromDer(der: Uint8Array): SignerCertificate {
    const parsed = asn1js.fromBER(der);
    const certificate = new SignerCertificate({ schema: parsed.result });
    certificate.tree = parsed.result as Schema;
    return certificate;
  }

  override toSchema(encodeFlag = false): Schema {
    if (encodeFlag || !this.tree) return super.toSchema(encodeFlag);
    return this.tree;
  }

  /** The SignerInfo's `sid`: issuer and serial number. */
  signerIdentifier(): Schema {
    this.sid ??= new pkijs.IssuerAndSerialNumber({
      issuer: this.issuer,
      serialNumber: this.serialNumber,
    }).toSchema();
    return this.sid;
  }
}

type Schema = ReturnType<pkijs.Certificate['toSchema']>;
