import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsCalendarDate } from './is-calendar-date.js';
import { PageQuery } from './page.query.js';

/** What every list of a client's processes filters by: an account, Almaty days, a page. */
export class PagedPeriodQuery extends PageQuery {
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
}
