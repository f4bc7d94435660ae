import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CHANNELS, SIGNATURE_RIGHTS, type Channel, type SignatureRight } from '@qoltanba/workflows/domain';
import { ArrayMinSize, ArrayUnique, IsArray, IsIn, IsString, Length, ValidateIf } from 'class-validator';

export class CreateClientUserDto {
  @ApiProperty({ example: 'Айнур Сейткали' })
  @IsString()
  @Length(2, 200)
  fullName!: string;

  @ApiProperty({ example: '871008401427' })
  @IsString()
  iin!: string;

  @ApiProperty({ enum: SIGNATURE_RIGHTS })
  @IsIn(SIGNATURE_RIGHTS)
  signatureRight!: SignatureRight;

  @ApiProperty({ enum: CHANNELS, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(CHANNELS, { each: true })
  channels!: Channel[];

  @ApiPropertyOptional({
    description: 'Kazakh mobile number, the Light/Mobile log-in',
    example: '+77011234567',
  })
  // Left out, or a string: null is refused rather than read as "no phone".
  @ValidateIf((_user: unknown, phone: unknown) => phone !== undefined)
  @IsString()
  phone?: string;
}
