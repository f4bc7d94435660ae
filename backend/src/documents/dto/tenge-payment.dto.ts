import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MAX_EMPLOYEES, PAYMENT_KINDS, type PaymentKind } from '@qoltanba/workflows/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsNotEmptyObject,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';

/**
 * The body that creates or edits a tenge payment order. This checks shape only; every identifier and
 * business rule is checked by the domain validator the workflow and the web app share, each with its
 * own code and field.
 */
export class BeneficiaryDto {
  @ApiProperty({ example: 'ТОО "Алатау Сауда"' })
  @IsString()
  @MaxLength(400)
  name!: string;

  @ApiProperty({ example: '940140000385' })
  @IsString()
  @MaxLength(40)
  binIin!: string;

  @ApiProperty({ example: 'KZ476010131000179714' })
  @IsString()
  @MaxLength(40)
  iban!: string;

  @ApiProperty({ example: 'HSBKKZKX' })
  @IsString()
  @MaxLength(20)
  bic!: string;

  @ApiProperty({ example: '17', description: 'Beneficiary code (КБе)' })
  @IsString()
  @MaxLength(4)
  kbe!: string;
}

/** One employee of a contribution or salary list. */
export class EmployeeRowDto {
  @ApiProperty({ example: '871008401427' })
  @IsString()
  @MaxLength(40)
  iin!: string;

  @ApiProperty({ example: 'Ахметов Серик Болатович' })
  @IsString()
  @MaxLength(400)
  fullName!: string;

  @ApiProperty({ example: '25000.00', description: 'Amount in tenge as a decimal string' })
  @IsString()
  @MaxLength(30)
  amount!: string;

  @ApiPropertyOptional({ example: '1987-10-08', description: 'Contributions: the birth date' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  birthDate?: string;

  @ApiPropertyOptional({ example: '022026', description: 'Contributions: the month paid for, MMYYYY' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  period?: string;

  @ApiPropertyOptional({ example: 'KZ40998A000000000001', description: "Salary: the employee's account" })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  iban?: string;
}

export class TengePaymentDto {
  @ApiPropertyOptional({ enum: PAYMENT_KINDS, description: 'The kind of payment; ORDINARY when absent' })
  @IsOptional()
  @IsIn(PAYMENT_KINDS)
  kind?: PaymentKind;

  @ApiPropertyOptional({
    example: '42',
    description: 'The document number; left out or empty, the next of the organization’s year is given',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  number?: string;

  @ApiProperty({ example: '2026-11-21' })
  @IsISO8601({ strict: true })
  date!: string;

  @ApiProperty({ example: '2026-11-21', description: 'Value date (дата валютирования)' })
  @IsISO8601({ strict: true })
  valueDate!: string;

  @ApiProperty({ example: 'KZ86998KZT5004100100' })
  @IsString()
  @MaxLength(40)
  payerIban!: string;

  @ApiPropertyOptional({ example: '17', description: "Sender code (КОд); the organization's by default" })
  @IsOptional()
  @IsString()
  @MaxLength(4)
  kod?: string;

  @ApiProperty({ example: '1250.50', description: 'Amount in tenge as a decimal string, at most 2 decimals' })
  @IsString()
  @MaxLength(30)
  amount!: string;

  @ApiProperty({ enum: ['KZT'] })
  @IsIn(['KZT'])
  currency!: 'KZT';

  @ApiProperty({ type: BeneficiaryDto })
  @IsNotEmptyObject()
  @ValidateNested()
  @Type(() => BeneficiaryDto)
  beneficiary!: BeneficiaryDto;

  @ApiProperty({ example: '710', description: 'Payment purpose code (КНП)' })
  @IsString()
  @MaxLength(10)
  knp!: string;

  @ApiProperty({ example: 'Оплата по договору № 15' })
  @IsString()
  @MaxLength(1000)
  purpose!: string;

  @ApiPropertyOptional({
    example: '101201',
    description: 'Budget classification code (КБК), budget payments only',
  })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  kbk?: string;

  @ApiPropertyOptional({
    type: [EmployeeRowDto],
    description: 'Contribution and salary payments: the employees; the amount is their total',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_EMPLOYEES)
  @ValidateNested({ each: true })
  @Type(() => EmployeeRowDto)
  employees?: EmployeeRowDto[];

  @ApiPropertyOptional({ description: 'A transfer by template: the template it was made from' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  templateId?: string;
}
