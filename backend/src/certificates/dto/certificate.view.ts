import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CERTIFICATE_PURPOSES, type CertificatePurpose } from '../certificate-purpose.js';
import { REVOCATION_REASONS, type RevocationReason } from '../revocation-reason.js';
import type { CertificateSource, UserCertificate } from '../user-certificate.entity.js';

export type CertificateState = 'PENDING' | 'ACTIVE' | 'NOT_YET_VALID' | 'EXPIRED' | 'REVOKED';

/** A registered certificate as clients and managers see it. */
export class CertificateView {
  @ApiProperty() id!: string;
  @ApiProperty() userId!: string;
  @ApiProperty({ enum: CERTIFICATE_PURPOSES }) purpose!: CertificatePurpose;
  @ApiProperty({
    enum: ['PENDING', 'ACTIVE', 'NOT_YET_VALID', 'EXPIRED', 'REVOKED'],
    description:
      'PENDING (issued, its registration not finished) and REVOKED from the registry; otherwise from the validity period at the time of asking',
  })
  status!: CertificateState;
  @ApiProperty({ enum: ['INTERNAL_CA', 'EXTERNAL'] }) source!: CertificateSource;
  @ApiProperty({ description: 'Hexadecimal, lower case' }) serialNumber!: string;
  @ApiProperty() subject!: string;
  @ApiProperty() issuer!: string;
  @ApiProperty() notBefore!: string;
  @ApiProperty() notAfter!: string;
  @ApiProperty() fingerprintSha256!: string;
  @ApiPropertyOptional() revokedAt?: string;
  @ApiPropertyOptional({ enum: REVOCATION_REASONS }) revocationReason?: RevocationReason;
  @ApiProperty() createdAt!: string;
}

export function stateOf(entry: UserCertificate, now = new Date()): CertificateState {
  if (entry.status === 'REVOKED' || entry.status === 'PENDING') return entry.status;
  if (now < entry.notBefore) return 'NOT_YET_VALID';
  if (now > entry.notAfter) return 'EXPIRED';
  return 'ACTIVE';
}

export function toCertificateView(entry: UserCertificate): CertificateView {
  return {
    id: entry.id,
    userId: entry.userId,
    purpose: entry.purpose,
    status: stateOf(entry),
    source: entry.source,
    serialNumber: entry.serialNumber,
    subject: entry.subject,
    issuer: entry.issuer,
    notBefore: entry.notBefore.toISOString(),
    notAfter: entry.notAfter.toISOString(),
    fingerprintSha256: entry.fingerprint,
    ...(entry.revokedAt ? { revokedAt: entry.revokedAt.toISOString() } : {}),
    ...(entry.revocationReason ? { revocationReason: entry.revocationReason } : {}),
    createdAt: entry.createdAt.toISOString(),
  };
}
