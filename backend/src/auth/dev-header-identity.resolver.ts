import { HttpStatus, Injectable } from '@nestjs/common';
import { CHANNELS, type Channel } from '@qoltanba/workflows/domain';
import type { Request } from 'express';
import { ApiError } from '../common/errors/api-error.js';
import { AppConfig } from '../config/app-config.js';
import { ClientUsersService } from '../organizations/client-users.service.js';
import { AuthErrorCode } from './auth-error-code.js';
import type { Identity } from './identity.js';
import { IdentityResolver } from './identity-resolver.js';

export const DEV_HEADERS = {
  userId: 'x-dev-user-id',
  channel: 'x-dev-channel',
  staffRole: 'x-dev-staff-role',
  staffId: 'x-dev-staff-id',
} as const;

/**
 * Development and test only: the caller names itself in headers. The user is still read from the
 * database on every request, so a blocked user or a disabled channel is refused like it will be
 * with real sessions. In production these headers are refused outright.
 */
@Injectable()
export class DevHeaderIdentityResolver extends IdentityResolver {
  constructor(
    private readonly config: AppConfig,
    private readonly users: ClientUsersService,
  ) {
    super();
  }

  async resolve(request: Request): Promise<Identity | undefined> {
    const userId = request.header(DEV_HEADERS.userId);
    const staffRole = request.header(DEV_HEADERS.staffRole);
    if (!userId && !staffRole) return undefined;
    if (this.config.nodeEnv === 'production') {
      throw new ApiError(
        HttpStatus.UNAUTHORIZED,
        AuthErrorCode.DEV_IDENTITY_DISABLED,
        'Development identity headers are not accepted here.',
      );
    }
    if (staffRole) {
      if (staffRole !== 'MANAGER' && staffRole !== 'OPERATOR') return undefined;
      return {
        kind: 'STAFF',
        role: staffRole,
        staffId: request.header(DEV_HEADERS.staffId) ?? 'dev-staff',
      };
    }
    const channel = (request.header(DEV_HEADERS.channel) ?? 'STANDARD').toUpperCase() as Channel;
    if (!CHANNELS.includes(channel)) return undefined;
    const user = await this.users.findActiveForSession(userId!, channel);
    return { kind: 'CLIENT', userId: user.id, organizationId: user.organizationId, channel };
  }
}
