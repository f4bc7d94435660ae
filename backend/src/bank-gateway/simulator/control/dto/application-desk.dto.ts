import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { APPLICATION_KINDS, type ApplicationKind } from '@qoltanba/workflows/domain';
import { IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { IsKzIban } from '../../../../common/validation/is-kz-iban.js';

const RATE = /^\d{1,12}(\.\d{1,6})?$/;
const CURRENCY_CODE = /^[A-Z]{3}$/;

export class CurrencyParams {
  @ApiProperty({ example: 'USD', pattern: CURRENCY_CODE.source })
  @Matches(CURRENCY_CODE)
  currency!: string;
}

export class SetExchangeRateDto {
  @ApiProperty({ example: '468.00', description: 'KZT per unit the bank pays when it buys' })
  @Matches(RATE, { message: 'buy must be a positive decimal with at most 6 places' })
  buy!: string;

  @ApiProperty({ example: '472.00', description: 'KZT per unit the bank takes when it sells' })
  @Matches(RATE, { message: 'sell must be a positive decimal with at most 6 places' })
  sell!: string;
}

export const APPLICATION_RULE_ACTIONS = ['REFUSE', 'DELAY'] as const;

export class AddApplicationRuleDto {
  @ApiPropertyOptional({ enum: APPLICATION_KINDS, description: 'Only applications of this kind' })
  @IsOptional()
  @IsIn(APPLICATION_KINDS)
  kind?: ApplicationKind;

  @ApiPropertyOptional({ description: 'Only applications on this account' })
  @IsOptional()
  @IsKzIban()
  accountIban?: string;

  @ApiProperty({ enum: APPLICATION_RULE_ACTIONS })
  @IsIn(APPLICATION_RULE_ACTIONS)
  action!: (typeof APPLICATION_RULE_ACTIONS)[number];

  @ApiPropertyOptional({ example: 'DOCUMENTS_INCOMPLETE', description: 'REFUSE: the reason code' })
  @IsOptional()
  @Matches(/^[A-Z_]{3,40}$/)
  reason?: string;

  @ApiPropertyOptional({ description: 'DELAY: how much longer the bank holds it' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(86_400_000)
  delayMs?: number;

  @ApiPropertyOptional({ default: false, description: 'Removed once applied' })
  @IsOptional()
  @IsBoolean()
  oneShot?: boolean;
}

export class ApplicationRuleView {
  @ApiProperty() id!: string;
  @ApiProperty({ nullable: true, type: String }) kind!: string | null;
  @ApiProperty({ nullable: true, type: String }) accountIban!: string | null;
  @ApiProperty({ enum: APPLICATION_RULE_ACTIONS }) action!: string;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
  @ApiProperty({ nullable: true, type: Number }) delayMs!: number | null;
  @ApiProperty() oneShot!: boolean;
  @ApiProperty() timesApplied!: number;
}

export class ApplicationIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  applicationId!: string;
}

export class SimApplicationView {
  @ApiProperty() applicationId!: string;
  @ApiProperty() reference!: string;
  @ApiProperty() kind!: string;
  @ApiProperty() status!: string;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true }) result?: Record<string, unknown>;
  @ApiProperty() receivedAt!: string;
}

export class IdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}
