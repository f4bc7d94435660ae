import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { normalizeIban } from '@qoltanba/workflows/domain';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { DecimalInteger } from '../../common/validation/decimal-integer.js';
import { IsKzIban } from '../../common/validation/is-kz-iban.js';

export const STATEMENT_DEFAULT_LIMIT = 50;
export const STATEMENT_MAX_LIMIT = 200;

export class StatementParams {
  @ApiProperty({ example: 'KZ86998KZT5004100100' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? normalizeIban(value) : value))
  @IsKzIban()
  iban!: string;
}

export class StatementQuery {
  @ApiPropertyOptional({
    default: STATEMENT_DEFAULT_LIMIT,
    minimum: 1,
    maximum: STATEMENT_MAX_LIMIT,
    description: 'How many of the latest entries',
  })
  @IsOptional()
  @DecimalInteger()
  @IsInt()
  @Min(1)
  @Max(STATEMENT_MAX_LIMIT)
  limit: number = STATEMENT_DEFAULT_LIMIT;
}

/** One booked movement: amounts signed (negative debits the account), as integer tiyn and exact decimals. */
export class StatementEntryView {
  @ApiProperty({ description: "The bank's id of the entry" }) id!: string;
  @ApiProperty({ example: '2026-11-21T09:30:00.000Z' }) bookedAt!: string;
  @ApiProperty({ example: -125_050, description: 'Signed integer tiyn: negative debits' })
  amountTiyn!: number;
  @ApiProperty({ example: '-1250.50', description: 'Signed exact decimal' }) amount!: string;
  @ApiPropertyOptional({ description: 'The balance right after this entry, integer tiyn' })
  balanceAfterTiyn?: number;
  @ApiPropertyOptional({ example: '98748749.50', description: 'The balance right after, exact decimal' })
  balanceAfter?: string;
  @ApiPropertyOptional() counterpartyName?: string;
  @ApiPropertyOptional() counterpartyIban?: string;
  @ApiPropertyOptional() purpose?: string;
  @ApiPropertyOptional({ description: 'The payment document that moved the money, if it came from here' })
  documentId?: string;
}

/** An account's statement as its owner sees it: the latest entries, newest first. */
export class AccountStatementView {
  @ApiProperty({ example: 'KZ86998KZT5004100100' }) iban!: string;
  @ApiProperty({ example: 'KZT' }) currency!: string;
  @ApiProperty({ type: [StatementEntryView], description: 'Newest first' }) entries!: StatementEntryView[];
}
