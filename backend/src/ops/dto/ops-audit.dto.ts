import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { IsCalendarDate } from '../../common/validation/is-calendar-date.js';
import { PageQuery } from '../../common/validation/page.query.js';

const ACTOR_KINDS = ['CLIENT', 'STAFF', 'ANONYMOUS', 'SYSTEM'] as const;

/** What the audit log filters by; every filter narrows, none is required. */
export class OpsAuditQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ACTOR_KINDS }) @IsOptional() @IsIn(ACTOR_KINDS) actorKind?: string;

  @ApiPropertyOptional({ description: 'A client user’s or staff member’s id' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  actorId?: string;

  @ApiPropertyOptional({ description: 'An action (LOGIN, OPS_PROCESS_RETRY, CHANGE_BLOCK_USER…)' })
  @IsOptional()
  @Matches(/^[A-Z0-9_]{2,80}$/)
  action?: string;

  @ApiPropertyOptional({ description: 'SUCCESS or a refusal’s code' })
  @IsOptional()
  @Matches(/^[A-Z0-9_]{2,80}$/)
  outcome?: string;

  @ApiPropertyOptional() @IsOptional() @IsUUID() organizationId?: string;

  @ApiPropertyOptional({ description: 'What the act was about: a process’s, user’s or device’s id' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  subjectId?: string;

  @ApiPropertyOptional({ description: 'On or after (YYYY-MM-DD, Almaty)' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ description: 'On or before (YYYY-MM-DD, Almaty)' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

export class OpsAuditEntryView {
  @ApiProperty() id!: string;
  @ApiProperty() at!: string;
  @ApiProperty({ enum: ACTOR_KINDS }) actorKind!: string;
  @ApiProperty({ nullable: true, type: String }) actorId!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The staff member’s or client user’s name' })
  actorName!: string | null;
  @ApiProperty({ nullable: true, type: String }) organizationId!: string | null;
  @ApiProperty() action!: string;
  @ApiProperty() outcome!: string;
  @ApiProperty({ nullable: true, type: String }) subjectKind!: string | null;
  @ApiProperty({ nullable: true, type: String }) subjectId!: string | null;
  @ApiProperty({ nullable: true, type: String }) ip!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) details!: Record<string, unknown>;
}

export class OpsAuditPage {
  @ApiProperty({ type: [OpsAuditEntryView] }) items!: OpsAuditEntryView[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}
