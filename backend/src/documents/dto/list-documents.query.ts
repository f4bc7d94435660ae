import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  DOCUMENT_STATUSES,
  DOCUMENT_TYPES,
  type DocumentStatus,
  type DocumentType,
} from '@qoltanba/workflows/domain';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDate } from '../../common/validation/is-calendar-date.js';
import { DecimalInteger } from '../../common/validation/decimal-integer.js';

export class ListDocumentsQuery {
  @ApiPropertyOptional({ enum: DOCUMENT_STATUSES })
  @IsOptional()
  @IsIn(DOCUMENT_STATUSES)
  status?: DocumentStatus;

  @ApiPropertyOptional({ enum: DOCUMENT_TYPES })
  @IsOptional()
  @IsIn(DOCUMENT_TYPES)
  type?: DocumentType;

  @ApiPropertyOptional({ description: 'Payer account IBAN' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  account?: string;

  @ApiPropertyOptional({ description: 'Created on or after (YYYY-MM-DD, Almaty)' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ description: 'Created on or before (YYYY-MM-DD, Almaty)' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;

  /** Far beyond any organization's list; it keeps the row offset within PostgreSQL's bigint. */
  @ApiPropertyOptional({ default: 1, maximum: 1_000_000 })
  @IsOptional()
  @DecimalInteger()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  page: number = 1;

  @ApiPropertyOptional({ default: 20, maximum: 100 })
  @IsOptional()
  @DecimalInteger()
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize: number = 20;
}
