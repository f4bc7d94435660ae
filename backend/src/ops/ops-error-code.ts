export enum OpsErrorCode {
  /** The self-check workflow did not finish in time: usually no worker is running. */
  SELF_CHECK_TIMED_OUT = 'OPS_SELF_CHECK_TIMED_OUT',
  /** The self-check workflow ran and failed: its activity could not reach the database. */
  SELF_CHECK_FAILED = 'OPS_SELF_CHECK_FAILED',
  /** The API could not reach Temporal to start the self-check. */
  TEMPORAL_UNAVAILABLE = 'OPS_TEMPORAL_UNAVAILABLE',
}
