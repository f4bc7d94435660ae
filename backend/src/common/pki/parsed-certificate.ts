import { createHash, type KeyObject, X509Certificate as NodeX509Certificate } from 'node:crypto';
import { subjectIdentifiers } from './kazakh-subject.js';
import * as x509 from './x509.js';
import { bufferSource } from './buffer-source.js';

/**
 * A certificate parsed once: @peculiar/x509 reads its names and extensions, Node's OpenSSL binding
 * holds its public key and checks signatures over it synchronously (fast, and on the calling thread).
 */
export interface ParsedCertificate {
  der: Buffer;
  /** SHA-256 of the DER, lower-case hex: how the registry and the trust store know a certificate. */
  fingerprint: string;
  /** Lower-case hexadecimal without leading zeros. */
  serialNumber: string;
  subject: string;
  issuer: string;
  notBefore: Date;
  notAfter: Date;
  /** `x509.KeyUsageFlags` bits, or null when the certificate has no key-usage extension. */
  keyUsage: number | null;
  extendedKeyUsages: string[];
  isCertificateAuthority: boolean;
  subjectKeyId: string | null;
  authorityKeyId: string | null;
  iin: string | null;
  bin: string | null;
  node: NodeX509Certificate;
  publicKey: KeyObject;
}

/** Thrown when bytes are not an X.509 certificate. */
export class CertificateParseError extends Error {
  constructor(message = 'The data is not an X.509 certificate.') {
    super(message);
    this.name = 'CertificateParseError';
  }
}

export const normalizeSerial = (serial: string) => serial.toLowerCase().replace(/^0+(?=.)/, '');

export const sha256Hex = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/** SHA-256 of a public key's canonical DER SubjectPublicKeyInfo: the same key, however it was encoded. */
export const publicKeySha256 = (key: KeyObject) => sha256Hex(key.export({ type: 'spki', format: 'der' }));

/**
 * Parsed certificates by fingerprint: a signer's certificate arrives in every CMS it makes, and
 * parsing it twice over (extensions, OpenSSL) costs more than checking a signature with it.
 */
const parsed = new Map<string, ParsedCertificate>();
const CACHE_LIMIT = 1024;

export function parseCertificate(der: Uint8Array, options: { cache?: boolean } = {}): ParsedCertificate {
  const fingerprint = sha256Hex(der);
  const known = options.cache === false ? undefined : parsed.get(fingerprint);
  if (known) return known;
  const certificate = parseUncached(Buffer.from(der), fingerprint);
  if (options.cache !== false) {
    if (parsed.size >= CACHE_LIMIT) parsed.delete(parsed.keys().next().value!);
    parsed.set(fingerprint, certificate);
  }
  return certificate;
}

/**
 * Reads everything the checks will ask for now, inside the refusal: @peculiar/x509 decodes extensions
 * and names only when asked, and OpenSSL the key, so a certificate whose outer structure is sound but
 * whose extension, name or key is not would otherwise throw later, as whatever those libraries throw.
 */
function parseUncached(der: Buffer, fingerprint: string): ParsedCertificate {
  try {
    const certificate = new x509.X509Certificate(bufferSource(der));
    const node = new NodeX509Certificate(der);
    const keyUsage = certificate.getExtension(x509.KeyUsagesExtension);
    const extendedKeyUsage = certificate.getExtension(x509.ExtendedKeyUsageExtension);
    const basicConstraints = certificate.getExtension(x509.BasicConstraintsExtension);
    const subjectKeyId = certificate.getExtension(x509.SubjectKeyIdentifierExtension);
    const authorityKeyId = certificate.getExtension(x509.AuthorityKeyIdentifierExtension);
    return {
      der,
      fingerprint,
      serialNumber: normalizeSerial(certificate.serialNumber),
      subject: certificate.subject,
      issuer: certificate.issuer,
      notBefore: certificate.notBefore,
      notAfter: certificate.notAfter,
      keyUsage: keyUsage ? keyUsage.usages : null,
      extendedKeyUsages: extendedKeyUsage ? extendedKeyUsage.usages.map(String) : [],
      isCertificateAuthority: basicConstraints?.ca ?? false,
      subjectKeyId: subjectKeyId?.keyId.toLowerCase() ?? null,
      authorityKeyId: authorityKeyId?.keyId?.toLowerCase() ?? null,
      ...subjectIdentifiers(certificate.subjectName),
      node,
      publicKey: node.publicKey,
    };
  } catch {
    throw new CertificateParseError();
  }
}

/** DER of every certificate in a PEM text. */
export function pemCertificates(pem: string): Buffer[] {
  return x509.PemConverter.decode(pem).map((der) => Buffer.from(der));
}

export function toPem(der: Uint8Array): string {
  return x509.PemConverter.encode(Buffer.from(der), 'CERTIFICATE');
}
