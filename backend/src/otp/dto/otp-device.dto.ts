import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { OtpDeviceKind, OtpDeviceStatus } from '../otp-device.entity.js';

const KINDS: OtpDeviceKind[] = ['TOKEN', 'CARD'];

export class OtpDeviceView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: KINDS }) kind!: OtpDeviceKind;
  @ApiProperty({ description: 'Serial number (token) or device id (card)' }) serial!: string;
  @ApiProperty({ enum: ['ACTIVE', 'BLOCKED', 'REVOKED'] }) status!: OtpDeviceStatus;
  @ApiPropertyOptional({ enum: ['MANAGER', 'WRONG_CODES'] }) blockedReason?: string;
  @ApiProperty({ nullable: true }) userId!: string | null;
  @ApiProperty({ description: 'Wrong codes in a row so far (5 block it)' }) failedAttempts!: number;
  @ApiPropertyOptional() replacedBy?: string;
  @ApiProperty() issuedAt!: string;
}

/** The answer to issuing a device: the only time its secret or cells leave the server. */
export class IssuedOtpDeviceView {
  @ApiProperty() device!: OtpDeviceView;

  @ApiPropertyOptional({
    description: 'Token only: its TOTP secret (base32) and otpauth:// URI, for loading it into the token',
  })
  token?: { secret: string; otpauthUri: string };

  @ApiPropertyOptional({
    description: 'Card only: the 11-letter PIN (for registration) and the 35 cells, to print on the card',
  })
  card?: { pin: string; cells: { cell: number; code: string }[] };
}
