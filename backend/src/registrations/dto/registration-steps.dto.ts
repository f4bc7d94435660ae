import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REISSUE_REASONS, type ReissueReason } from '@qoltanba/workflows/domain';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';

/** PKCS#11 token fields are printable ASCII, padded to fixed widths. */
const PRINTABLE = /^[\x20-\x7e]*$/;

export class OpenRegistrationDto {
  @ApiProperty({ description: 'The user ID of the acceptance act', example: 'qq111111_qwertyui' })
  @IsString()
  @Length(1, 64)
  registrationUserId!: string;

  @ApiProperty({ description: "The OTP card's PIN: 11 upper-case characters", example: 'ABCDEFGHJKL' })
  @IsString()
  @Length(1, 64)
  pin!: string;
}

export class OnTokenDto {
  @ApiProperty({ description: "The token's serial number as the agent reports it" })
  @IsString()
  @Length(1, 64)
  @Matches(PRINTABLE, { message: 'serialNumber must be printable ASCII' })
  serialNumber!: string;
}

export class ChooseTokenDto extends OnTokenDto {
  @ApiProperty({ description: 'The token label (empty for a new token)' })
  @IsString()
  @Length(0, 32)
  @Matches(PRINTABLE, { message: 'label must be printable ASCII' })
  label!: string;

  @ApiPropertyOptional({ description: 'The token model' })
  @IsOptional()
  @IsString()
  @Length(0, 64)
  @Matches(PRINTABLE, { message: 'model must be printable ASCII' })
  model?: string;

  @ApiProperty({ description: 'How many tokens the agent sees connected: exactly one is accepted' })
  @IsInt()
  @Min(0)
  @Max(64)
  connectedTokens!: number;
}

export class SubmitRequestsDto extends OnTokenDto {
  @ApiPropertyOptional({ description: 'PKCS#10 request of the signing key, base64 DER' })
  @IsOptional()
  @IsString()
  @Length(1, 16_384)
  signing?: string;

  @ApiPropertyOptional({
    description:
      'Instead of `signing`: the National Certification Authority signing certificate already on the token, base64 DER',
  })
  @IsOptional()
  @IsString()
  @Length(1, 16_384)
  nationalSigning?: string;

  @ApiProperty({ description: "PKCS#10 request of the bank's log-in (authentication) key, base64 DER" })
  @IsString()
  @Length(1, 16_384)
  authentication!: string;
}

export class CancelRegistrationDto {
  @ApiProperty({ example: 'The token was lost' })
  @IsString()
  @Length(1, 500)
  reason!: string;
}

export class IssueRegistrationCredentialsDto {
  @ApiPropertyOptional({
    description:
      "Validity of the certificates in days, from the client's contract (default CA_CERTIFICATE_VALIDITY_DAYS)",
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1095)
  validityDays?: number;
}

export class OpenReissueDto extends OpenRegistrationDto {
  @ApiProperty({ enum: REISSUE_REASONS, enumName: 'ReissueReason' })
  @IsIn(REISSUE_REASONS)
  reason!: ReissueReason;
}

export class StartReissueDto {
  @ApiProperty({ enum: REISSUE_REASONS, enumName: 'ReissueReason' })
  @IsIn(REISSUE_REASONS)
  reason!: ReissueReason;
}
