import { createHash, verify } from 'node:crypto';
import type * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

const OID = { messageDigest: '1.2.840.113549.1.9.4', signingTime: '1.2.840.113549.1.9.5' };

export interface VerifiedCms {
  /** pkijs's verdict: the message digest matches the data and the signature verifies. */
  pkijsVerified: boolean;
  /** An independent check with Node's OpenSSL: RSA-SHA256 over the DER of the signed attributes. */
  opensslVerified: boolean;
  /** The message-digest attribute is SHA-256 of the data (or of the encapsulated content). */
  digestMatches: boolean;
  messageDigest: Buffer;
  signingTime: Date;
  signerSubject: string;
  signerSerialNumber: string;
  encapsulated: Buffer | undefined;
  certificates: number;
}

/** Verifies a base64 CMS against the signer certificate it carries, over `data` when detached. */
export async function verifyCms(cmsBase64: string, data?: Buffer): Promise<VerifiedCms> {
  const contentInfo = pkijs.ContentInfo.fromBER(Buffer.from(cmsBase64, 'base64'));
  const signedData = new pkijs.SignedData({ schema: contentInfo.content });
  // In extended mode pkijs throws SignedDataVerifyError for a failed check instead of answering false.
  const pkijsVerified = await signedData
    .verify({
      signer: 0,
      ...(data
        ? { data: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer }
        : {}),
      extendedMode: true,
      checkChain: false,
    })
    .then(
      (result) => result.signatureVerified === true,
      (error: unknown) => {
        if (error instanceof pkijs.SignedDataVerifyError) return false;
        throw error;
      },
    );
  const signerInfo = signedData.signerInfos[0]!;
  const attribute = (type: string) =>
    signerInfo.signedAttrs!.attributes.find((found) => found.type === type)!;
  const messageDigest = Buffer.from(
    (attribute(OID.messageDigest).values[0] as asn1js.OctetString).valueBlock.valueHexView,
  );
  const signingTime = (attribute(OID.signingTime).values[0] as asn1js.UTCTime).toDate();
  const certificate = signedData.certificates![0] as pkijs.Certificate;
  const certificatePem = `-----BEGIN CERTIFICATE-----\n${Buffer.from(certificate.toSchema().toBER()).toString('base64')}\n-----END CERTIFICATE-----`;
  const signedAttributes = Buffer.from(signerInfo.signedAttrs!.encodedValue);
  const content = signedData.encapContentInfo.eContent;
  const encapsulated = content ? Buffer.from(content.getValue()) : undefined;
  const signed = data ?? encapsulated ?? Buffer.alloc(0);
  return {
    pkijsVerified,
    opensslVerified: verify(
      'sha256',
      signedAttributes,
      certificatePem,
      Buffer.from(signerInfo.signature.valueBlock.valueHexView),
    ),
    digestMatches: createHash('sha256').update(signed).digest().equals(messageDigest),
    messageDigest,
    signingTime,
    signerSubject: certificate.subject.typesAndValues
      .map((item) => `${item.type}=${String(item.value.valueBlock.value)}`)
      .join(','),
    signerSerialNumber: Buffer.from(certificate.serialNumber.valueBlock.valueHexView).toString('hex'),
    encapsulated,
    certificates: signedData.certificates?.length ?? 0,
  };
}
