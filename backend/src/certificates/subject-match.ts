import type { LegalForm } from '../organizations/organization.entity.js';

/**
 * Whether a certificate's subject names this person of this organization: the IIN (serialNumber
 * `IIN…`) is the user's, and the BIN (OU or serialNumber `BIN…`) the organization's. An individual
 * entrepreneur's own certificate may carry no BIN: the entrepreneur's IIN identifies the business.
 */
export function subjectMismatch(
  certificate: { iin: string | null; bin: string | null },
  user: { iin: string },
  organization: { binIin: string; legalForm: LegalForm },
): string | null {
  if (certificate.iin !== user.iin) return "The certificate's IIN is not the signer's.";
  if (certificate.bin === organization.binIin) return null;
  if (
    certificate.bin === null &&
    organization.legalForm === 'INDIVIDUAL_ENTREPRENEUR' &&
    certificate.iin === organization.binIin
  ) {
    return null;
  }
  return "The certificate's BIN is not the organization's.";
}
