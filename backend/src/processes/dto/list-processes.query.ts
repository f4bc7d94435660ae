import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { PagedPeriodQuery } from '../../common/validation/paged-period.query.js';

/** The kinds of process a client sent and tracks: payments and applications (cancellations included). */
export const TRACKED_PROCESS_TYPES = ['payment', 'application'] as const;
export type TrackedProcessType = (typeof TRACKED_PROCESS_TYPES)[number];

export class ListProcessesQuery extends PagedPeriodQuery {
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
}
