import { RegistrationRejection, RegistrationRejectionCode as Code } from './registration-rejection.js';
import type { RegistrationHolder, RegistrationStatus } from './registration-state.js';
import {
  FINAL_REISSUE_STATUSES,
  type ReissueReason,
  type ReissueStarter,
  type ReissueState,
  type ReissueStatus,
} from './reissue-state.js';
import { moved } from './timeline.js';
import type { TokenChoice } from './registration-transitions.js';

const DAY_MS = 86_400_000;

export interface NewReissue {
  reissueId: string;
  holder: RegistrationHolder;
  reason: ReissueReason;
  startedBy: ReissueStarter;
  validityDays: number;
  expiresInDays: number;
  at: string;
}

export function startReissue(input: NewReissue): ReissueState {
  const state: ReissueState = {
    reissueId: input.reissueId,
    holder: input.holder,
    reason: input.reason,
    startedBy: input.startedBy,
    validityDays: input.validityDays,
    status: 'AWAITING_TOKEN',
    token: null,
    revoked: [],
    registrationId: null,
    startedAt: input.at,
    expiresAt: new Date(Date.parse(input.at) + input.expiresInDays * DAY_MS).toISOString(),
    timeline: [],
  };
  return moved(state, 'AWAITING_TOKEN', 'STARTED', input.at, {
    actor: input.startedBy.kind === 'CLIENT',
    details: { reason: input.reason, startedBy: input.startedBy.kind, by: input.startedBy.name },
  });
}

/** Formatting wipes a token: with another connected, the wrong one could be wiped (seed 002). */
export function chooseReissueToken(state: ReissueState, choice: TokenChoice, at: string): ReissueState {
  expectStatus(state, 'AWAITING_TOKEN');
  if (choice.connectedTokens !== 1) {
    throw new RegistrationRejection(
      choice.connectedTokens < 1 ? Code.NO_TOKEN : Code.MULTIPLE_TOKENS,
      choice.connectedTokens < 1
        ? 'Connect the token to reissue.'
        : 'Leave only your token connected: formatting would wipe any other one.',
      'connectedTokens',
    );
  }
  return moved({ ...state, token: choice.token }, 'REVOKING', 'TOKEN_CHOSEN', at, {
    actor: true,
    details: { serialNumber: choice.token.serialNumber },
  });
}

export function certificatesRevoked(state: ReissueState, serials: string[], at: string): ReissueState {
  expectStatus(state, 'REVOKING');
  return moved({ ...state, revoked: serials }, 'AWAITING_FORMAT', 'CERTIFICATES_REVOKED', at, {
    details: { count: serials.length },
  });
}

/** The agent formatted the token; the new registration starts with the given id. */
export function tokenFormatted(
  state: ReissueState,
  serialNumber: string,
  registrationId: string,
  at: string,
): ReissueState {
  expectStatus(state, 'AWAITING_FORMAT');
  if (state.token?.serialNumber !== serialNumber) {
    throw new RegistrationRejection(
      Code.OTHER_TOKEN,
      'This is not the token the reissue started with: connect that one.',
      'serialNumber',
    );
  }
  return moved({ ...state, registrationId }, 'REGISTERING', 'TOKEN_FORMATTED', at, {
    actor: true,
    details: { registrationId },
  });
}

/** The child registration's end is the reissue's. */
export function registrationEnded(state: ReissueState, ended: RegistrationStatus, at: string): ReissueState {
  expectStatus(state, 'REGISTERING');
  const status: ReissueStatus =
    ended === 'COMPLETED' ? 'COMPLETED' : ended === 'EXPIRED' ? 'EXPIRED' : 'CANCELLED';
  return moved(state, status, status, at, { details: { registration: ended } });
}

export function expireReissue(state: ReissueState, at: string): ReissueState {
  expectOpen(state);
  return moved(state, 'EXPIRED', 'EXPIRED', at, {});
}

/** Before the registration starts; afterwards the registration itself is cancelled. */
export function cancelReissue(state: ReissueState, reason: string, at: string): ReissueState {
  expectStatus(state, 'AWAITING_TOKEN', 'AWAITING_FORMAT');
  return moved(state, 'CANCELLED', 'CANCELLED', at, { details: { reason } });
}

/** An operator's cancellation, at any step (the child registration is cancelled with the reissue). */
export function abortReissue(state: ReissueState, reason: string, at: string): ReissueState {
  expectOpen(state);
  return moved(state, 'CANCELLED', 'CANCELLED', at, { details: { reason } });
}

export function isReissueOpen(state: ReissueState): boolean {
  return !FINAL_REISSUE_STATUSES.has(state.status);
}

function expectOpen(state: ReissueState): void {
  if (!isReissueOpen(state)) {
    throw new RegistrationRejection(Code.FINISHED, `The reissue is ${state.status.toLowerCase()}.`);
  }
}

function expectStatus(state: ReissueState, ...allowed: ReissueStatus[]): void {
  expectOpen(state);
  if (!allowed.includes(state.status)) {
    throw new RegistrationRejection(Code.WRONG_STEP, `The reissue waits for another step (${state.status}).`);
  }
}
