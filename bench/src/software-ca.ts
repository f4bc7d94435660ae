import { webcrypto } from 'node:crypto';
import { type KazakhSubject, kazakhName } from '@qoltanba/signer/crypto/kazakh-subject';
import * as x509 from '@qoltanba/signer/crypto/x509';

const RSA = {
  name: 'RSASSA-PKCS1-v1_5',
  hash: 'SHA-256',
  publicExponent: new Uint8Array([1, 0, 1]),
  modulusLength: 2048,
};

/**
 * A signing certificate for the benchmark's token key from a CA that lives only in this run, and
 * that CA's root (base64 DER both): the backend's verification trusts the root.
 */
export async function issueSigningCertificate(
  publicKey: string,
  subject: KazakhSubject,
): Promise<{ certificate: string; root: string }> {
  const keys = await webcrypto.subtle.generateKey(RSA, false, ['sign', 'verify']);
  const now = Date.now();
  const root = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '0a',
    name: [{ CN: ['Qoltanba benchmark CA'] }, { C: ['KZ'] }],
    notBefore: new Date(now - 3_600_000),
    notAfter: new Date(now + 86_400_000),
    signingAlgorithm: RSA,
    keys,
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: '0b',
    subject: kazakhName(subject),
    issuer: root.subjectName,
    notBefore: new Date(now - 3_600_000),
    notAfter: new Date(now + 86_400_000),
    signingAlgorithm: RSA,
    publicKey: Buffer.from(publicKey, 'base64'),
    signingKey: keys.privateKey,
    extensions: [
      new x509.KeyUsagesExtension(
        x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation,
        true,
      ),
      new x509.ExtendedKeyUsageExtension(['1.3.6.1.5.5.7.3.4']),
      new x509.AuthorityKeyIdentifierExtension(root.getExtension(x509.SubjectKeyIdentifierExtension)!.keyId),
    ],
  });
  return {
    certificate: Buffer.from(certificate.rawData).toString('base64'),
    root: Buffer.from(root.rawData).toString('base64'),
  };
}
