import { ApiProperty } from '@nestjs/swagger';
import { IsObject, IsString, Length } from 'class-validator';

/**
 * A signature (Standard, EDS) or approval (Light/Mobile, OTP) of the content the signer saw. The
 * evidence's shape depends on its kind; its verifier checks it.
 */
export class SignDocumentDto {
  @ApiProperty({ description: 'SHA-256 of the canonical content that was signed (GET …/content)' })
  @IsString()
  @Length(64, 64)
  contentHash!: string;

  @ApiProperty({
    description:
      'Standard channel: { kind: "CMS", cms: <base64 detached CMS over contentBase64 of GET …/content> }; ' +
      '{ kind: "DEV" } in development and tests',
  })
  @IsObject()
  evidence!: { kind: string } & Record<string, unknown>;
}

export class RejectDocumentDto {
  @ApiProperty({ example: 'The amount does not match the invoice' })
  @IsString()
  @Length(1, 500)
  reason!: string;
}
