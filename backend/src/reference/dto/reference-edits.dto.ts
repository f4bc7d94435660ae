import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsString, Matches, MaxLength, MinLength } from 'class-validator';

export class PutBankDto {
  @ApiProperty({ example: 'HSBKKZKX' })
  @IsString()
  @MaxLength(11)
  bic!: string;

  @ApiProperty({ example: 'Halyk Bank' })
  @IsString()
  @MinLength(1)
  @MaxLength(160)
  name!: string;
}

export class PutKbkDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(300) labelEn!: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(300) labelRu!: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(300) labelKk!: string;
  @ApiProperty({ description: 'A retired code stays for old documents but is refused on new ones' })
  @IsBoolean()
  active!: boolean;
}

export class PutTaxOfficeDto {
  @ApiProperty({ example: '6001' })
  @IsString()
  @Matches(/^\d{4}$/, { message: 'code must be the office’s 4-digit code' })
  code!: string;

  @ApiProperty() @IsString() @MinLength(1) @MaxLength(300) nameRu!: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(300) nameKk!: string;
  @ApiProperty() @IsBoolean() active!: boolean;
}
