import type { KazakhSubject } from '../common/pki/kazakh-subject.js';
import type { CertificatePurpose } from './certificate-purpose.js';
import type { RevocationReason } from './revocation-reason.js';

/** What the platform asks a CA for: its records of the holder, never what the request claims. */
export interface CertificateOrder {
  /** DER PKCS#10 whose signature the platform has verified: the key it certifies. */
  certificationRequest: Buffer;
  subject: KazakhSubject;
  purpose: CertificatePurpose;
  /** Role OIDs (ROLE_OID) the certificate carries among its extended key usages. */
  roles: string[];
  notBefore: Date;
  notAfter: Date;
}

export interface Revocation {
  serialNumber: string;
  revokedAt: Date;
  reason: RevocationReason;
}

/** A certificate revocation list as published: DER and the fields clients check. */
export interface PublishedCrl {
  number: number;
  issuer: string;
  thisUpdate: Date;
  nextUpdate: Date;
  der: Buffer;
}

/**
 * The certification authority the bank works with. The internal CA (a root in PostgreSQL) stands in
 * for the external one; an adapter to a real CA implements the same calls. The registry of who holds
 * which certificate is the platform's, beside it.
 */
export abstract class CertificateAuthority {
  /** Gets ready at the API's start-up (the internal CA creates its root on the very first). */
  abstract start(): Promise<void>;
  /** Issues a certificate (DER) for the request's key, with the platform's subject and purpose. */
  abstract issue(order: CertificateOrder): Promise<Buffer>;
  /** Revokes one of its certificates; the revocation is already in the registry. */
  abstract revoke(revocation: Revocation): Promise<void>;
  /** The current CRL, refreshed when due. */
  abstract crl(): Promise<PublishedCrl>;
  /** DER of the roots its certificates chain to: trust anchors of EDS verification. */
  abstract roots(): Promise<Buffer[]>;
  /** DER of the root that issues now. */
  abstract currentRoot(): Promise<Buffer>;
}
