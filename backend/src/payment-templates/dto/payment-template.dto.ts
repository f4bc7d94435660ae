import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MAX_EMPLOYEES, PAYMENT_KINDS, type PaymentKind } from '@qoltanba/workflows/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsNotEmptyObject,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { BeneficiaryDto, EmployeeRowDto } from '../../documents/dto/tenge-payment.dto.js';

/** What a template keeps of a payment: everything but its number and dates. */
export class TemplatePaymentDto {
  @ApiPropertyOptional({ enum: PAYMENT_KINDS })
  @IsOptional()
  @IsIn(PAYMENT_KINDS)
  kind?: PaymentKind;

  @ApiPropertyOptional({ example: 'KZ86998KZT5004100100' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  payerIban?: string;

  @ApiPropertyOptional({ example: '1250.50', description: 'Left out when each payment has its own' })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  amount?: string;

  @ApiProperty({ type: BeneficiaryDto })
  @IsNotEmptyObject()
  @ValidateNested()
  @Type(() => BeneficiaryDto)
  beneficiary!: BeneficiaryDto;

  @ApiProperty({ example: '710' })
  @IsString()
  @MaxLength(10)
  knp!: string;

  @ApiProperty({ example: 'Оплата по договору № 15' })
  @IsString()
  @MaxLength(1000)
  purpose!: string;

  @ApiPropertyOptional({ example: '101201' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  kbk?: string;

  @ApiPropertyOptional({ type: [EmployeeRowDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_EMPLOYEES)
  @ValidateNested({ each: true })
  @Type(() => EmployeeRowDto)
  employees?: EmployeeRowDto[];
}

export class CreatePaymentTemplateDto {
  @ApiProperty({ example: 'Аренда офиса' })
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  name!: string;

  @ApiProperty({ type: TemplatePaymentDto })
  @IsNotEmptyObject()
  @ValidateNested()
  @Type(() => TemplatePaymentDto)
  payment!: TemplatePaymentDto;
}

export class PaymentTemplateView {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: TemplatePaymentDto }) payment!: TemplatePaymentDto;
  @ApiProperty() createdAt!: string;
}
