import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { BANK_REJECTION_REASONS, type BankRejectionReason } from '../../../bank-gateway.js';
import { IsKzIban } from '../../../../common/validation/is-kz-iban.js';

export class RuleIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}

export class AddRejectionRuleDto {
  @ApiPropertyOptional({ description: 'Reject payments from this account' })
  @IsOptional()
  @IsKzIban()
  payerIban?: string;

  @ApiPropertyOptional({ description: 'Reject payments to this account (of any bank)' })
  @IsOptional()
  @IsKzIban()
  beneficiaryIban?: string;

  @ApiPropertyOptional({ enum: BANK_REJECTION_REASONS, default: 'REJECTED_BY_RULE' })
  @IsOptional()
  @IsIn(BANK_REJECTION_REASONS)
  reason?: BankRejectionReason;

  @ApiPropertyOptional({ example: 'sanctions screening hit' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  note?: string;

  @ApiPropertyOptional({ default: false, description: 'Removed by the first payment it rejects' })
  @IsOptional()
  @IsBoolean()
  oneShot?: boolean;
}

export class RejectionRuleView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ nullable: true, type: String })
  payerIban!: string | null;

  @ApiProperty({ nullable: true, type: String })
  beneficiaryIban!: string | null;

  @ApiProperty({ enum: BANK_REJECTION_REASONS })
  reason!: BankRejectionReason;

  @ApiProperty({ nullable: true, type: String })
  note!: string | null;

  @ApiProperty()
  oneShot!: boolean;

  @ApiProperty()
  timesApplied!: number;

  @ApiProperty()
  createdAt!: string;
}
