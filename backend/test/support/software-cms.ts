import { webcrypto } from 'node:crypto';
import { createCmsSignature, SignerCertificate } from '@qoltanba/signer/crypto/cms-signature';
import { RSA_2048_SHA256 } from '@qoltanba/signer/crypto/signing-profile';
import { prepareXmlSignature } from '@qoltanba/signer/crypto/xml-signature';
import type { CertificatePurpose } from '../../src/certificates/certificate-purpose.js';
import type { KazakhSubject } from '../../src/common/pki/kazakh-subject.js';
import type { SoftwareCa } from './software-ca.js';
import { TEST_RSA_KEY as RSA } from '@qoltanba/testing/test-keys';

export const TEST_SUBJECT: KazakhSubject = {
  iin: '871008401427',
  bin: '940140000385',
  commonName: 'ТЕСТОВ ТЕСТ',
  organization: 'ТОО "Тест"',
};

export interface SoftwareSigner {
  /** Base64 DER. */
  certificate: string;
  sign(data: Buffer): Promise<Buffer>;
}

/**
 * A key in software and a certificate for it, for unit tests of the verifier: the CMS are built by
 * the signing agent's own CMS code, so they are what a token would produce, without the token.
 */
export async function softwareSigner(
  ca: SoftwareCa,
  options: { purpose?: CertificatePurpose; notBefore?: Date; notAfter?: Date } = {},
): Promise<SoftwareSigner> {
  const keys = await webcrypto.subtle.generateKey(RSA, false, ['sign', 'verify']);
  const publicKey = Buffer.from(await webcrypto.subtle.exportKey('spki', keys.publicKey)).toString('base64');
  const certificate = await ca.issue({
    publicKey,
    subject: TEST_SUBJECT,
    purpose: options.purpose ?? 'SIGNING',
    notBefore: options.notBefore,
    notAfter: options.notAfter,
  });
  return {
    certificate,
    sign: async (data) => Buffer.from(await webcrypto.subtle.sign(RSA, keys.privateKey, data)),
  };
}

export function softwareCms(
  signer: SoftwareSigner,
  content: Buffer,
  options: { encapsulate?: boolean; signingTime?: Date } = {},
): Promise<Buffer> {
  return createCmsSignature(
    {
      content,
      digested: false,
      encapsulate: options.encapsulate ?? false,
      certificate: SignerCertificate.fromDer(Buffer.from(signer.certificate, 'base64')),
      profile: RSA_2048_SHA256,
      signingTime: options.signingTime ?? new Date(),
    },
    (data) => signer.sign(data),
  );
}

/** The XML document with an enveloped signature by the software key, made by the agent's own XML code. */
export async function softwareSignedXml(signer: SoftwareSigner, xml: string): Promise<string> {
  const pending = prepareXmlSignature({
    xml,
    certificateDer: Buffer.from(signer.certificate, 'base64'),
    profile: RSA_2048_SHA256,
  });
  return pending.finish(await signer.sign(pending.toBeSigned)).toString('utf8');
}
