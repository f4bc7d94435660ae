import type { Channel } from '@qoltanba/workflows/domain';
import type { ClientUser } from '../organizations/client-user.entity.js';

/** The server-side session a request came with (absent for the test-only identity headers). */
export interface SessionRef {
  id: string;
  /** A first log-in with a temporary or issued password: nothing but the password change is allowed. */
  passwordChangeRequired: boolean;
  /** The session's absolute end (its idle timeout may end it sooner). */
  expiresAt: Date;
}

/** A client user of an organization, in the channel their session was opened in. */
export interface ClientIdentity {
  kind: 'CLIENT';
  userId: string;
  organizationId: string;
  channel: Channel;
  session?: SessionRef;
  /**
   * The user as read when the request was authenticated, so that every check of one request sees
   * the same user without reading it again; absent where an identity is built by hand.
   */
  user?: ClientUser;
}

/**
 * Managers onboard and change clients, each change checked by a second manager; a senior manager
 * also sets the bank's rules for that checking; operators watch processes and act on stuck ones;
 * auditors read what operators read and act on nothing.
 */
export type StaffRole = 'MANAGER' | 'SENIOR_MANAGER' | 'OPERATOR' | 'AUDITOR';
export const STAFF_ROLES: readonly StaffRole[] = ['MANAGER', 'SENIOR_MANAGER', 'OPERATOR', 'AUDITOR'];
/** Every role that sees the operations console (only operators act in it). */
export const OPERATIONS_ROLES: readonly StaffRole[] = ['OPERATOR', 'AUDITOR'];
/** Every role that works with clients. */
export const MANAGER_ROLES: readonly StaffRole[] = ['MANAGER', 'SENIOR_MANAGER'];

/** A bank employee: managers onboard clients, operators watch processes. */
export interface StaffIdentity {
  kind: 'STAFF';
  staffId: string;
  role: StaffRole;
  session?: SessionRef;
}

export type Identity = ClientIdentity | StaffIdentity;
