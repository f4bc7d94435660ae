export enum OpsErrorCode {
  /** The self-check workflow did not finish in time: usually no worker is running. */
  SELF_CHECK_TIMED_OUT = 'OPS_SELF_CHECK_TIMED_OUT',
  /** The self-check workflow ran and failed: its activity could not reach the database. */
  SELF_CHECK_FAILED = 'OPS_SELF_CHECK_FAILED',
  /** The API could not reach Temporal to start the self-check. */
  TEMPORAL_UNAVAILABLE = 'OPS_TEMPORAL_UNAVAILABLE',
  PROCESS_NOT_FOUND = 'OPS_PROCESS_NOT_FOUND',
  /** Retry now: no step of the process is failing (it waits on a person, or is done). */
  NOTHING_TO_RETRY = 'OPS_NOTHING_TO_RETRY',
  /** Operators cancel payments, token registrations and reissues; other kinds are not theirs to stop. */
  NOT_CANCELLABLE = 'OPS_PROCESS_NOT_CANCELLABLE',
  /** Only a process marked broken is terminated. */
  NOT_BROKEN = 'OPS_PROCESS_NOT_BROKEN',
  /** A process already marked broken, or over, is not marked again. */
  ALREADY_BROKEN = 'OPS_PROCESS_ALREADY_BROKEN',
}
