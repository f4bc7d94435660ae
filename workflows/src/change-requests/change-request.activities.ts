import type {
  ChangeOutcome,
  ChangePayload,
  ChangeRequestState,
  StaffActor,
} from '../domain/change-requests/change-request-state.js';

export interface ApplyChange {
  requestId: string;
  /** For onboarding, the id the new organization takes. */
  organizationId: string;
  change: ChangePayload;
  /** The revision approved: what is applied is exactly what the checker saw. */
  revision: number;
  maker: StaffActor;
  /** Null when the bank's settings exempt the type from checking. */
  checker: StaffActor | null;
}

/** Activities of the change-request process (types only: the worker binds the implementations). */
export interface ChangeRequestActivities {
  /** Projects the request into the read model (process, process_event, change_request), ordered by `writtenAt`. */
  recordChangeRequest(state: ChangeRequestState, writtenAt: string): Promise<void>;
  /**
   * Applies the change in one transaction with its audit record (before and after); safe to repeat:
   * a request applied once answers the same outcome. A refusal is a non-retryable failure whose
   * type is the feature's error code.
   */
  applyChange(request: ApplyChange): Promise<ChangeOutcome>;
}
