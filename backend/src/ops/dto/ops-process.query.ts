import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AWAITED_PARTIES,
  type AwaitedParty,
  PROCESS_TYPES,
  type ProcessType,
} from '@qoltanba/workflows/domain';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { PageQuery } from '../../common/validation/page.query.js';

export class OpsProcessesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: PROCESS_TYPES }) @IsOptional() @IsIn(PROCESS_TYPES) type?: ProcessType;

  @ApiPropertyOptional({ description: 'A status of the process (AWAITING_SIGNATURES, SIGNED, DONE…)' })
  @IsOptional()
  @Matches(/^[A-Z_]{2,40}$/)
  status?: string;

  @ApiPropertyOptional({ enum: AWAITED_PARTIES })
  @IsOptional()
  @IsIn(AWAITED_PARTIES)
  awaiting?: AwaitedParty;

  @ApiPropertyOptional() @IsOptional() @IsUUID() organizationId?: string;

  @ApiPropertyOptional({
    description: "A process's id or workflow id, a client's BIN/IIN, or a document number",
  })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  q?: string;
}

/** What an operator's own action on a process says: why (retry now, mark broken). */
export class ReasonDto {
  @ApiProperty({ example: 'The bank is back after maintenance' })
  @IsString()
  @Length(3, 500)
  reason!: string;
}
