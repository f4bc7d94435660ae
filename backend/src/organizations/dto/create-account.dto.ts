import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';

export const ACCOUNT_CURRENCIES = ['KZT', 'USD', 'EUR', 'RUB', 'CNY'] as const;

export class CreateAccountDto {
  @ApiProperty({ example: 'KZ86998KZT5004100100' })
  @IsString()
  iban!: string;

  @ApiProperty({ enum: ACCOUNT_CURRENCIES })
  @IsIn(ACCOUNT_CURRENCIES)
  currency!: (typeof ACCOUNT_CURRENCIES)[number];

  @ApiProperty({ example: 'Current account' })
  @IsString()
  @Length(1, 100)
  title!: string;
}
