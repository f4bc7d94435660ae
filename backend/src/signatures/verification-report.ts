import type { ParsedCertificate } from '../common/pki/parsed-certificate.js';
import type { CertificatePurpose } from '../certificates/certificate-purpose.js';
import type { AnchorSource } from './cms/trust-anchors.js';
import type { EdsCheck } from './eds-error-code.js';

export const REPORT_FORMAT = 'qoltanba.eds-verification/1';

export interface CertificateSummary {
  serialNumber: string;
  subject: string;
  issuer: string;
  notBefore: string;
  notAfter: string;
  fingerprintSha256: string;
}

/**
 * What the bank established about a signature when it accepted it, kept beside the CMS: each
 * check with its outcome, the certificate and chain, the signing time and the verifier's time.
 */
export interface VerificationReport {
  format: typeof REPORT_FORMAT;
  outcome: 'VALID';
  purpose: CertificatePurpose;
  /** The verifier's clock when it decided. */
  verifiedAt: string;
  /** The CMS signing-time attribute; absent for an XML signature, which carries none. */
  signingTime?: string;
  /** SHA-256 (hex) of what was signed; for a document, its content hash. */
  contentSha256: string;
  algorithm: string;
  signer: { userId: string; organizationId: string; iin: string; bin: string | null };
  certificate: CertificateSummary & { registrationId: string; purpose: CertificatePurpose };
  /** From the signer's issuer up to and including the trust anchor. */
  chain: CertificateSummary[];
  trustAnchor: { subject: string; fingerprintSha256: string; source: AnchorSource };
  checks: { check: EdsCheck; outcome: 'PASSED'; detail: string }[];
}

export function summarize(certificate: ParsedCertificate): CertificateSummary {
  return {
    serialNumber: certificate.serialNumber,
    subject: certificate.subject,
    issuer: certificate.issuer,
    notBefore: certificate.notBefore.toISOString(),
    notAfter: certificate.notAfter.toISOString(),
    fingerprintSha256: certificate.fingerprint,
  };
}
