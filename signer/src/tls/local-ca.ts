import { createHash, randomBytes, webcrypto } from 'node:crypto';
import { hostname } from 'node:os';
import * as x509 from '../crypto/x509.js';
import { loopbackAlternativeNames, loopbackNameConstraints } from './loopback-names.js';

/** ECDSA P-256 keys: small, fast to make, and accepted by NSS, Chromium, Firefox and Node. */
export const LOCAL_KEY_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGNING_ALGORITHM = { name: 'ECDSA', hash: 'SHA-256' } as const;

const DAY_MS = 86_400_000;
/** The CA lives as long as a computer does: replacing it means installing its trust again. */
export const CA_VALIDITY_DAYS = 3650;
/** The longest validity browsers accept for a public server certificate; we keep to it anyway. */
export const SERVER_VALIDITY_DAYS = 397;
/** Material closer than this to its end is made anew at start (and by the daily check). */
export const RENEW_BEFORE_DAYS = 30;

export interface KeyedCertificate {
  certificate: x509.X509Certificate;
  privateKey: webcrypto.CryptoKey;
}

/** The CA's name, and its nickname in the browser's trust store: one per computer. */
export function localCaName(host = hostname()): string {
  return `Qoltanba Signer Local CA ${host}`;
}

/**
 * A self-signed CA that may sign only end-entity certificates (pathlen 0) and only for the loopback
 * names (name constraints): what the agent's set-up adds to the user's browser.
 */
export async function createLocalCa(now = new Date()): Promise<KeyedCertificate> {
  const keys = await webcrypto.subtle.generateKey(LOCAL_KEY_ALGORITHM, true, ['sign', 'verify']);
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serialNumber(),
    name: [{ CN: [localCaName()] }, { O: ['Qoltanba'] }],
    notBefore: new Date(now.getTime() - DAY_MS),
    notAfter: new Date(now.getTime() + CA_VALIDITY_DAYS * DAY_MS),
    signingAlgorithm: SIGNING_ALGORITHM,
    keys,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      loopbackNameConstraints(),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { certificate, privateKey: keys.privateKey };
}

/** The secure socket's certificate: 127.0.0.1 and localhost, for TLS servers only, signed by `ca`. */
export async function issueServerCertificate(
  ca: KeyedCertificate,
  now = new Date(),
): Promise<KeyedCertificate> {
  const keys = await webcrypto.subtle.generateKey(LOCAL_KEY_ALGORITHM, true, ['sign', 'verify']);
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: serialNumber(),
    subject: [{ CN: ['Qoltanba Signer on 127.0.0.1'] }, { O: ['Qoltanba'] }],
    issuer: ca.certificate.subject,
    notBefore: new Date(now.getTime() - DAY_MS),
    notAfter: new Date(now.getTime() + SERVER_VALIDITY_DAYS * DAY_MS),
    signingAlgorithm: SIGNING_ALGORITHM,
    publicKey: keys.publicKey,
    signingKey: ca.privateKey,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      loopbackAlternativeNames(),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(ca.certificate),
    ],
  });
  return { certificate, privateKey: keys.privateKey };
}

/** Whether `certificate` is still valid `RENEW_BEFORE_DAYS` from `now`. */
export function validLongEnough(certificate: x509.X509Certificate, now = new Date()): boolean {
  return (
    certificate.notBefore.getTime() <= now.getTime() &&
    certificate.notAfter.getTime() > now.getTime() + RENEW_BEFORE_DAYS * DAY_MS
  );
}

/** SHA-256 over the DER, as `certutil -L -n` and `openssl x509 -fingerprint -sha256` print it. */
export function sha256Fingerprint(certificate: x509.X509Certificate): string {
  const digest = createHash('sha256').update(Buffer.from(certificate.rawData)).digest('hex').toUpperCase();
  return digest.match(/../g)!.join(':');
}

/** Random and positive (the first byte's high bit clear), as RFC 5280 asks of serial numbers. */
function serialNumber(): string {
  return `01${randomBytes(15).toString('hex')}`;
}
