import { AgentError, AgentErrorCode } from '../protocol/agent-error-code.js';
import type { StoredCertificate } from './token-objects.js';

/** The national agent's `signerParams`: which certificate may sign. */
export interface CertificateFilter {
  /** Every one of these extended key usages must be in the certificate. */
  extKeyUsageOids?: string[];
  /** The holder's IIN, in the subject's serialNumber as `IIN…`. */
  iin?: string;
  /** The organization's BIN, in the subject's OU (or serialNumber) as `BIN…`. */
  bin?: string;
  /** The certificate's serial number, hexadecimal. */
  serialNumber?: string;
}

const normalizeSerial = (serial: string) => serial.toLowerCase().replace(/^0+/, '');

function matches(stored: StoredCertificate, filter: CertificateFilter): boolean {
  const details = stored.certificate.details;
  if (details.isCertificateAuthority) return false;
  if (filter.extKeyUsageOids?.some((oid) => !details.extendedKeyUsages.includes(oid))) return false;
  if (filter.iin && details.iin !== filter.iin) return false;
  if (filter.bin && details.bin !== filter.bin) return false;
  if (filter.serialNumber && normalizeSerial(details.serialNumber) !== normalizeSerial(filter.serialNumber)) {
    return false;
  }
  return true;
}

/**
 * The certificates on the connected tokens that may sign for this filter, one per role: renewals of
 * one certificate (same token, subject and usages) count once, the newest. Several different ones
 * left: the user chooses among them on the agent's own page, as the national agent lets them.
 */
export function certificateCandidates(
  certificates: StoredCertificate[],
  filter: CertificateFilter,
  now: Date,
): StoredCertificate[] {
  const matching = certificates.filter((stored) => matches(stored, filter));
  const valid = matching.filter(
    (stored) =>
      stored.certificate.x509.notBefore.getTime() <= now.getTime() &&
      now.getTime() <= stored.certificate.x509.notAfter.getTime(),
  );
  if (valid.length === 0) {
    if (matching.length > 0) {
      throw new AgentError(
        AgentErrorCode.CERTIFICATE_EXPIRED,
        'The matching certificates are expired or not yet valid.',
      );
    }
    throw new AgentError(
      AgentErrorCode.CERTIFICATE_NOT_FOUND,
      'No certificate on the connected tokens matches the requested usage, IIN and BIN.',
      { filter },
    );
  }
  const newest = new Map<string, StoredCertificate>();
  for (const stored of valid) {
    const role = [
      stored.slotId,
      stored.certificate.details.subject,
      [...stored.certificate.details.extendedKeyUsages].sort().join(','),
    ].join('|');
    const known = newest.get(role);
    if (!known || stored.certificate.x509.notBefore > known.certificate.x509.notBefore)
      newest.set(role, stored);
  }
  return [...newest.values()];
}
