import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  LISTED_PER_DAY,
  PLANNED_APPLICATION_KINDS,
  PLANNED_STATUSES,
  type PlannedApplicationKind,
  type PlannedStatus,
} from '../account-forecast.js';

export class PlannedPaymentView {
  @ApiProperty() id!: string;
  @ApiPropertyOptional({
    enum: PLANNED_APPLICATION_KINDS,
    enumName: 'PlannedApplicationKind',
    description: 'An application’s kind; absent for a payment order',
  })
  application?: PlannedApplicationKind;
  @ApiProperty() number!: string;
  @ApiPropertyOptional({ description: 'A payment order’s beneficiary' }) beneficiaryName?: string;
  @ApiProperty({ description: 'Integer tiyn' }) amountTiyn!: number;
  @ApiProperty({ example: '1250.50' }) amount!: string;
  @ApiProperty({ example: '2026-12-08' }) valueDate!: string;
  @ApiProperty({ enum: PLANNED_STATUSES, enumName: 'PlannedPaymentStatus' }) status!: PlannedStatus;
}

export class ForecastDayView {
  @ApiProperty({ example: '2026-12-08', description: 'An Almaty day' }) date!: string;
  @ApiProperty({
    type: [PlannedPaymentView],
    description: `The first ${LISTED_PER_DAY}, the closest to leaving first (in progress at the bank, accepted, sent, signed, awaiting)`,
  })
  payments!: PlannedPaymentView[];
  @ApiProperty({ description: "The day's payments not listed: its total counts them" }) more!: number;
  @ApiProperty({ description: 'Integer tiyn leaving the account that day' }) outgoingTiyn!: number;
  @ApiProperty({ example: '1250.50' }) outgoing!: string;
  @ApiProperty({ description: 'Integer tiyn left after that day: negative when it runs short' })
  closingTiyn!: number;
  @ApiProperty({ example: '-1250.50' }) closing!: string;
}

/**
 * A tenge account's available balance day by day as the payments on their way leave it: those
 * awaiting signatures, signed, or sent and not yet accepted by the bank (which then holds the money
 * itself, out of the available balance), and the cash withdrawals and currency purchases fixed in
 * tenge that the bank has not executed yet. Drafts are not counted, only numbered.
 */
export class AccountForecastView {
  @ApiProperty({ example: 'KZ86998KZT5004100100' }) iban!: string;
  @ApiProperty({ example: 'KZT' }) currency!: string;
  @ApiProperty({ example: '2026-12-08', description: 'Today in Almaty: the first day of the forecast' })
  today!: string;
  @ApiProperty({ description: "Integer tiyn available now, from the bank's core" }) availableTiyn!: number;
  @ApiProperty({ example: '1250.50' }) available!: string;
  @ApiProperty({ type: [ForecastDayView], description: 'Only days with payments, in date order' })
  days!: ForecastDayView[];
  @ApiPropertyOptional({ example: '2026-12-10', description: 'The first day the money runs short' })
  shortFrom?: string;
  @ApiProperty({ description: 'Drafts from this account, not counted: they may never be sent' })
  drafts!: number;
}
