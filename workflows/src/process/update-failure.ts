import { ActivityFailure, ApplicationFailure } from '@temporalio/workflow';
import { ProcessRejection } from '../domain/process/process-rejection.js';

/** The details of a refusal's failure: the API reads the field concerned from here. */
export interface RefusalDetails {
  field: string | null;
}

/**
 * Update handlers must fail with an ApplicationFailure to refuse an update (any other error would
 * fail the workflow task and retry it). A domain refusal keeps its code as the failure's type and
 * its field in the details; an activity's typed refusal is passed on as it came.
 */
export function asUpdateFailure(error: unknown): unknown {
  if (error instanceof ProcessRejection) {
    return ApplicationFailure.create({
      type: error.code,
      message: error.message,
      details: [{ field: error.field ?? null } satisfies RefusalDetails],
      nonRetryable: true,
    });
  }
  if (error instanceof ActivityFailure && error.cause instanceof ApplicationFailure) return error.cause;
  return error;
}

/**
 * Runs an update validator's check. Validators see only the state: a refusal here leaves no trace in
 * the workflow's history.
 */
export function validateWith(check: () => unknown): void {
  try {
    check();
  } catch (error) {
    throw asUpdateFailure(error);
  }
}
