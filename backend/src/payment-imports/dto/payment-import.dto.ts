import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBase64, IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';

/** Within the API's 1 MB body: about 1 900 payment orders of a typical 1C file. */
const MAX_FILE_BASE64 = 1_000_000;

export class PaymentImportDto {
  @ApiProperty({ description: 'The 1CClientBankExchange file, base64 (Windows-1251 or UTF-8 inside)' })
  @IsString()
  @MaxLength(MAX_FILE_BASE64)
  @IsBase64()
  file!: string;

  @ApiPropertyOptional({ description: 'Send the created payments for signature at once' })
  @IsOptional()
  @IsBoolean()
  submit?: boolean;
}

export class ImportViolationView {
  @ApiProperty({ description: 'The payment field, as the API names it' }) field!: string;
  @ApiPropertyOptional({ description: 'The file’s key it was read from' }) oneCKey?: string;
  @ApiProperty() code!: string;
  @ApiProperty() message!: string;
}

export class ImportedDocumentView {
  @ApiProperty({ description: 'Position in the file, from 1' }) index!: number;
  @ApiProperty({ description: 'Line of its СекцияДокумент' }) line!: number;
  @ApiProperty() number!: string;
  @ApiProperty() date!: string;
  @ApiProperty({ description: 'As written in the file' }) amount!: string;
  @ApiProperty() beneficiaryName!: string;
  @ApiProperty() valid!: boolean;
  @ApiProperty({ description: 'Imported from this very file before: importing again creates nothing' })
  alreadyImported!: boolean;
  @ApiProperty({ type: [ImportViolationView] }) violations!: ImportViolationView[];
}

export class ImportPreviewView {
  @ApiProperty({ description: 'SHA-256 of the file' }) fileHash!: string;
  @ApiProperty({ enum: ['windows-1251', 'utf-8'] }) encoding!: string;
  @ApiProperty({ type: [ImportedDocumentView] }) documents!: ImportedDocumentView[];
}

export class ImportResultView {
  @ApiProperty({ description: 'Payments created now' }) created!: number;
  @ApiProperty({ description: 'Valid payments this file had already created' }) alreadyImported!: number;
  @ApiProperty({ description: 'Payments left out for their errors' }) invalid!: number;
  @ApiProperty({ type: [String], description: 'Every valid payment of the file, new or earlier' })
  documentIds!: string[];
}
