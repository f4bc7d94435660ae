import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { DecimalInteger } from '../../../../common/validation/decimal-integer.js';
import type { SimLedgerEntryKind } from '../../entities/sim-ledger-entry.entity.js';

const KINDS: SimLedgerEntryKind[] = ['OPENING', 'ADJUSTMENT', 'DEBIT', 'CREDIT'];

export class StatementQuery {
  @ApiPropertyOptional({ default: 100, minimum: 1, maximum: 1000 })
  @IsOptional()
  @DecimalInteger()
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;
}

export class LedgerEntryView {
  @ApiProperty()
  id!: string;

  @ApiProperty({ enum: KINDS })
  kind!: SimLedgerEntryKind;

  @ApiProperty({ description: 'Signed integer tiyn: negative debits' })
  amountTiyn!: number;

  @ApiProperty()
  balanceAfterTiyn!: number;

  @ApiProperty({ nullable: true, type: String })
  documentId!: string | null;

  @ApiProperty({ nullable: true, type: String })
  counterpartyIban!: string | null;

  @ApiProperty({ nullable: true, type: String })
  counterpartyName!: string | null;

  @ApiProperty()
  description!: string;

  @ApiProperty()
  bookedAt!: string;
}

export class StatementView {
  @ApiProperty()
  iban!: string;

  @ApiProperty()
  currency!: string;

  @ApiProperty()
  balanceTiyn!: number;

  @ApiProperty({ type: [LedgerEntryView], description: 'Newest first' })
  entries!: LedgerEntryView[];
}
