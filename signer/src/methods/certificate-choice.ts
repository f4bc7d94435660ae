import { EKU } from '../crypto/certificate-details.js';
import type { CertificateChoice } from '../pin/certificate-choice.js';
import type { StoredCertificate } from './token-objects.js';

/** What the PIN page shows of a certificate the user may choose: whose, for what, until when. */
export function toCertificateChoice(stored: StoredCertificate): CertificateChoice {
  const { details, x509 } = stored.certificate;
  const usages = details.extendedKeyUsages;
  return {
    holder: x509.subjectName.getField('CN')[0] ?? '',
    iin: details.iin,
    bin: details.bin,
    organization: x509.subjectName.getField('O')[0] ?? '',
    purpose: usages.includes(EKU.signing)
      ? 'signing'
      : usages.includes(EKU.clientAuthentication)
        ? 'authentication'
        : 'other',
    notBefore: x509.notBefore,
    notAfter: x509.notAfter,
    issuer: x509.issuerName.getField('CN')[0] ?? '',
    token: stored.tokenLabel,
  };
}
