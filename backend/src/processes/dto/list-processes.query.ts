import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDate } from '../../common/validation/is-calendar-date.js';
import { DecimalInteger } from '../../common/validation/decimal-integer.js';

/** The kinds of process a client sent and tracks: payments and applications (cancellations included). */
export const TRACKED_PROCESS_TYPES = ['payment', 'application'] as const;
export type TrackedProcessType = (typeof TRACKED_PROCESS_TYPES)[number];

export class ListProcessesQuery {
  @ApiPropertyOptional({ enum: TRACKED_PROCESS_TYPES })
  @IsOptional()
  @IsIn(TRACKED_PROCESS_TYPES)
  type?: TrackedProcessType;

  @ApiPropertyOptional({ description: 'TENGE_PAYMENT or an application kind (CURRENCY_PURCHASE…)' })
  @IsOptional()
  @Matches(/^[A-Z_]{2,40}$/)
  kind?: string;

  @ApiPropertyOptional({ description: 'A status of the process (DRAFT, AWAITING_SIGNATURES, DONE…)' })
  @IsOptional()
  @Matches(/^[A-Z_]{2,40}$/)
  status?: string;

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
