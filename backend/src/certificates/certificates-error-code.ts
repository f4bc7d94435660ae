/** Errors of the certificates feature: issuance from PKCS#10 requests, the registry, revocation. */
export enum CertificatesErrorCode {
  REQUEST_MALFORMED = 'CERT_REQUEST_MALFORMED',
  /** The PKCS#10 request's own signature does not verify with the key it carries. */
  REQUEST_SIGNATURE_INVALID = 'CERT_REQUEST_SIGNATURE_INVALID',
  /** Not an RSA key of at least 2048 bits. */
  REQUEST_KEY_NOT_ALLOWED = 'CERT_REQUEST_KEY_NOT_ALLOWED',
  /** The key is already certified for another user. */
  REQUEST_KEY_IN_USE = 'CERT_REQUEST_KEY_IN_USE',
  /** The same request was already answered for another purpose. */
  REQUEST_ALREADY_USED = 'CERT_REQUEST_ALREADY_USED',
  USER_NOT_ACTIVE = 'CERT_USER_NOT_ACTIVE',
  NOT_FOUND = 'CERT_NOT_FOUND',
  /** A certificate of another CA that cannot be read, or has neither the signing nor the authentication usage. */
  CERTIFICATE_NOT_ACCEPTED = 'CERT_CERTIFICATE_NOT_ACCEPTED',
  /** Its subject's IIN or BIN is not the user's or the organization's. */
  SUBJECT_MISMATCH = 'CERT_SUBJECT_MISMATCH',
  ALREADY_REGISTERED = 'CERT_ALREADY_REGISTERED',
  ALREADY_REVOKED = 'CERT_ALREADY_REVOKED',
}
