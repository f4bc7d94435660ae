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

/** A connected token with what the pages show of it. */
export interface ConnectedToken extends AgentToken {
  /** No key pair and no certificate on it yet: a new (or freshly formatted) token. */
  readonly empty: boolean;
}

/** What a page knows of the connected tokens: not asked yet, the agent's answer, or no answer. */
export type TokensState =
  | { readonly kind: 'unknown' }
  | { readonly kind: 'listed'; readonly tokens: readonly ConnectedToken[] }
  | { readonly kind: 'failed' };

/** What the agent's `formatToken` answers once the token is erased and has its new user PIN. */
export interface FormattedToken {
  readonly slotId: string;
  readonly label: string;
  readonly formatted: true;
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
 * Which token a wizard works on: exactly one may be connected, since a second one may belong to
 * another organization (and formatting would wipe it). The server and the agent check this too.
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

/** The token password rules the agent enforces (signer/src/pin/pin-policy.ts), for the explanation. */
export const TOKEN_PASSWORD_MIN_LENGTH = 8;
/** Domain §11: what a new KAZTOKEN comes with, the user's and the administrator's. */
export const DEFAULT_TOKEN_PASSWORD = '12345678';
export const DEFAULT_ADMIN_PASSWORD = '87654321';

/** The rules as the pages list them, with what their texts need. */
export const TOKEN_PASSWORD_RULES = {
  min: TOKEN_PASSWORD_MIN_LENGTH,
  default: DEFAULT_TOKEN_PASSWORD,
  admin: DEFAULT_ADMIN_PASSWORD,
} as const;
