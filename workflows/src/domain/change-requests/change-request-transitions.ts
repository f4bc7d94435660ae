import { ChangeRequestRejection, ChangeRequestRejectionCode as Code } from './change-request-rejection.js';
import type {
  ChangeOutcome,
  ChangePayload,
  ChangeRequestEvent,
  ChangeRequestState,
  ChangeRequestStatus,
  ChangeRequestTimelineEntry,
  StaffActor,
} from './change-request-state.js';

export interface NewChangeRequest {
  requestId: string;
  organizationId: string;
  targetKey: string;
  summary: string;
  change: ChangePayload;
  maker: StaffActor;
  exempt: boolean;
  at: string;
  expiresAt: string;
}

export function submitChangeRequest(input: NewChangeRequest): ChangeRequestState {
  const state: ChangeRequestState = {
    requestId: input.requestId,
    organizationId: input.organizationId,
    targetKey: input.targetKey,
    summary: input.summary,
    change: input.change,
    revision: 1,
    maker: input.maker,
    checker: null,
    exempt: input.exempt,
    status: 'PENDING_CHECK',
    rejectionReason: null,
    outcome: null,
    failure: null,
    submittedAt: input.at,
    expiresAt: input.expiresAt,
    decidedAt: null,
    timeline: [],
  };
  return moved(state, 'PENDING_CHECK', 'SUBMITTED', input.at, input.maker, {
    type: input.change.type,
    exempt: input.exempt,
  });
}

export interface Amendment {
  by: StaffActor;
  change: ChangePayload;
  summary: string;
  targetKey: string;
  /** The revision the maker amended: a stale one would overwrite an amendment they have not seen. */
  revision: number;
}

/** The maker corrects the request before it is checked; a checker's earlier look no longer counts. */
export function amendChangeRequest(
  state: ChangeRequestState,
  amendment: Amendment,
  at: string,
): ChangeRequestState {
  expectPending(state);
  expectMaker(state, amendment.by);
  expectRevision(state, amendment.revision);
  if (amendment.targetKey !== state.targetKey || amendment.change.type !== state.change.type) {
    throw new ChangeRequestRejection(
      Code.TARGET_CHANGED,
      'An amendment changes the same object in the same way; submit a new request for anything else.',
      'change',
    );
  }
  const amended = {
    ...state,
    change: amendment.change,
    summary: amendment.summary,
    revision: state.revision + 1,
  };
  return moved(amended, 'PENDING_CHECK', 'AMENDED', at, amendment.by, { revision: amended.revision });
}

/**
 * A second manager approves the request exactly as they saw it (the revision they looked at). The
 * state stays pending until applying answers: `applied` or `applyFailed` records the decision.
 */
export function checkApproval(state: ChangeRequestState, checker: StaffActor, revision: number): void {
  expectPending(state);
  expectNotMaker(state, checker);
  expectRevision(state, revision);
}

export function applied(
  state: ChangeRequestState,
  checker: StaffActor | null,
  outcome: ChangeOutcome,
  at: string,
): ChangeRequestState {
  expectPending(state);
  const decided = { ...state, checker, outcome, decidedAt: at };
  const approved = checker
    ? moved(decided, 'PENDING_CHECK', 'APPROVED', at, checker, { revision: state.revision })
    : decided;
  return moved(approved, 'APPLIED', 'APPLIED', at, undefined, { exempt: state.exempt });
}

/** Approved, but the client's data no longer allowed it (an IBAN taken meanwhile, a user gone). */
export function applyFailed(
  state: ChangeRequestState,
  checker: StaffActor | null,
  failure: NonNullable<ChangeRequestState['failure']>,
  at: string,
): ChangeRequestState {
  expectPending(state);
  const decided = { ...state, checker, failure, decidedAt: at };
  const approved = checker
    ? moved(decided, 'PENDING_CHECK', 'APPROVED', at, checker, { revision: state.revision })
    : decided;
  return moved(approved, 'FAILED', 'FAILED', at, undefined, { code: failure.code });
}

export function rejectChangeRequest(
  state: ChangeRequestState,
  checker: StaffActor,
  reason: string,
  at: string,
): ChangeRequestState {
  expectPending(state);
  expectNotMaker(state, checker);
  return moved(
    { ...state, checker, rejectionReason: reason, decidedAt: at },
    'REJECTED',
    'REJECTED',
    at,
    checker,
    {
      reason,
    },
  );
}

export function withdrawChangeRequest(
  state: ChangeRequestState,
  by: StaffActor,
  at: string,
): ChangeRequestState {
  expectPending(state);
  expectMaker(state, by);
  return moved({ ...state, decidedAt: at }, 'WITHDRAWN', 'WITHDRAWN', at, by);
}

export function expireChangeRequest(state: ChangeRequestState, at: string): ChangeRequestState {
  expectPending(state);
  return moved({ ...state, decidedAt: at }, 'EXPIRED', 'EXPIRED', at);
}

function expectPending(state: ChangeRequestState): void {
  if (state.status !== 'PENDING_CHECK')
    throw new ChangeRequestRejection(Code.DECIDED, `The request is already ${state.status.toLowerCase()}.`);
}

function expectMaker(state: ChangeRequestState, by: StaffActor): void {
  if (by.staffId !== state.maker.staffId)
    throw new ChangeRequestRejection(
      Code.NOT_MAKER,
      'Only the manager who made the request may change or withdraw it.',
    );
}

function expectNotMaker(state: ChangeRequestState, checker: StaffActor): void {
  if (checker.staffId === state.maker.staffId)
    throw new ChangeRequestRejection(
      Code.OWN_REQUEST,
      'A request is checked by a manager other than its maker.',
    );
}

function expectRevision(state: ChangeRequestState, revision: number): void {
  if (revision !== state.revision)
    throw new ChangeRequestRejection(
      Code.CHANGED,
      'The request was changed after you opened it: look at it again.',
      'revision',
    );
}

function moved(
  state: ChangeRequestState,
  status: ChangeRequestStatus,
  event: ChangeRequestEvent,
  at: string,
  actor?: StaffActor,
  details?: ChangeRequestTimelineEntry['details'],
): ChangeRequestState {
  const entry: ChangeRequestTimelineEntry = {
    seq: state.timeline.length + 1,
    event,
    status,
    at,
    ...(actor ? { actor } : {}),
    ...(details ? { details } : {}),
  };
  return { ...state, status, timeline: [...state.timeline, entry] };
}
