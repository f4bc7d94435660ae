import { AgentError, AgentErrorCode } from '../protocol/agent-error-code.js';
import { SignerCertificate } from './cms-signature.js';
import { subjectIdentifiers } from './kazakh-subject.js';
import * as x509 from './x509.js';
import { bufferSource } from './buffer-source.js';

export const EKU = {
  clientAuthentication: '1.3.6.1.5.5.7.3.2',
  /** What the National Certification Authority puts in signing certificates. */
  signing: '1.3.6.1.5.5.7.3.4',
} as const;

const KEY_USAGE_NAMES = [
  'digitalSignature',
  'nonRepudiation',
  'keyEncipherment',
  'dataEncipherment',
  'keyAgreement',
  'keyCertSign',
  'cRLSign',
  'encipherOnly',
  'decipherOnly',
] as const;

/** A certificate as the page sees it in lists and as the agent matches it against a request. */
export interface CertificateDetails {
  subject: string;
  issuer: string;
  /** Hexadecimal, as certificate viewers show it. */
  serialNumber: string;
  notBefore: string;
  notAfter: string;
  keyUsages: string[];
  extendedKeyUsages: string[];
  iin: string | null;
  bin: string | null;
  isCertificateAuthority: boolean;
}

export interface ParsedCertificate {
  der: Buffer;
  x509: x509.X509Certificate;
  details: CertificateDetails;
  /** DER SubjectPublicKeyInfo. */
  publicKeyInfo: Buffer;
}

/**
 * Parsed certificates by their DER: the agent reads a token's certificates for every request, and
 * parsing (X.509 with extensions, twice over: for details and for pkijs) costs more than signing.
 */
const parsed = new Map<string, ParsedCertificate>();
const PARSED_LIMIT = 256;
const signerCertificates = new WeakMap<ParsedCertificate, SignerCertificate>();

export function parseCertificate(der: Uint8Array): ParsedCertificate {
  const key = Buffer.from(der).toString('base64');
  const known = parsed.get(key);
  if (known) return known;
  const certificate = parseUncached(der);
  if (parsed.size >= PARSED_LIMIT) parsed.delete(parsed.keys().next().value!);
  parsed.set(key, certificate);
  return certificate;
}

function parseUncached(der: Uint8Array): ParsedCertificate {
  let certificate: x509.X509Certificate;
  try {
    certificate = new x509.X509Certificate(bufferSource(der));
  } catch {
    throw new AgentError(AgentErrorCode.INVALID_CERTIFICATE, 'The data is not an X.509 certificate.');
  }
  const keyUsage = certificate.getExtension(x509.KeyUsagesExtension);
  const extendedKeyUsage = certificate.getExtension(x509.ExtendedKeyUsageExtension);
  const basicConstraints = certificate.getExtension(x509.BasicConstraintsExtension);
  return {
    der: Buffer.from(certificate.rawData),
    x509: certificate,
    publicKeyInfo: Buffer.from(certificate.publicKey.rawData),
    details: {
      subject: certificate.subject,
      issuer: certificate.issuer,
      serialNumber: certificate.serialNumber.toLowerCase(),
      notBefore: certificate.notBefore.toISOString(),
      notAfter: certificate.notAfter.toISOString(),
      keyUsages: keyUsage ? KEY_USAGE_NAMES.filter((name) => keyUsage.usages & x509.KeyUsageFlags[name]) : [],
      extendedKeyUsages: extendedKeyUsage ? extendedKeyUsage.usages.map(String) : [],
      ...subjectIdentifiers(certificate.subjectName),
      isCertificateAuthority: basicConstraints?.ca ?? false,
    },
  };
}

/** The same certificate as pkijs embeds it in a CMS, parsed and encoded once. */
export function toSignerCertificate(certificate: ParsedCertificate): SignerCertificate {
  let signer = signerCertificates.get(certificate);
  if (!signer) {
    signer = SignerCertificate.fromDer(certificate.der);
    signerCertificates.set(certificate, signer);
  }
  return signer;
}

/** Reads DER, or PEM with its armour, from what the page sends (base64 or a PEM text). */
export function certificateBytes(text: string): Buffer {
  const trimmed = text.trim();
  if (trimmed.startsWith('-----BEGIN')) {
    try {
      return Buffer.from(x509.PemConverter.decodeFirst(trimmed));
    } catch {
      throw new AgentError(AgentErrorCode.INVALID_CERTIFICATE, 'The PEM text holds no certificate.');
    }
  }
  return Buffer.from(trimmed, 'base64');
}
