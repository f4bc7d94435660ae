import { RegistrationRejection, RegistrationRejectionCode as Code } from './registration-rejection.js';
import {
  FINAL_REGISTRATION_STATUSES,
  type CertificateRequests,
  type IssuanceRefusal,
  type RegistrationCertificate,
  type RegistrationHolder,
  type RegistrationState,
  type RegistrationStatus,
  type RegistrationToken,
} from './registration-state.js';
import { moved } from './timeline.js';

const DAY_MS = 86_400_000;
/** A PKCS#10 request for RSA-2048 is about 1 KB; anything far larger is not one. */
const MAX_REQUEST_BASE64 = 16_384;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

export interface NewRegistration {
  registrationId: string;
  holder: RegistrationHolder;
  validityDays: number;
  expiresInDays: number;
  reissueId?: string;
  at: string;
}

/** What the agent saw connected when the client chose the token. */
export interface TokenChoice {
  token: RegistrationToken;
  connectedTokens: number;
}

export function startRegistration(input: NewRegistration): RegistrationState {
  const state: RegistrationState = {
    registrationId: input.registrationId,
    holder: input.holder,
    validityDays: input.validityDays,
    reissueId: input.reissueId ?? null,
    status: 'AWAITING_TOKEN',
    token: null,
    requests: null,
    certificates: [],
    refusal: null,
    startedAt: input.at,
    expiresAt: new Date(Date.parse(input.at) + input.expiresInDays * DAY_MS).toISOString(),
    timeline: [],
  };
  return moved(state, 'AWAITING_TOKEN', 'STARTED', input.at, {
    actor: true,
    details: { validityDays: input.validityDays, reissueId: input.reissueId ?? null },
  });
}

/**
 * Exactly one token must be connected: a second one may be another organization's, which a later
 * reissue would wipe. Choosing again before the keys are made is allowed (the client changed tokens).
 */
export function chooseToken(state: RegistrationState, choice: TokenChoice, at: string): RegistrationState {
  expectStatus(state, 'AWAITING_TOKEN', 'AWAITING_PASSWORD', 'AWAITING_KEYS');
  if (choice.connectedTokens < 1) {
    throw new RegistrationRejection(Code.NO_TOKEN, 'Connect the token to register.', 'connectedTokens');
  }
  if (choice.connectedTokens > 1) {
    throw new RegistrationRejection(
      Code.MULTIPLE_TOKENS,
      'Leave only the token you register connected: another one may belong to someone else.',
      'connectedTokens',
    );
  }
  const same = state.token?.serialNumber === choice.token.serialNumber;
  // The same token again keeps its progress; another one starts from its password.
  const next = { ...state, token: choice.token };
  const status = same && state.status !== 'AWAITING_TOKEN' ? state.status : 'AWAITING_PASSWORD';
  return moved(next, status, 'TOKEN_CHOSEN', at, {
    actor: true,
    details: { serialNumber: choice.token.serialNumber, label: choice.token.label },
  });
}

/** The agent set the token password; it never reaches the bank, only the fact that it was set. */
export function confirmPasswordSet(state: RegistrationState, serialNumber: string, at: string) {
  expectStatus(state, 'AWAITING_PASSWORD');
  expectToken(state, serialNumber);
  return moved(state, 'AWAITING_KEYS', 'PASSWORD_SET', at, { actor: true });
}

/** The two requests the agent made on the token; the CA is asked next. */
export function submitRequests(
  state: RegistrationState,
  requests: CertificateRequests & { serialNumber: string },
  at: string,
): RegistrationState {
  expectStatus(state, 'AWAITING_KEYS');
  expectToken(state, requests.serialNumber);
  const signingField = requests.nationalSigning === undefined ? 'signing' : 'nationalSigning';
  if (requests.signing !== undefined && requests.nationalSigning !== undefined) {
    throw new RegistrationRejection(
      Code.REQUEST_MALFORMED,
      'Send a signing request or a national signing certificate, not both.',
      'nationalSigning',
    );
  }
  for (const field of [signingField, 'authentication'] as const) {
    const value = requests[field];
    if (typeof value !== 'string' || value.length > MAX_REQUEST_BASE64 || !BASE64.test(value)) {
      throw new RegistrationRejection(Code.REQUEST_MALFORMED, 'This is not base64 DER.', field);
    }
  }
  const next = {
    ...state,
    requests: {
      [signingField]: requests[signingField],
      authentication: requests.authentication,
    } as CertificateRequests,
    refusal: null,
  };
  return moved(next, 'ISSUING', 'REQUESTS_SUBMITTED', at, {
    actor: true,
    details: { national: signingField === 'nationalSigning' },
  });
}

export function certificatesIssued(
  state: RegistrationState,
  certificates: RegistrationCertificate[],
  at: string,
): RegistrationState {
  expectStatus(state, 'ISSUING');
  return moved({ ...state, certificates }, 'AWAITING_WRITE', 'CERTIFICATES_ISSUED', at, {
    details: Object.fromEntries(certificates.map((issued) => [issued.purpose, issued.serialNumber])),
  });
}

/** The CA refused the requests (bad request, key in use): the client makes new keys and requests. */
export function issuanceRefused(state: RegistrationState, refusal: IssuanceRefusal, at: string) {
  expectStatus(state, 'ISSUING');
  return moved({ ...state, requests: null, refusal }, 'AWAITING_KEYS', 'ISSUANCE_REFUSED', at, {
    details: { code: refusal.code },
  });
}

/** Checked before the certificates are registered as the user's active ones. */
export function precheckWritten(state: RegistrationState, serialNumber: string): void {
  expectStatus(state, 'AWAITING_WRITE');
  expectToken(state, serialNumber);
}

export function completeRegistration(state: RegistrationState, serialNumber: string, at: string) {
  precheckWritten(state, serialNumber);
  return moved(state, 'COMPLETED', 'COMPLETED', at, { actor: true });
}

export function expireRegistration(state: RegistrationState, at: string): RegistrationState {
  expectOpen(state);
  return moved(state, 'EXPIRED', 'EXPIRED', at, {});
}

export function cancelRegistration(state: RegistrationState, reason: string, at: string) {
  expectOpen(state);
  return moved(state, 'CANCELLED', 'CANCELLED', at, { details: { reason } });
}

export function isRegistrationOpen(state: RegistrationState): boolean {
  return !FINAL_REGISTRATION_STATUSES.has(state.status);
}

function expectOpen(state: RegistrationState): void {
  if (!isRegistrationOpen(state)) {
    throw new RegistrationRejection(Code.FINISHED, `The registration is ${state.status.toLowerCase()}.`);
  }
}

function expectStatus(state: RegistrationState, ...allowed: RegistrationStatus[]): void {
  expectOpen(state);
  if (!allowed.includes(state.status)) {
    throw new RegistrationRejection(
      Code.WRONG_STEP,
      `The registration waits for another step (${state.status}).`,
    );
  }
}

function expectToken(state: RegistrationState, serialNumber: string): void {
  if (state.token?.serialNumber !== serialNumber) {
    throw new RegistrationRejection(
      Code.OTHER_TOKEN,
      'This is not the token the registration started with: connect that one.',
      'serialNumber',
    );
  }
}
