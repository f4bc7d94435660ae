import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { DecimalInteger } from '../../../../common/validation/decimal-integer.js';
import {
  BANK_REJECTION_REASONS,
  type BankPaymentOrder,
  type BankRejectionReason,
} from '../../../bank-gateway.js';
import type { SimPaymentStatus } from '../../entities/sim-payment.entity.js';
import { IsKzIban } from '../../../../common/validation/is-kz-iban.js';

const STATUSES: SimPaymentStatus[] = ['ACCEPTED', 'EXECUTED', 'REJECTED'];

export class DocumentIdParams {
  @ApiProperty({ minLength: 1, maxLength: 200 })
  @IsString()
  @Length(1, 200)
  documentId!: string;
}

export class ListPaymentsQuery {
  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES)
  status?: SimPaymentStatus;

  @ApiPropertyOptional({ description: 'Payments from or to this account' })
  @IsOptional()
  @IsKzIban()
  iban?: string;

  @ApiPropertyOptional({ default: 100, minimum: 1, maximum: 1000 })
  @IsOptional()
  @DecimalInteger()
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;
}

export class SimPaymentView {
  @ApiProperty()
  documentId!: string;

  @ApiProperty()
  reference!: string;

  @ApiProperty()
  organizationId!: string;

  @ApiProperty()
  payerIban!: string;

  @ApiProperty()
  beneficiaryIban!: string;

  @ApiProperty()
  beneficiaryName!: string;

  @ApiProperty({ description: 'Integer tiyn' })
  amountTiyn!: number;

  @ApiProperty()
  currency!: string;

  @ApiProperty()
  intraBank!: boolean;

  @ApiProperty({ enum: STATUSES })
  status!: SimPaymentStatus;

  @ApiProperty({ enum: BANK_REJECTION_REASONS, nullable: true })
  reason!: BankRejectionReason | null;

  @ApiProperty({ nullable: true, type: String })
  reasonDetail!: string | null;

  @ApiProperty({ enum: STATUSES, description: 'What the receipt said (repeats answer it again)' })
  receiptStatus!: SimPaymentStatus;

  @ApiProperty()
  receivedAt!: string;

  @ApiProperty({ nullable: true, type: String })
  executeAfter!: string | null;

  @ApiProperty({ nullable: true, type: String })
  executedAt!: string | null;

  @ApiProperty({ nullable: true, type: String })
  rejectedAt!: string | null;

  @ApiProperty({ nullable: true, type: String, description: 'When the later status reached the platform' })
  reportedAt!: string | null;

  @ApiProperty()
  reportAttempts!: number;

  @ApiProperty({ nullable: true, type: String })
  reportError!: string | null;

  @ApiProperty({ description: 'The order as received' })
  order!: BankPaymentOrder;
}
