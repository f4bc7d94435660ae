import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import type { PendingSignature, RawSigner } from './pending-signature.js';
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

/**
 * A CMS SignedData (RFC 5652) with the signed attributes content-type, signing-time and
 * message-digest, and the signer's certificate. The signature over the attributes is made elsewhere
 * (C_Sign on the token) over `toBeSigned`, the DER of the signed attributes as a SET OF; everything
 * else is built by pkijs.
 */
export function prepareCmsSignature(input: CmsSignatureInput): PendingSignature {
  const { profile, certificate } = input;
  const messageDigest = input.digested ? input.content : profile.digest(input.content);
  // DER orders a SET OF by the members' encodings (X.690 §11.6): with a digest of 16 bytes or more
  // that is content-type (24 bytes), signing-time (28 or 30), message-digest. Verifiers may re-encode.
  const attributes = [
    CONTENT_TYPE_DATA,
    new pkijs.Attribute({
      type: OID.signingTime,
      values: [new asn1js.UTCTime({ valueDate: input.signingTime })],
    }),
    new pkijs.Attribute({
      type: OID.messageDigest,
      values: [new asn1js.OctetString({ valueHex: messageDigest })],
    }),
  ];
  const toBeSigned = Buffer.from(
    new asn1js.Set({ value: attributes.map((attribute) => attribute.toSchema()) }).toBER(),
  );
  return {
    toBeSigned,
    finish(signature) {
      const algorithms = algorithmsOf(profile);
      const signerInfo = new pkijs.SignerInfo({
        version: 1,
        sid: certificate.signerIdentifier(),
        digestAlgorithm: algorithms.digest,
        signedAttrs: signedAttributes(attributes, toBeSigned),
        signatureAlgorithm: algorithms.signature,
        signature: new asn1js.OctetString({ valueHex: signature }),
      });
      const signedData = new pkijs.SignedData({
        version: 1,
        digestAlgorithms: [algorithms.digest],
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
 * The signed attributes as the SignerInfo carries them: `[0] IMPLICIT SET OF Attribute`. RFC 5652
 * §5.4 signs the same encoding under the SET OF tag, so the bytes already signed are reused with
 * their first (tag) octet changed, rather than encoded a second time.
 */
function signedAttributes(
  attributes: pkijs.Attribute[],
  toBeSigned: Buffer,
): pkijs.SignedAndUnsignedAttributes {
  const implicit = Buffer.from(toBeSigned);
  implicit[0] = CONTEXT_CONSTRUCTED_0;
  return withEncoding(new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes }), implicit);
}

const CONTEXT_CONSTRUCTED_0 = 0xa0;

/** The profile's algorithm identifiers, encoded once: the same bytes in every CMS it makes. */
function algorithmsOf(profile: SigningProfile) {
  let algorithms = encodedAlgorithms.get(profile);
  if (!algorithms) {
    algorithms = {
      digest: encodedOnce(profile.digestAlgorithm()),
      signature: encodedOnce(profile.signatureAlgorithm()),
    };
    encodedAlgorithms.set(profile, algorithms);
  }
  return algorithms;
}

const encodedAlgorithms = new WeakMap<
  SigningProfile,
  { digest: pkijs.AlgorithmIdentifier; signature: pkijs.AlgorithmIdentifier }
>();

/**
 * The signer's certificate, prepared once for a batch: pkijs would otherwise rebuild and re-encode
 * its whole ASN.1 tree for every CMS it is put in. Its exact DER goes into each CMS as it is (so
 * the CA's signature still holds), and so does its signer identifier.
 */
export class SignerCertificate extends pkijs.Certificate {
  private encoded?: EncodedValue;
  private sid?: EncodedValue;

  static fromDer(der: Uint8Array): SignerCertificate {
    const certificate = new SignerCertificate({ schema: asn1js.fromBER(der).result });
    certificate.encoded = new EncodedValue(der);
    return certificate;
  }

  override toSchema(encodeFlag = false): Schema {
    if (encodeFlag || !this.encoded) return super.toSchema(encodeFlag);
    return this.encoded as unknown as Schema;
  }

  /** The SignerInfo's `sid`: issuer and serial number. */
  signerIdentifier(): Schema {
    this.sid ??= new EncodedValue(
      new Uint8Array(
        new pkijs.IssuerAndSerialNumber({ issuer: this.issuer, serialNumber: this.serialNumber })
          .toSchema()
          .toBER(),
      ),
    );
    return this.sid as unknown as Schema;
  }
}

type Schema = ReturnType<pkijs.Certificate['toSchema']>;

/**
 * An ASN.1 value whose DER is known, written as it is wherever it is placed. asn1js re-encodes a
 * whole tree on every `toBER`, which for a CMS is mostly the unchanging certificate; and its own
 * RawData loses its bytes inside a constructed value (it ignores the writer it is handed).
 */
class EncodedValue extends asn1js.RawData {
  private readonly der: ArrayBuffer;

  constructor(der: Uint8Array) {
    super();
    // A copy of its own: a Buffer's `slice` shares (and `.buffer` exposes) Node's whole pool.
    this.der = new Uint8Array(der).buffer;
  }

  override toBER(_sizeOnly?: boolean, writer?: asn1js.ViewWriter): ArrayBuffer {
    if (!writer) return this.der;
    writer.write(this.der);
    return new ArrayBuffer(0);
  }
}

/** `object` with its encoding computed now and reused by every structure it is placed in. */
function encodedOnce<T extends { toSchema(): { toBER(): ArrayBuffer } }>(object: T): T {
  return withEncoding(object, new Uint8Array(object.toSchema().toBER()));
}

function withEncoding<T extends { toSchema(): unknown }>(object: T, der: Uint8Array): T {
  const encoded = new EncodedValue(der);
  object.toSchema = () => encoded;
  return object;
}

/** The content-type attribute: the same in every CMS (the signed content is always `data`). */
const CONTENT_TYPE_DATA = encodedOnce(
  new pkijs.Attribute({ type: OID.contentType, values: [new asn1js.ObjectIdentifier({ value: OID.data })] }),
);
