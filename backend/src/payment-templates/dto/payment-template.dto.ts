import { ApiProperty, IntersectionType, PartialType, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNotEmptyObject, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { TengePaymentDto } from '../../documents/dto/tenge-payment.dto.js';
/** What a template keeps of a payment: everything but its number and dates; the account and amount optional. */
export class TemplatePaymentDto extends IntersectionType(
  PickType(TengePaymentDto, ['kind', 'beneficiary', 'knp', 'purpose', 'kbk', 'employees'] as const),
  PartialType(PickType(TengePaymentDto, ['payerIban', 'amount'] as const)),
) {}

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
