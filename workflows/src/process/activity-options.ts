import type { ActivityOptions, LocalActivityOptions } from '@temporalio/workflow';

/** Projection, notification and evidence checks are quick local database work: retried quickly. */
export const LOCAL_RECORDING: LocalActivityOptions = {
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '200 milliseconds', maximumInterval: '5 seconds' },
};

/** A check whose refusal (a non-retryable failure) is final; a database blink is worth a few retries. */
export const LOCAL_CHECK: LocalActivityOptions = {
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '200 milliseconds', maximumAttempts: 5 },
};

/**
 * How soon a worker that died during a call to another system is noticed, and the call given to
 * another worker: the platform's worker heartbeats every activity that has a heartbeat timeout for
 * as long as it runs it (keep-alive-heartbeats.ts in the back end), so only a dead worker misses
 * it. Without it, the call would wait out its whole start-to-close timeout.
 */
export const WORKER_GONE_AFTER = '6 seconds';

/** For a system that may be slow or down for a while: ask again, less and less often, without end. */
const UNTIL_IT_ANSWERS = { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' };

/** The bank de-duplicates by the process's id. */
export const BANK_CALL: ActivityOptions = {
  startToCloseTimeout: '15 seconds',
  heartbeatTimeout: WORKER_GONE_AFTER,
  retry: UNTIL_IT_ANSWERS,
};

/** The CA answers a repeat with the same certificates. */
export const CA_CALL: ActivityOptions = {
  startToCloseTimeout: '30 seconds',
  heartbeatTimeout: WORKER_GONE_AFTER,
  retry: UNTIL_IT_ANSWERS,
};
