import type { RegistrationHolder, RegistrationToken } from './registration-state.js';
import type { TimelineEntryOf } from './timeline.js';

/**
 * A token reissue's steps (domain §7, seed 002): exactly one token connected, the old certificates
 * revoked, the token formatted by the agent, then a new registration as a child process.
 */
export const REISSUE_STATUSES = [
  'AWAITING_TOKEN',
  'REVOKING',
  'AWAITING_FORMAT',
  'REGISTERING',
  'COMPLETED',
  'EXPIRED',
  'CANCELLED',
] as const;
export type ReissueStatus = (typeof REISSUE_STATUSES)[number];

export const FINAL_REISSUE_STATUSES: ReadonlySet<ReissueStatus> = new Set([
  'COMPLETED',
  'EXPIRED',
  'CANCELLED',
]);

/** Why the certificates are reissued; a compromised key is revoked as such, the rest as superseded. */
export const REISSUE_REASONS = ['PIN_FORGOTTEN', 'EXPIRING', 'KEY_COMPROMISE', 'TOKEN_REPLACED'] as const;
export type ReissueReason = (typeof REISSUE_REASONS)[number];

export const REISSUE_EVENTS = [
  'STARTED',
  'TOKEN_CHOSEN',
  'CERTIFICATES_REVOKED',
  'TOKEN_FORMATTED',
  'COMPLETED',
  'EXPIRED',
  'CANCELLED',
] as const;
export type ReissueEvent = (typeof REISSUE_EVENTS)[number];

export type ReissueTimelineEntry = TimelineEntryOf<ReissueStatus, ReissueEvent>;

/** Who started it: the client (from the log-in page) or a manager for them. */
export interface ReissueStarter {
  kind: 'CLIENT' | 'MANAGER';
  id: string;
  name: string;
}

export interface ReissueState {
  reissueId: string;
  holder: RegistrationHolder;
  reason: ReissueReason;
  startedBy: ReissueStarter;
  validityDays: number;
  status: ReissueStatus;
  token: RegistrationToken | null;
  /** Serial numbers of the certificates this reissue revoked. */
  revoked: string[];
  /** The registration this reissue started once the token was formatted. */
  registrationId: string | null;
  startedAt: string;
  /** Before the registration starts; the registration then has its own expiry. */
  expiresAt: string;
  timeline: ReissueTimelineEntry[];
}

export function reissueAwaitedParty(status: ReissueStatus): 'PERSON' | 'SYSTEM' | 'NOBODY' {
  if (FINAL_REISSUE_STATUSES.has(status)) return 'NOBODY';
  // While the child registration runs, the client is the one to act in it.
  return status === 'REVOKING' ? 'SYSTEM' : 'PERSON';
}
