import type { components } from '../http/api-types.generated';

type Schemas = components['schemas'];

/** A client user's session as `GET /api/auth/session` describes it: the channel is fixed at log-in. */
export type ClientPrincipal = Schemas['ClientPrincipalView'];

/** A member of the bank's staff: managers onboard clients, operators watch every process. */
export type StaffPrincipal = Schemas['StaffPrincipalView'];

export type SessionView = Schemas['SessionView'];

/** Why the user is at the log-in page, for the message shown there. */
export type SignedOutReason = 'expired' | 'logged-out';

export type SessionState =
  | { readonly kind: 'unknown' }
  | { readonly kind: 'signed-out'; readonly reason?: SignedOutReason }
  | { readonly kind: 'signed-in'; readonly session: SessionView };

export interface PhoneCredentials {
  readonly phone: string;
  readonly binIin: string;
  readonly password: string;
  readonly channel: 'LIGHT' | 'MOBILE';
}
