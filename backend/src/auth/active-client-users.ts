import { Injectable } from '@nestjs/common';
import type { Channel } from '@qoltanba/workflows/domain';
import { AccessErrorCode } from '../access/access-error-code.js';
import { FeatureError } from '../common/errors/feature-error.js';
import type { ClientUser } from '../organizations/client-user.entity.js';
import { ClientUsersService } from '../organizations/client-users.service.js';
import { AuthErrorCode } from './auth-error-code.js';

/** Who may hold a client session: the user exists, is active, and has the session's channel enabled. */
@Injectable()
export class ActiveClientUsers {
  constructor(private readonly users: ClientUsersService) {}

  async forSession(userId: string, channel: Channel): Promise<ClientUser> {
    const user = await this.users.find(userId);
    if (!user) throw new FeatureError(AccessErrorCode.UNAUTHENTICATED, 'Please log in.');
    if (user.status !== 'ACTIVE') {
      throw new FeatureError(AuthErrorCode.USER_BLOCKED, 'Your access is blocked; contact your manager.');
    }
    if (!user.channels.includes(channel)) {
      throw new FeatureError(
        AuthErrorCode.CHANNEL_NOT_ENABLED,
        `The ${channel} channel is not enabled for you.`,
      );
    }
    return user;
  }
}
