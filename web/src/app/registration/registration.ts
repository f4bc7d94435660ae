import type { components } from '../core/http/api-types.generated';

type Schemas = components['schemas'];

/** A registration as every step of `/api/registrations` answers it. */
export type RegistrationView = Schemas['RegistrationView'];
export type RegistrationStatus = Schemas['RegistrationStatus'];
export type RegistrationCertificate = Schemas['RegistrationCertificateView'];
/** `POST /api/registrations`: the registration and the key every later step carries. */
export type OpenedRegistration = Schemas['OpenedRegistrationView'];

/** The wizard's steps in the order the client goes through them (domain §7). */
export const WIZARD_STEPS = ['credentials', 'token', 'password', 'keys', 'issuing', 'write', 'done'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];
/** A registration that expired or was cancelled: the client starts a new one. */
export type WizardScreen = WizardStep | 'ended';

const STEP_OF_STATUS: Readonly<Record<RegistrationStatus, WizardScreen>> = {
  AWAITING_TOKEN: 'token',
  AWAITING_PASSWORD: 'password',
  AWAITING_KEYS: 'keys',
  ISSUING: 'issuing',
  AWAITING_WRITE: 'write',
  COMPLETED: 'done',
  EXPIRED: 'ended',
  CANCELLED: 'ended',
};

/** What the wizard shows: the credentials until a registration is open, then the step it waits for. */
export function screenOf(registration: Pick<RegistrationView, 'status'> | undefined): WizardScreen {
  return registration ? STEP_OF_STATUS[registration.status] : 'credentials';
}

/** A token as the agent's `listTokens` reports it (signer/src/pkcs11/token-summary.ts). */
export interface AgentToken {
  readonly slotId: string;
  readonly label: string;
  readonly manufacturer: string;
  readonly model: string;
  readonly serialNumber: string;
  readonly initialized: boolean;
  readonly userPinLocked: boolean;
}

/** A connected token with what the wizard shows of it. */
export interface ConnectedToken extends AgentToken {
  /** No key pair and no certificate on it yet: a new token from the branch. */
  readonly empty: boolean;
}

/**
 * Only initialized tokens count as connected: SoftHSM2 (and some readers) always show an empty,
 * uninitialized slot, which is not a token anyone could register.
 */
export function connectedTokens<T extends AgentToken>(listed: readonly T[]): T[] {
  return listed.filter((token) => token.initialized);
}

/** Domain §7: an empty token (or one without a name) is "KAZTOKEN - ?" until it holds a profile. */
export const EMPTY_TOKEN_NAME = 'KAZTOKEN - ?';

export function tokenName(token: Pick<ConnectedToken, 'label' | 'empty'>): string {
  return token.empty || token.label.trim() === '' ? EMPTY_TOKEN_NAME : token.label;
}

/**
 * Which token to register: exactly one may be connected, since a second one may belong to another
 * organization (and a later re-registration would wipe it). The server checks this too.
 */
export type TokenChoice<T> =
  | { readonly kind: 'none' }
  | { readonly kind: 'one'; readonly token: T }
  | { readonly kind: 'several'; readonly count: number };

export function chooseToken<T extends AgentToken>(listed: readonly T[]): TokenChoice<T> {
  const connected = connectedTokens(listed);
  if (connected.length === 0) return { kind: 'none' };
  if (connected.length > 1) return { kind: 'several', count: connected.length };
  return { kind: 'one', token: connected[0]! };
}

/** The OTP card's PIN: 11 characters; the bank compares it in upper case, so we send it so. */
export const CARD_PIN_LENGTH = 11;

export function normalizeCardPin(pin: string): string {
  return pin.replace(/\s+/g, '').toUpperCase();
}

/** The token password rules the agent enforces (signer/src/pin/pin-policy.ts), for the explanation. */
export const TOKEN_PASSWORD_MIN_LENGTH = 8;
export const DEFAULT_TOKEN_PASSWORD = '12345678';
