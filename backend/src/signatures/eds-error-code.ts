import { FeatureError } from '../common/errors/feature-error.js';

/** Why an EDS (a CMS or an XML signature) was refused; every code names one failed check. */
export enum EdsErrorCode {
  CMS_MALFORMED = 'EDS_CMS_MALFORMED',
  /** An XML signature that is not one enveloped signature over a whole, well-formed document. */
  XML_MALFORMED = 'EDS_XML_MALFORMED',
  UNSUPPORTED_ALGORITHM = 'EDS_UNSUPPORTED_ALGORITHM',
  /** The CMS is over other content than the document's current version (or the nonce). */
  DIGEST_MISMATCH = 'EDS_DIGEST_MISMATCH',
  SIGNATURE_INVALID = 'EDS_SIGNATURE_INVALID',
  UNTRUSTED_ROOT = 'EDS_UNTRUSTED_ROOT',
  /** The signing-time attribute is later than the verifier's clock allows. */
  SIGNING_TIME_INVALID = 'EDS_SIGNING_TIME_INVALID',
  CERT_EXPIRED = 'EDS_CERT_EXPIRED',
  CERT_NOT_YET_VALID = 'EDS_CERT_NOT_YET_VALID',
  CERT_REVOKED = 'EDS_CERT_REVOKED',
  WRONG_KEY_USAGE = 'EDS_WRONG_KEY_USAGE',
  SUBJECT_MISMATCH = 'EDS_SUBJECT_MISMATCH',
  CERT_NOT_REGISTERED = 'EDS_CERT_NOT_REGISTERED',
  /** EDS evidence comes from the Standard channel, where the token is. */
  WRONG_CHANNEL = 'EDS_WRONG_CHANNEL',
  /** The log-in nonce is unknown, expired or already used. */
  NONCE_INVALID = 'EDS_NONCE_INVALID',
}

/** The checks of a verification, in the order they run; the report lists each with its outcome. */
export const EDS_CHECKS = [
  'CMS_STRUCTURE',
  'XML_STRUCTURE',
  'MESSAGE_DIGEST',
  'SIGNATURE',
  'CERTIFICATE_CHAIN',
  'VALIDITY_AT_SIGNING_TIME',
  'VALIDITY_NOW',
  'KEY_USAGE',
  'REVOCATION',
  'SUBJECT',
  'REGISTRATION',
] as const;
export type EdsCheck = (typeof EDS_CHECKS)[number];

/** A failed check, thrown by the verifier; the caller turns it into its feature error (`refusedEds`). */
export class EdsRefusal extends Error {
  constructor(
    readonly code: EdsErrorCode,
    readonly check: EdsCheck,
    message: string,
  ) {
    super(message);
    this.name = 'EdsRefusal';
  }
}

/** A refused EDS as callers see it: the failed check's code and message, the CMS's field, the check. */
export function refusedEds(refusal: EdsRefusal, field: string): FeatureError {
  return new FeatureError(refusal.code, refusal.message, { field, check: refusal.check });
}
