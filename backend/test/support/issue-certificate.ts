import type { CertificatePurpose } from '../../src/certificates/certificate-purpose.js';
import { CertificatesService } from '../../src/certificates/certificates.service.js';
import type {
  CertificateSource,
  RegistrationStatus,
} from '../../src/certificates/user-certificate.entity.js';
import { toPem } from '../../src/common/pki/parsed-certificate.js';
import type { TestApp } from './test-app.js';

const DAY_MS = 86_400_000;
/** As the registration workflow issues: valid from a minute back, for a client clock a little behind. */
const BACKDATE_MS = 60_000;

/** An issued certificate, with its bytes as the agent's writeCertificate takes them. */
export interface IssuedCertificate {
  id: string;
  serialNumber: string;
  /** DER, base64. */
  certificate: string;
  pem: string;
  /** The registry's status: ACTIVE for a certificate issued here. */
  status: RegistrationStatus;
  purpose: CertificatePurpose;
  source: CertificateSource;
}

/**
 * Has the internal CA issue a certificate to a user for a PKCS#10 request (base64 DER), straight
 * through `CertificatesService.issue`, as an ACTIVE certificate: valid from a minute ago for
 * `validity` days, or for the period given (expired and not-yet-valid ones included).
 *
 * There is no route for this on purpose: `POST /api/certificates` is gone, and certificates reach
 * clients only through the token registration workflow, which checks the OTP card's PIN and has its
 * own spec (token-registration.spec.ts). The specs using this test the CA and EDS verification, not
 * how the request arrived. Refusals come back as the service's `FeatureError` (`code`, `details.field`).
 */
export async function issueCertificate(
  testApp: Pick<TestApp, 'app'>,
  userId: string,
  certificationRequest: string,
  purpose: CertificatePurpose,
  validity: number | { notBefore: Date; notAfter: Date } = 365,
): Promise<IssuedCertificate> {
  const now = Date.now();
  const period =
    typeof validity === 'number'
      ? { notBefore: new Date(now - BACKDATE_MS), notAfter: new Date(now + validity * DAY_MS) }
      : validity;
  const entry = await testApp.app.get(CertificatesService).issue(userId, {
    certificationRequest: Buffer.from(certificationRequest, 'base64'),
    purpose,
    ...period,
  });
  return {
    id: entry.id,
    serialNumber: entry.serialNumber,
    certificate: entry.certificateDer.toString('base64'),
    pem: toPem(entry.certificateDer),
    status: entry.status,
    purpose: entry.purpose,
    source: entry.source,
  };
}
