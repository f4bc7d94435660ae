import { EKU } from '../common/pki/kazakh-subject.js';
import * as x509 from '../common/pki/x509.js';

/** What a user certificate is for: signing documents, or logging in to the Standard channel. */
export const CERTIFICATE_PURPOSES = ['SIGNING', 'AUTHENTICATION'] as const;
export type CertificatePurpose = (typeof CERTIFICATE_PURPOSES)[number];

export interface PurposeProfile {
  /** Key-usage bits the certificate carries, and a verifier requires every one of. */
  keyUsage: number;
  /** The extended key usage that names the purpose. */
  extendedKeyUsage: string;
}

/**
 * The key usages of the National Certification Authority: a signing certificate for
 * digitalSignature and nonRepudiation with EKU 1.3.6.1.5.5.7.3.4; an authentication certificate
 * for digitalSignature with EKU clientAuth (the token key only signs, so no keyEncipherment).
 */
export const PURPOSE_PROFILES: Record<CertificatePurpose, PurposeProfile> = {
  SIGNING: {
    keyUsage: x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation,
    extendedKeyUsage: EKU.signing,
  },
  AUTHENTICATION: {
    keyUsage: x509.KeyUsageFlags.digitalSignature,
    extendedKeyUsage: EKU.clientAuthentication,
  },
};
