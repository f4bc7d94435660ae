import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length, Matches, ValidateIf } from 'class-validator';
import { AbsentWith } from '../../common/validation/absent-with.js';
import { MAX_CMS_BASE64_LENGTH, MAX_SIGNED_XML_LENGTH } from '../eds-verification.service.js';

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

  @ApiPropertyOptional({
    description: 'The detached CMS over the nonce bytes, base64 (bare or in PEM armour); or give `xml`',
  })
  @ValidateIf((dto: EdsLoginDto) => dto.cms !== undefined || dto.xml === undefined)
  @IsString()
  @Length(1, MAX_CMS_BASE64_LENGTH)
  cms?: string;

  @ApiPropertyOptional({
    description:
      'Instead of `cms`: the log-in document `<login><nonce>NONCE</nonce></login>` with an enveloped ' +
      "XMLDSig signature over it by the authentication key (the national agent's signXml with keyType " +
      'AUTHENTICATION), RSA-SHA256',
  })
  @ValidateIf((dto: EdsLoginDto) => dto.xml !== undefined)
  @IsString()
  @Length(1, MAX_SIGNED_XML_LENGTH)
  @AbsentWith('cms')
  xml?: string;
}
