import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Length, Min } from 'class-validator';
import { CERTIFICATE_PURPOSES, type CertificatePurpose } from '../certificate-purpose.js';
import { REVOCATION_REASONS, type RevocationReason } from '../revocation-reason.js';

/**
 * A client asks for a certificate for a key on their token. The subject comes from the bank's
 * records of the user and organization; what the request's own subject says is ignored.
 */
export class CertificateRequestDto {
  @ApiProperty({ enum: CERTIFICATE_PURPOSES })
  @IsIn(CERTIFICATE_PURPOSES)
  purpose!: CertificatePurpose;

  @ApiProperty({
    description:
      "PKCS#10 request signed by the token key (the agent's createCertificateRequest): base64 DER or PEM",
  })
  @IsString()
  @Length(1, 16_000)
  certificationRequest!: string;

  @ApiPropertyOptional({
    description: 'Days of validity, at most CA_CERTIFICATE_VALIDITY_DAYS (the default)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  validityDays?: number;
}

export class RegisterCertificateDto {
  @ApiProperty({
    description: "A certificate of another CA (the National Certification Authority's): base64 DER or PEM",
  })
  @IsString()
  @Length(1, 16_000)
  certificate!: string;
}

export class RevokeCertificateDto {
  @ApiPropertyOptional({ enum: REVOCATION_REASONS, default: 'UNSPECIFIED' })
  @IsOptional()
  @IsIn(REVOCATION_REASONS)
  reason?: RevocationReason;
}
