import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { EdsErrorCode, EdsRefusal } from '../eds-error-code.js';
import { type CmsLayout, CmsTemplates } from './cms-templates.js';
import { signingTimeOf } from './signing-time.js';
import { bufferSource } from '../../common/pki/buffer-source.js';

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
  /** DER of the certificate the signer identifier names, byte for byte as carried. */
  signerCertificate: Buffer;
  /** DER of the other certificates carried (intermediate CAs, perhaps). */
  otherCertificates: Buffer[];
}

/** More than a signer, a chain and a spare is not a signature from a token. */
const MAX_CERTIFICATES = 8;
const templates = new CmsTemplates();

const malformed = (message: string) => new EdsRefusal(EdsErrorCode.CMS_MALFORMED, 'CMS_STRUCTURE', message);

/**
 * Reads a CMS (RFC 5652) ContentInfo that must be a detached SignedData of `data` with exactly one
 * signer, the signed attributes content-type, message-digest and signing-time (each once, with one
 * value), and the signer's certificate among its certificates.
 *
 * pkijs reads a CMS in milliseconds, mostly the certificate inside it; a signer's CMS differ only in
 * the signing time, digest and signature values. So a CMS that equals one read before byte for byte
 * outside those values is read from that one's layout (see CmsTemplates); `cache: false` reads all.
 */
export function parseDetachedCms(der: Uint8Array, options: { cache?: boolean } = {}): DetachedCms {
  const bytes = Buffer.from(der.buffer, der.byteOffset, der.byteLength);
  if (options.cache === false) return parseFully(bytes).cms;
  const known = templates.read(bytes);
  if (known) return known;
  const { cms, layout } = parseFully(bytes);
  if (layout) templates.remember(bytes, cms, layout);
  return cms;
}

function parseFully(der: Buffer): { cms: DetachedCms; layout: CmsLayout | undefined } {
  let signedData: pkijs.SignedData;
  let tree: asn1js.Sequence;
  try {
    const contentInfo = pkijs.ContentInfo.fromBER(bufferSource(der));
    if (contentInfo.contentType !== CMS_OID.signedData) throw malformed('The CMS is not a SignedData.');
    tree = contentInfo.content as asn1js.Sequence;
    signedData = new pkijs.SignedData({ schema: tree });
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
    // pkijs leaves `values` undefined on an attribute it could not read as a SET.
    if (found.length !== 1 || found[0]!.values?.length !== 1) {
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
  if (!(messageDigest instanceof asn1js.OctetString)) {
    throw malformed('The message-digest is not an OCTET STRING.');
  }
  const signingTime = single(CMS_OID.signingTime, 'signing-time');
  const time = signingTimeOf(signingTime);
  if (!time) throw malformed('The signing-time is not a time.');

  const carried = carriedCertificates(signedData, tree);
  if (carried.length > MAX_CERTIFICATES) throw malformed('The CMS carries too many certificates.');
  const signer = carried.find(({ certificate }) => identifies(signerInfo.sid, certificate));
  if (!signer) throw malformed("The signer's certificate is not in the CMS.");
  const cms: DetachedCms = {
    digestAlgorithm: signerInfo.digestAlgorithm.algorithmId,
    signatureAlgorithm: signerInfo.signatureAlgorithm.algorithmId,
    signedAttributes: Buffer.from(signerInfo.signedAttrs!.encodedValue),
    signature: Buffer.from(signerInfo.signature.valueBlock.valueHexView),
    messageDigest: Buffer.from(messageDigest.valueBlock.valueHexView),
    signingTime: time,
    signerCertificate: signer.der,
    otherCertificates: carried.filter((other) => other !== signer).map((other) => other.der),
  };
  return { cms, layout: layoutOf(der, tree, signingTime, messageDigest, signerInfo) };
}

/**
 * The certificates the SignedData carries, each with its bytes as they arrived: asn1js keeps every
 * element's encoding (`valueBeforeDecodeView`), so a certificate's fingerprint is of what was sent.
 */
function carriedCertificates(
  signedData: pkijs.SignedData,
  tree: asn1js.Sequence,
): { certificate: pkijs.Certificate; der: Buffer }[] {
  const set = tree.valueBlock.value.find(
    (element) => element.idBlock.tagClass === 3 && element.idBlock.tagNumber === 0,
  ) as asn1js.Constructed | undefined;
  const encodings = set?.valueBlock.value ?? [];
  return (signedData.certificates ?? []).flatMap((certificate, index) =>
    certificate instanceof pkijs.Certificate && encodings[index]
      ? [{ certificate, der: Buffer.from(encodings[index].valueBeforeDecodeView) }]
      : [],
  );
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

/**
 * Where the per-signature values sit in this CMS, from the offsets asn1js recorded while reading it
 * (offsets into its copy of the input, which starts where the CMS starts). Undefined when anything
 * is not where a plain single-signer CMS has it: such a CMS is simply always read in full.
 */
function layoutOf(
  der: Buffer,
  tree: asn1js.Sequence,
  signingTime: asn1js.AsnType,
  messageDigest: asn1js.OctetString,
  signerInfo: pkijs.SignerInfo,
): CmsLayout | undefined {
  const range = (view: Uint8Array) => ({ start: view.byteOffset, end: view.byteOffset + view.byteLength });
  const signerInfos = tree.valueBlock.value[tree.valueBlock.value.length - 1] as asn1js.Set | undefined;
  const signerInfoTree = signerInfos?.valueBlock.value[0] as asn1js.Sequence | undefined;
  const signedAttributes = signerInfoTree?.valueBlock.value.find(
    (element) => element.idBlock.tagClass === 3 && element.idBlock.tagNumber === 0,
  );
  if (!signedAttributes) return undefined;
  const layout: CmsLayout = {
    signingTime: range(signingTime.valueBeforeDecodeView),
    messageDigest: range(messageDigest.valueBlock.valueHexView),
    signature: range(signerInfo.signature.valueBlock.valueHexView),
    signedAttributes: range(signedAttributes.valueBeforeDecodeView),
  };
  // The recorded places must hold exactly what was read from them.
  const at = ({ start, end }: { start: number; end: number }) => der.subarray(start, end);
  const signedAttributesCopy = Buffer.from(at(layout.signedAttributes));
  signedAttributesCopy[0] = 0x31;
  const consistent =
    at(layout.messageDigest).equals(Buffer.from(messageDigest.valueBlock.valueHexView)) &&
    at(layout.signature).equals(Buffer.from(signerInfo.signature.valueBlock.valueHexView)) &&
    at(layout.signingTime).equals(Buffer.from(signingTime.valueBeforeDecodeView)) &&
    signedAttributesCopy.equals(Buffer.from(signerInfo.signedAttrs!.encodedValue));
  return consistent ? layout : undefined;
}
