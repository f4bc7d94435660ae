import { Injectable } from '@nestjs/common';
import { CHANNELS, type Channel } from '@qoltanba/workflows/domain';
import type { Request } from 'express';
import { ActiveClientUsers } from './active-client-users.js';
import { type Identity, STAFF_ROLES, type StaffRole } from '../access/identity.js';

export const DEV_HEADERS = {
  userId: 'x-dev-user-id',
  channel: 'x-dev-channel',
  staffRole: 'x-dev-staff-role',
  staffId: 'x-dev-staff-id',
} as const;

/** Whether a request names its caller in the test-only identity headers. */
export function hasDevHeaders(request: Request): boolean {
  return Object.values(DEV_HEADERS).some((name) => request.header(name) !== undefined);
}

/**
 * Test convenience only: with NODE_ENV=test the caller may name itself in headers, so the document
 * engine's suites can act as many users without logging each in. SessionIdentityResolver consults
 * it only under NODE_ENV=test and refuses these headers outright in development and production.
 * The user is still read from the database on every request, so a blocked user or a disabled
 * channel is refused as with a real session.
 */
@Injectable()
export class DevHeaderIdentityResolver {
  constructor(private readonly users: ActiveClientUsers) {}

  async resolve(request: Request): Promise<Identity | undefined> {
    const userId = request.header(DEV_HEADERS.userId);
    const staffRole = request.header(DEV_HEADERS.staffRole) as StaffRole | undefined;
    if (staffRole) {
      if (!STAFF_ROLES.includes(staffRole)) return undefined;
      return { kind: 'STAFF', role: staffRole, staffId: request.header(DEV_HEADERS.staffId) ?? 'dev-staff' };
    }
    if (!userId) return undefined;
    const channel = (request.header(DEV_HEADERS.channel) ?? 'STANDARD').toUpperCase() as Channel;
    if (!CHANNELS.includes(channel)) return undefined;
    const user = await this.users.forSession(userId, channel);
    return { kind: 'CLIENT', userId: user.id, organizationId: user.organizationId, channel, user };
  }
}
