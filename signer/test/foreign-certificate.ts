import { webcrypto } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import * as x509 from '../src/crypto/x509.js';
import { LOCAL_KEY_ALGORITHM } from '../src/tls/local-ca.js';
import { tlsPaths } from '../src/tls/tls-files.js';

const DAY_MS = 86_400_000;

/**
 * What a thief of the local CA's key (in the agent's data folder) could make: a certificate for
 * another site, signed by the CA the user's browser trusts. Its name constraints must make it useless.
 */
export async function issueForeignCertificate(
  dataDir: string,
  name: string,
): Promise<{ key: string; cert: string }> {
  const paths = tlsPaths(dataDir);
  const ca = new x509.X509Certificate(await readFile(paths.caCertificate, 'utf8'));
  const caKey = await webcrypto.subtle.importKey(
    'pkcs8',
    x509.PemConverter.decodeFirst(await readFile(paths.caKey, 'utf8')),
    LOCAL_KEY_ALGORITHM,
    false,
    ['sign'],
  );
  const keys = await webcrypto.subtle.generateKey(LOCAL_KEY_ALGORITHM, true, ['sign', 'verify']);
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: '0badc0de',
    subject: `CN=${name}`,
    issuer: ca.subject,
    notBefore: new Date(Date.now() - DAY_MS),
    notAfter: new Date(Date.now() + DAY_MS),
    signingAlgorithm: { name: 'ECDSA', hash: 'SHA-256' },
    publicKey: keys.publicKey,
    signingKey: caKey,
    extensions: [
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension([{ type: 'dns', value: name }]),
    ],
  });
  const key = x509.PemConverter.encode(
    await webcrypto.subtle.exportKey('pkcs8', keys.privateKey),
    x509.PemConverter.PrivateKeyTag,
  );
  return { key, cert: certificate.toString('pem') };
}
