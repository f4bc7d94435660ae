import { ApiProperty } from '@nestjs/swagger';
import { FEE_PLANS, type FeePlan } from '@qoltanba/workflows/domain';

export class MonthlyFeeChargeView {
  @ApiProperty({ example: '2026-12' }) month!: string;
  @ApiProperty({ enum: FEE_PLANS }) plan!: FeePlan;
  @ApiProperty({ description: 'Integer tiyn' }) amountTiyn!: number;
  @ApiProperty({ example: '200.00' }) amount!: string;
  @ApiProperty({ enum: ['CHARGED', 'FAILED', 'SKIPPED'] }) status!: 'CHARGED' | 'FAILED' | 'SKIPPED';
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Why it failed or was skipped (INSUFFICIENT_FUNDS…)',
  })
  reason!: string | null;
  @ApiProperty({ description: 'Tries so far (a failed charge is tried again each day of the month)' })
  attempts!: number;
  @ApiProperty({ nullable: true, type: String }) accountIban!: string | null;
  @ApiProperty({ nullable: true, type: String }) chargedAt!: string | null;
}

/** A client's tariff as a manager sees it: the plan it is on now and its monthly charges. */
export class ClientTariffView {
  @ApiProperty({ enum: FEE_PLANS }) plan!: FeePlan;
  @ApiProperty({ description: 'The monthly fee on this plan, integer tiyn' }) monthlyFeeTiyn!: number;
  @ApiProperty({ example: '200.00' }) monthlyFee!: string;
  @ApiProperty({ type: [MonthlyFeeChargeView], description: 'Newest month first' })
  charges!: MonthlyFeeChargeView[];
}
