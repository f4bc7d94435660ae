import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Length, Matches, Max, Min, NotEquals } from 'class-validator';
import { IsKzIban, KZ_IBAN_PATTERN, MAX_TIYN } from '../../../../common/validation/is-kz-iban.js';

export class IbanParams {
  @ApiProperty({ example: 'KZ40998A000000000001', pattern: KZ_IBAN_PATTERN })
  @IsKzIban()
  iban!: string;
}

export class OpenAccountDto {
  @ApiProperty({ example: 'KZ40998A000000000001', description: 'Must carry the simulated bank’s code' })
  @IsKzIban()
  iban!: string;

  @ApiPropertyOptional({ example: 'KZT', default: 'KZT' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as KZT' })
  currency?: string;

  @ApiProperty({ example: 'ТОО «Алатау Логистик»' })
  @IsString()
  @Length(1, 200)
  holderName!: string;

  @ApiProperty({ example: '940140000385' })
  @Matches(/^[0-9]{12}$/, { message: 'holderBinIin must be 12 digits' })
  holderBinIin!: string;

  @ApiPropertyOptional({ example: 100_000_00, default: 0, description: 'Integer tiyn' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_TIYN)
  openingBalanceTiyn?: number;
}

export class SetBalanceDto {
  @ApiProperty({ example: 500_000_00, description: 'The new balance, integer tiyn' })
  @IsInt()
  @Min(0)
  @Max(MAX_TIYN)
  balanceTiyn!: number;

  @ApiPropertyOptional({ example: 'test set-up' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  description?: string;
}

export class AdjustBalanceDto {
  @ApiProperty({ example: -1_500_00, description: 'Signed integer tiyn: positive credits, negative debits' })
  @IsInt()
  @NotEquals(0)
  @Min(-MAX_TIYN)
  @Max(MAX_TIYN)
  amountTiyn!: number;

  @ApiPropertyOptional({ example: 'cash deposit' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  description?: string;
}

export class SimAccountView {
  @ApiProperty()
  iban!: string;

  @ApiProperty({ example: 'KZT' })
  currency!: string;

  @ApiProperty()
  holderName!: string;

  @ApiProperty()
  holderBinIin!: string;

  @ApiProperty({ description: 'Integer tiyn' })
  balanceTiyn!: number;

  @ApiProperty()
  blocked!: boolean;

  @ApiProperty()
  openedAt!: string;
}
