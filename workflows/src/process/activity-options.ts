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

/** The bank may be slow or down for a while: keep trying; it de-duplicates by the process's id. */
export const BANK_CALL: ActivityOptions = {
  startToCloseTimeout: '15 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
};
