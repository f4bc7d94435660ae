import type { Channel, SignatureRight } from '@qoltanba/workflows/domain';

/** A client user's session as `GET /api/auth/session` describes it (backend dto/session.view.ts). */
export interface ClientPrincipal {
  readonly kind: 'CLIENT';
  readonly userId: string;
  readonly fullName: string;
  readonly organizationId: string;
  readonly organizationName: string;
  /** Fixed at log-in: Standard by login/password or EDS, Light or Mobile by phone. */
  readonly channel: Channel;
  readonly signatureRight: SignatureRight;
}

/** A member of the bank's staff: managers onboard clients, operators watch every process. */
export interface StaffPrincipal {
  readonly kind: 'STAFF';
  readonly staffId: string;
  readonly fullName: string;
  readonly role: 'MANAGER' | 'OPERATOR';
}

export interface SessionView {
  readonly principal: ClientPrincipal | StaffPrincipal;
  readonly passwordChangeRequired: boolean;
  readonly csrfToken?: string;
  readonly idleTimeoutSeconds: number;
  readonly expiresAt: string;
}

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
