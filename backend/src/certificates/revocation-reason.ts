import * as x509 from '../common/pki/x509.js';

/** The RFC 5280 reasons a bank revokes a client's certificate for. */
export const REVOCATION_REASONS = [
  'UNSPECIFIED',
  'KEY_COMPROMISE',
  'AFFILIATION_CHANGED',
  'SUPERSEDED',
  'CESSATION_OF_OPERATION',
] as const;
export type RevocationReason = (typeof REVOCATION_REASONS)[number];

export const CRL_REASON: Record<RevocationReason, x509.X509CrlReason> = {
  UNSPECIFIED: x509.X509CrlReason.unspecified,
  KEY_COMPROMISE: x509.X509CrlReason.keyCompromise,
  AFFILIATION_CHANGED: x509.X509CrlReason.affiliationChanged,
  SUPERSEDED: x509.X509CrlReason.superseded,
  CESSATION_OF_OPERATION: x509.X509CrlReason.cessationOfOperation,
};
