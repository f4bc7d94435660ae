import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { CertificatePurpose } from './certificate-purpose.js';
import type { RevocationReason } from './revocation-reason.js';

export type CertificateSource = 'INTERNAL_CA' | 'EXTERNAL';
/** PENDING: issued for a token registration that has not written it to the token yet; never accepted. */
export type RegistrationStatus = 'PENDING' | 'ACTIVE' | 'REVOKED';

/**
 * The registry: which certificate belongs to which user, for what, and whether the bank still
 * accepts it. A signature counts only with a certificate registered here to the signer. Expiry is
 * not a status: it is read from `notAfter` at the moment it matters.
 */
@Entity('user_certificate')
@Index(['userId'])
export class UserCertificate {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Column('text')
  purpose!: CertificatePurpose;

  /** Issued by the internal CA, or by another (national) CA and registered with the bank. */
  @Column('text')
  source!: CertificateSource;

  /** Lower-case hexadecimal without leading zeros. */
  @Column('text', { name: 'serial_number' })
  serialNumber!: string;

  @Column('text')
  subject!: string;

  @Column('text')
  issuer!: string;

  /** The issuer's key identifier: the internal CA's CRL lists the revoked certificates bearing its own. */
  @Column('text', { name: 'authority_key_id', nullable: true })
  authorityKeyId!: string | null;

  @Column('char', { name: 'fingerprint_sha256', length: 64, unique: true })
  fingerprint!: string;

  /** SHA-256 of the DER SubjectPublicKeyInfo: one key is certified for one user only. */
  @Column('char', { name: 'public_key_sha256', length: 64 })
  publicKeySha256!: string;

  /** SHA-256 of the PKCS#10 request it answered: the same request sent again gets the same certificate. */
  @Column('char', { name: 'request_sha256', length: 64, nullable: true })
  requestSha256!: string | null;

  /** The token registration it was issued for (one certificate per purpose each). */
  @Column('uuid', { name: 'registration_id', nullable: true })
  registrationId!: string | null;

  @Column('timestamptz', { name: 'not_before' })
  notBefore!: Date;

  @Column('timestamptz', { name: 'not_after' })
  notAfter!: Date;

  @Column('text')
  status!: RegistrationStatus;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;

  @Column('text', { name: 'revocation_reason', nullable: true })
  revocationReason!: RevocationReason | null;

  /** Who revoked it (a staff id), for the audit trail. */
  @Column('text', { name: 'revoked_by', nullable: true })
  revokedBy!: string | null;

  @Column('bytea', { name: 'certificate_der' })
  certificateDer!: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
