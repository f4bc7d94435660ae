import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { DecimalInteger } from './decimal-integer.js';
import { IsCalendarDate } from './is-calendar-date.js';

/** What every list of a client's processes filters by: an account, Almaty days, a page. */
export class PagedPeriodQuery {
  @ApiPropertyOptional({ description: 'The account (IBAN) it concerns' })
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
