import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class AccountBalanceView {
  @ApiProperty({ description: 'Integer tiyn' }) balanceTiyn!: number;
  @ApiProperty({ description: 'Integer tiyn: the balance less what is held' }) availableTiyn!: number;
  @ApiProperty({ example: '1250.50' }) balance!: string;
  @ApiProperty({ example: '1250.50' }) available!: string;
}

/** An account as its owner sees it: balances in integer tiyn and as exact decimal strings. */
export class AccountView {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'KZ86998KZT5004100100' }) iban!: string;
  @ApiProperty({ example: 'KZT' }) currency!: string;
  @ApiProperty() title!: string;
  @ApiPropertyOptional({
    type: AccountBalanceView,
    description: 'Absent when the bank core does not answer for this account',
  })
  balance?: AccountBalanceView;
}
