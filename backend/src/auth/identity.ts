import type { Channel } from '@qoltanba/workflows/domain';

/** A client user of an organization, in the channel their session was opened in. */
export interface ClientIdentity {
  kind: 'CLIENT';
  userId: string;
  organizationId: string;
  channel: Channel;
}

export type StaffRole = 'MANAGER' | 'OPERATOR';

/** A bank employee: managers onboard clients, operators watch processes. */
export interface StaffIdentity {
  kind: 'STAFF';
  staffId: string;
  role: StaffRole;
}

export type Identity = ClientIdentity | StaffIdentity;
