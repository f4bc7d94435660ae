/** The schedule's id and the prefix of its runs' workflow ids (Temporal adds the fire time). */
export const MONTHLY_FEE_SCHEDULE_ID = 'monthly-fee';
export const MONTHLY_FEE_RUN_PREFIX = 'monthly-fee-run';

export interface FeeRunInput {
  /** The day (Almaty) the run charges for; the run's own start time when absent (the schedule). */
  date?: string;
  /** Where a run continued as new goes on from, with what it had counted. */
  after?: string | null;
  tally?: FeeRunTally;
  /** The run's id in the read model (a workflow id is no uuid), kept across continue-as-new. */
  processId?: string;
  /** Organizations one run charges before continuing as new: 1,000 unless told (tests tell fewer). */
  perRun?: number;
}

export interface FeeRunTally {
  charged: number;
  failed: number;
  skipped: number;
}

export type FeeRunStatus = 'RUNNING' | FeeRunEnd;
/** How a run ends: `CANCELLED` from Temporal's console, with what it had charged. */
export type FeeRunEnd = 'DONE' | 'NOT_DUE' | 'CANCELLED';

export interface FeeRunState {
  runId: string;
  processId: string;
  date: string;
  month: string;
  status: FeeRunStatus;
  tally: FeeRunTally;
  startedAt: string;
  timeline: {
    seq: number;
    event: 'STARTED' | FeeRunEnd;
    status: FeeRunStatus;
    at: string;
  }[];
}
