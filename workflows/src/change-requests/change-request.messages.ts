import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type {
  ChangePayload,
  ChangeRequestState,
  StaffActor,
} from '../domain/change-requests/change-request-state.js';
import type { Amendment } from '../domain/change-requests/change-request-transitions.js';

/** One workflow per change request, id `change-request-<uuid>`. */
export const changeRequestWorkflowId = (requestId: string): string => `change-request-${requestId}`;

export interface ChangeRequestInput {
  requestId: string;
  organizationId: string;
  targetKey: string;
  summary: string;
  change: ChangePayload;
  maker: StaffActor;
  exempt: boolean;
  /** From the bank's settings at submission. */
  expiresAt: string;
}

export interface ApproveChangeCommand {
  checker: StaffActor;
  revision: number;
}

export interface RejectChangeCommand {
  checker: StaffActor;
  reason: string;
}

export interface WithdrawChangeCommand {
  by: StaffActor;
}

/** Answers once the request is in the read model; an exempt request, once it is applied. */
export const changeRequestReadyUpdate = defineUpdate<ChangeRequestState>('changeRequestReady');
export const approveChangeUpdate = defineUpdate<ChangeRequestState, [ApproveChangeCommand]>('approveChange');
export const rejectChangeUpdate = defineUpdate<ChangeRequestState, [RejectChangeCommand]>('rejectChange');
export const amendChangeUpdate = defineUpdate<ChangeRequestState, [Amendment]>('amendChange');
export const withdrawChangeUpdate = defineUpdate<ChangeRequestState, [WithdrawChangeCommand]>(
  'withdrawChange',
);
export const changeRequestStateQuery = defineQuery<ChangeRequestState>('changeRequestState');

export type { Amendment, ChangePayload };
