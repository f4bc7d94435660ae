import type { ChangeType } from './change-types.js';

/**
 * PENDING_CHECK → APPLIED (a second manager approved and it was applied, in one transaction)
 *              → FAILED (approved, but the client had moved on: the IBAN taken meanwhile…)
 *              → REJECTED (with the checker's reason) | WITHDRAWN (by its maker) | EXPIRED.
 * A request the bank exempts from checking is applied at once (APPLIED or FAILED).
 */
export const CHANGE_REQUEST_STATUSES = [
  'PENDING_CHECK',
  'APPLIED',
  'FAILED',
  'REJECTED',
  'WITHDRAWN',
  'EXPIRED',
] as const;
export type ChangeRequestStatus = (typeof CHANGE_REQUEST_STATUSES)[number];

export const CHANGE_REQUEST_EVENTS = [
  'SUBMITTED',
  'AMENDED',
  'APPROVED',
  'APPLIED',
  'FAILED',
  'REJECTED',
  'WITHDRAWN',
  'EXPIRED',
] as const;
export type ChangeRequestEvent = (typeof CHANGE_REQUEST_EVENTS)[number];

/** A member of staff as the request records them. */
export interface StaffActor {
  staffId: string;
  name: string;
}

/** The change itself: its type and fields, as the API validated them (plain JSON). */
export interface ChangePayload {
  type: ChangeType;
  [field: string]: unknown;
}

/** What applying produced: ids of what was created or changed, never a secret. */
export type ChangeOutcome = Record<string, string | number | boolean | null | string[]>;

export interface ChangeRequestState {
  requestId: string;
  /** The organization concerned (for onboarding, the id the new one will have). */
  organizationId: string;
  /** The object the change is to, e.g. `user:<id>:access`: one open request per target. */
  targetKey: string;
  /** What the change is to, for lists: a name, an IBAN, a serial (the type says what is done). */
  summary: string;
  change: ChangePayload;
  /** Bumped by each amendment: an approval names the revision its checker saw. */
  revision: number;
  maker: StaffActor;
  checker: StaffActor | null;
  /** Applied without a second manager because the bank's settings exempt the type. */
  exempt: boolean;
  status: ChangeRequestStatus;
  rejectionReason: string | null;
  outcome: ChangeOutcome | null;
  failure: { code: string; message: string; field: string | null } | null;
  submittedAt: string;
  expiresAt: string;
  decidedAt: string | null;
  timeline: ChangeRequestTimelineEntry[];
}

export interface ChangeRequestTimelineEntry {
  seq: number;
  event: ChangeRequestEvent;
  status: ChangeRequestStatus;
  at: string;
  actor?: StaffActor;
  details?: Record<string, string | number | boolean | null>;
}

export const FINAL_CHANGE_REQUEST_STATUSES: readonly ChangeRequestStatus[] = [
  'APPLIED',
  'FAILED',
  'REJECTED',
  'WITHDRAWN',
  'EXPIRED',
];

export function isChangeRequestOpen(state: ChangeRequestState): boolean {
  return state.status === 'PENDING_CHECK';
}
