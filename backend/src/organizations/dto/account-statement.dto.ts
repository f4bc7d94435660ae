import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { normalizeIban } from '@qoltanba/workflows/domain';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { IsCalendarDate } from '../../common/validation/is-calendar-date.js';
import { USER_LANGUAGES, type UserLanguage } from '../client-user.entity.js';
import { DecimalInteger } from '../../common/validation/decimal-integer.js';
import { IsKzIban, KZ_IBAN_PATTERN } from '../../common/validation/is-kz-iban.js';

export const STATEMENT_DEFAULT_LIMIT = 50;
export const STATEMENT_MAX_LIMIT = 200;
/** The longest period one statement covers: five years, more than any audit asks for at once. */
export const STATEMENT_MAX_DAYS = 5 * 366;
/** Entries one statement lists; its balances and turnovers still cover the whole period. */
export const STATEMENT_MAX_ENTRIES = 5_000;
export const STATEMENT_FORMATS = ['pdf', 'xlsx', '1c'] as const;
export type StatementFormat = (typeof STATEMENT_FORMATS)[number];

export class StatementParams {
  @ApiProperty({
    example: 'KZ86998KZT5004100100',
    pattern: KZ_IBAN_PATTERN,
    description: 'Spaces are ignored and letters upper-cased',
  })
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
  @ApiPropertyOptional({ description: "The account's opening entry, named in the reader's language" })
  opening?: boolean;
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
  @ApiPropertyOptional() counterpartyBinIin?: string;
  @ApiPropertyOptional() counterpartyBic?: string;
  @ApiPropertyOptional() counterpartyKbe?: string;
  @ApiPropertyOptional() knp?: string;
  @ApiPropertyOptional({ description: "The payment's own number" }) documentNumber?: string;
  @ApiPropertyOptional({ example: '2026-11-21', description: "The payment's own date" })
  documentDate?: string;
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

/** A statement for a period (Almaty days, both included). */
export class StatementPeriodQuery {
  @ApiProperty({ example: '2026-11-01', description: 'First day (YYYY-MM-DD, Almaty)' })
  @IsCalendarDate()
  from!: string;

  @ApiProperty({ example: '2026-11-30', description: 'Last day (YYYY-MM-DD, Almaty)' })
  @IsCalendarDate()
  to!: string;

  @ApiPropertyOptional({
    description:
      'Only entries whose counterparty, BIN/IIN, IBAN, KNP, number, purpose or amount contain this',
  })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  search?: string;
}

export class StatementExportQuery extends StatementPeriodQuery {
  @ApiProperty({ enum: STATEMENT_FORMATS })
  @IsIn(STATEMENT_FORMATS)
  format!: StatementFormat;

  @ApiPropertyOptional({
    enum: USER_LANGUAGES,
    default: 'ru',
    description: 'The language of the words in the file',
  })
  @IsOptional()
  @IsIn(USER_LANGUAGES)
  language: UserLanguage = 'ru';
}

export class StatementHolderView {
  @ApiProperty() name!: string;
  @ApiProperty() binIin!: string;
}

/** A statement for a period: balances at both ends, turnovers, and the period's entries oldest first. */
export class PeriodStatementView {
  @ApiProperty({ example: 'KZ86998KZT5004100100' }) iban!: string;
  @ApiProperty({ example: 'KZT' }) currency!: string;
  @ApiProperty({ type: StatementHolderView }) holder!: StatementHolderView;
  @ApiProperty({ example: '2026-11-01' }) from!: string;
  @ApiProperty({ example: '2026-11-30' }) to!: string;
  @ApiProperty({ description: 'Integer minor units' }) openingBalanceTiyn!: number;
  @ApiProperty({ example: '1000.00' }) openingBalance!: string;
  @ApiProperty({ description: 'Integer minor units' }) closingBalanceTiyn!: number;
  @ApiProperty({ example: '750.00' }) closingBalance!: string;
  @ApiProperty({ description: 'Money out in the period, a positive sum' }) debitTurnover!: string;
  @ApiProperty({ description: 'Money in during the period' }) creditTurnover!: string;
  @ApiProperty({ type: [StatementEntryView], description: 'Oldest first; only those matching the search' })
  entries!: StatementEntryView[];
  @ApiProperty({ description: 'The period holds more entries than one statement lists' }) truncated!: boolean;
}
