import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';
import { MAX_CMS_BASE64_LENGTH } from '../eds-verification.service.js';

export class EdsChallengeView {
  @ApiProperty({
    description:
      "Base64 of 32 random bytes. Sign it with the authentication key: the agent's sign with data = nonce " +
      '(decode: true), extKeyUsageOids ["1.3.6.1.5.5.7.3.2"]',
  })
  nonce!: string;

  @ApiProperty() expiresAt!: string;
}

export class EdsLoginDto {
  @ApiProperty({ description: 'The nonce from POST /api/auth/eds/challenge, as it was given' })
  @IsString()
  @Length(44, 44)
  @Matches(/^[A-Za-z0-9+/]{43}=$/)
  nonce!: string;

  @ApiProperty({ description: 'The detached CMS over the nonce bytes, base64' })
  @IsString()
  @Length(1, MAX_CMS_BASE64_LENGTH)
  cms!: string;
}
