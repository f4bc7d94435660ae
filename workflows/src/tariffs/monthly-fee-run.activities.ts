import type { FeeRunState } from './monthly-fee-run.messages.js';

export type FeeChargeStatus = 'CHARGED' | 'FAILED' | 'SKIPPED';

/** How one organization's monthly fee went; `reason` says why it failed or was skipped. */
export interface FeeChargeOutcome {
  status: FeeChargeStatus;
  amountTiyn: number;
  reason?: string;
}

/** Activities of the monthly fee run (types only: the worker binds the implementations). */
export interface MonthlyFeeActivities {
  /** Organizations whose fee for the month is not charged yet, by id after `after`, at most `limit`. */
  listFeesDue(request: { month: string; after: string | null; limit: number }): Promise<string[]>;
  /**
   * Charges one organization's fee for the month through the bank: once, whatever the repeats (the
   * bank de-duplicates by organization and month, and a charged month is never charged again).
   */
  chargeMonthlyFee(request: { organizationId: string; month: string }): Promise<FeeChargeOutcome>;
  /** Projects the run into the read model, so operators see it among the processes (ordered by `writtenAt`). */
  recordFeeRun(state: FeeRunState, writtenAt: string): Promise<void>;
}
