import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { EdsErrorCode, EdsRefusal } from '../eds-error-code.js';

export const CMS_OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
} as const;

/** What a detached CMS SignedData with one signer says, read by pkijs; nothing verified yet. */
export interface DetachedCms {
  digestAlgorithm: string;
  signatureAlgorithm: string;
  /** The signed attributes as the signer's SET OF, byte for byte as received: what the signature covers. */
  signedAttributes: Buffer;
  signature: Buffer;
  messageDigest: Buffer;
  signingTime: Date;
  /** DER of the certificate the signer identifier names. */
  signerCertificate: Buffer;
  /** DER of the other certificates carried (intermediate CAs, perhaps). */
  otherCertificates: Buffer[];
}

/** More than a signer, a chain and a spare is not a signature from a token. */
const MAX_CERTIFICATES = 8;

const malformed = (message: string) => new EdsRefusal(EdsErrorCode.CMS_MALFORMED, 'CMS_STRUCTURE', message);

/**
 * Reads a CMS (RFC 5652) ContentInfo that must be a detached SignedData of `data` with exactly one
 * signer, the signed attributes content-type, message-digest and signing-time (each once, with one
 * value), and the signer's certificate among its certificates.
 */
export function parseDetachedCms(der: Uint8Array): DetachedCms {
  let signedData: pkijs.SignedData;
  try {
    const contentInfo = pkijs.ContentInfo.fromBER(der);
    if (contentInfo.contentType !== CMS_OID.signedData) throw malformed('The CMS is not a SignedData.');
    signedData = new pkijs.SignedData({ schema: contentInfo.content });
  } catch (error) {
    if (error instanceof EdsRefusal) throw error;
    throw malformed('The CMS cannot be read as a SignedData.');
  }
  if (signedData.signerInfos.length !== 1) throw malformed('The CMS must carry exactly one signature.');
  if (signedData.encapContentInfo.eContentType !== CMS_OID.data) {
    throw malformed('The CMS must sign data (id-data).');
  }
  if (signedData.encapContentInfo.eContent) {
    throw malformed('The CMS must be detached: the content travels beside it, not inside.');
  }
  const signerInfo = signedData.signerInfos[0]!;
  const attributes = signerInfo.signedAttrs?.attributes;
  if (!attributes?.length) throw malformed('The CMS has no signed attributes.');
  const single = (type: string, name: string) => {
    const found = attributes.filter((attribute) => attribute.type === type);
    if (found.length !== 1 || found[0]!.values.length !== 1) {
      throw malformed(`The signed attributes must hold ${name} exactly once.`);
    }
    return found[0]!.values[0] as asn1js.AsnType;
  };
  const contentType = single(CMS_OID.contentType, 'content-type');
  if (
    !(contentType instanceof asn1js.ObjectIdentifier) ||
    contentType.valueBlock.toString() !== CMS_OID.data
  ) {
    throw malformed('The content-type attribute must be id-data.');
  }
  const messageDigest = single(CMS_OID.messageDigest, 'message-digest');
  if (!(messageDigest instanceof asn1js.OctetString))
    throw malformed('The message-digest is not an OCTET STRING.');
  const signingTime = single(CMS_OID.signingTime, 'signing-time');
  if (!(signingTime instanceof asn1js.UTCTime || signingTime instanceof asn1js.GeneralizedTime)) {
    throw malformed('The signing-time is not a time.');
  }
  const certificates = (signedData.certificates ?? []).filter(
    (certificate): certificate is pkijs.Certificate => certificate instanceof pkijs.Certificate,
  );
  if (certificates.length > MAX_CERTIFICATES) throw malformed('The CMS carries too many certificates.');
  const signer = certificates.find((certificate) => identifies(signerInfo.sid, certificate));
  if (!signer) throw malformed("The signer's certificate is not in the CMS.");
  return {
    digestAlgorithm: signerInfo.digestAlgorithm.algorithmId,
    signatureAlgorithm: signerInfo.signatureAlgorithm.algorithmId,
    signedAttributes: Buffer.from(signerInfo.signedAttrs!.encodedValue),
    signature: Buffer.from(signerInfo.signature.valueBlock.valueHexView),
    messageDigest: Buffer.from(messageDigest.valueBlock.valueHexView),
    signingTime: signingTime.toDate(),
    signerCertificate: derOf(signer),
    otherCertificates: certificates.filter((certificate) => certificate !== signer).map(derOf),
  };
}

/** The SignerIdentifier: issuer and serial number, or [0] the subject key identifier. */
function identifies(sid: unknown, certificate: pkijs.Certificate): boolean {
  if (sid instanceof pkijs.IssuerAndSerialNumber) {
    return certificate.issuer.isEqual(sid.issuer) && certificate.serialNumber.isEqual(sid.serialNumber);
  }
  if (sid instanceof asn1js.Primitive) {
    const keyId = Buffer.from(sid.valueBlock.valueHexView);
    const extension = certificate.extensions?.find((found) => found.extnID === '2.5.29.14');
    const parsed = extension?.parsedValue as asn1js.OctetString | undefined;
    return !!parsed && Buffer.from(parsed.valueBlock.valueHexView).equals(keyId);
  }
  return false;
}

function derOf(certificate: pkijs.Certificate): Buffer {
  return Buffer.from(certificate.toSchema().toBER(false));
}
