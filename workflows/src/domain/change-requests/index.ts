export {
  CHANGE_TYPES,
  deskOf,
  EXEMPTIBLE_CHANGE_TYPES,
  isExemptible,
  OPERATIONS_CHANGE_TYPES,
} from './change-types.js';
export type { ChangeDesk, ChangeType, ExemptibleChangeType } from './change-types.js';
export {
  CHANGE_REQUEST_EVENTS,
  CHANGE_REQUEST_STATUSES,
  FINAL_CHANGE_REQUEST_STATUSES,
  isChangeRequestOpen,
} from './change-request-state.js';
export type {
  ChangeOutcome,
  ChangePayload,
  ChangeRequestEvent,
  ChangeRequestState,
  ChangeRequestStatus,
  ChangeRequestTimelineEntry,
  StaffActor,
} from './change-request-state.js';
export { ChangeRequestRejection, ChangeRequestRejectionCode } from './change-request-rejection.js';
export {
  amendChangeRequest,
  applied,
  applyFailed,
  checkApproval,
  expireChangeRequest,
  rejectChangeRequest,
  submitChangeRequest,
  withdrawChangeRequest,
} from './change-request-transitions.js';
export type { Amendment, NewChangeRequest } from './change-request-transitions.js';
