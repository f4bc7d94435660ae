import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { REVOCATION_REASONS, type RevocationReason } from '../revocation-reason.js';

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
