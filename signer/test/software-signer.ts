import { webcrypto } from 'node:crypto';
import { TEST_RSA_KEY as RSA } from '@qoltanba/testing/test-keys';
import type { RawSigner } from '../src/crypto/pending-signature.js';
import * as x509 from '../src/crypto/x509.js';

/** A key in software with a self-signed certificate: for the signature builders' unit tests, without a token. */
export async function softwareSigner(): Promise<{ certificate: x509.X509Certificate; sign: RawSigner }> {
  const keys = await webcrypto.subtle.generateKey(RSA, false, ['sign', 'verify']);
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '01',
    name: [{ CN: ['ТЕСТОВ ТЕСТ'] }, { '2.5.4.5': ['IIN123456789012'] }, { C: ['KZ'] }],
    notBefore: new Date(Date.now() - 60_000),
    notAfter: new Date(Date.now() + 3_600_000),
    signingAlgorithm: RSA,
    keys,
  });
  return {
    certificate,
    sign: async (data) => Buffer.from(await webcrypto.subtle.sign(RSA, keys.privateKey, data)),
  };
}
