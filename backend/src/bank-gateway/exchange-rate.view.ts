import { ApiProperty } from '@nestjs/swagger';
import type { ExchangeRate } from './bank-gateway.js';

/** A rate the bank publishes, as the API shows it to clients and to the simulator's operators. */
export class ExchangeRateView implements ExchangeRate {
  @ApiProperty({ example: 'USD' }) currency!: string;
  @ApiProperty({ example: '468.00', description: 'KZT per unit: the bank buys at this rate' }) buy!: string;
  @ApiProperty({ example: '472.00', description: 'KZT per unit: the bank sells at this rate' }) sell!: string;
  @ApiProperty() updatedAt!: string;
}
