import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** An account as its owner sees it: balances in integer tiyn and as exact decimal strings. */
export class AccountView {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'KZ86998KZT5004100100' }) iban!: string;
  @ApiProperty({ example: 'KZT' }) currency!: string;
  @ApiProperty() title!: string;
  @ApiPropertyOptional({ description: 'Absent when the bank core does not answer for this account' })
  balance?: { balanceTiyn: number; availableTiyn: number; balance: string; available: string };
}
