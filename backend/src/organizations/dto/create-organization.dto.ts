import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import type { LegalForm } from '../organization.entity.js';

export class CreateOrganizationDto {
  @ApiProperty({ example: 'ТОО "Алатау Сауда"' })
  @IsString()
  @Length(2, 200)
  name!: string;

  @ApiProperty({ enum: ['LEGAL_ENTITY', 'INDIVIDUAL_ENTREPRENEUR'] })
  @IsIn(['LEGAL_ENTITY', 'INDIVIDUAL_ENTREPRENEUR'])
  legalForm!: LegalForm;

  @ApiProperty({
    description: 'BIN of a legal entity, IIN of an individual entrepreneur',
    example: '940140000385',
  })
  @IsString()
  binIin!: string;

  @ApiPropertyOptional({ description: 'Sender code (КОд) for its payments', example: '17', default: '17' })
  @IsOptional()
  @IsString()
  kod?: string;

  @ApiPropertyOptional({
    description: 'May users without a signing right prepare documents?',
    default: false,
  })
  @IsOptional()
  @IsBoolean()
  noneMayPrepare?: boolean;

  @ApiPropertyOptional({
    description: 'Hours a document stays open for signatures (default: until the end of its value date)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(24 * 30)
  approvalWindowHours?: number;
}
