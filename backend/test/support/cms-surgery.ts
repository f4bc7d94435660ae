import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

/**
 * Puts another certificate in a CMS as its signer's, leaving the signed attributes and signature
 * as the token made them. A signing certificate is not covered by the signature: this is what a
 * client that attaches a different certificate of the same key sends.
 */
export function replaceSignerCertificate(cmsBase64: string, certificateBase64: string): string {
  const contentInfo = pkijs.ContentInfo.fromBER(Buffer.from(cmsBase64, 'base64'));
  const signedData = new pkijs.SignedData({ schema: contentInfo.content });
  const certificate = pkijs.Certificate.fromBER(Buffer.from(certificateBase64, 'base64'));
  signedData.certificates = [certificate];
  signedData.signerInfos[0]!.sid = new pkijs.IssuerAndSerialNumber({
    issuer: certificate.issuer,
    serialNumber: certificate.serialNumber,
  });
  const replaced = new pkijs.ContentInfo({
    contentType: contentInfo.contentType,
    content: signedData.toSchema(true),
  });
  return Buffer.from(replaced.toSchema().toBER()).toString('base64');
}

/** The CMS with the signature value's last byte changed. */
export function corruptSignature(cmsBase64: string): string {
  const contentInfo = pkijs.ContentInfo.fromBER(Buffer.from(cmsBase64, 'base64'));
  const signedData = new pkijs.SignedData({ schema: contentInfo.content });
  const signerInfo = signedData.signerInfos[0]!;
  const signature = Buffer.from(signerInfo.signature.valueBlock.valueHexView);
  signature[signature.length - 1] = signature[signature.length - 1]! ^ 0x01;
  signerInfo.signature = new asn1js.OctetString({ valueHex: signature });
  const corrupted = new pkijs.ContentInfo({
    contentType: contentInfo.contentType,
    content: signedData.toSchema(true),
  });
  return Buffer.from(corrupted.toSchema().toBER()).toString('base64');
}
