import { Injectable } from '@nestjs/common';
import type { ChangeOutcome } from '@qoltanba/workflows/domain';
import type { EntityManager } from 'typeorm';
import { SessionsService } from '../../auth/sessions/sessions.service.js';
import { FeatureError } from '../../common/errors/feature-error.js';
import { OrganizationsErrorCode as OrgCode } from '../../organizations/organizations-error-code.js';
import { ChangeRequestsErrorCode as Code } from '../change-requests-error-code.js';
import type { AnyChange, UserChange } from '../dto/change.dto.js';
import {
  type ApplyContext,
  type ChangeApplier,
  differencesOf,
  type Inspection,
  shown,
} from './change-applier.js';

export interface UserRow {
  id: string;
  organization_id: string;
  full_name: string;
  iin: string;
  signature_right: string;
  channels: string[];
  status: string;
}

/** What a user may do: their signature right and channels, and whether they may log in at all. */
@Injectable()
export class UserAccessApplier implements ChangeApplier {
  readonly types = ['CHANGE_USER_ACCESS', 'BLOCK_USER', 'UNBLOCK_USER'] as const;

  constructor(private readonly sessions: SessionsService) {}

  async inspect(change: AnyChange, db: EntityManager): Promise<Inspection> {
    const user = await findUser(db, (change as UserChange).userId);
    if (change.type === 'CHANGE_USER_ACCESS') {
      const { signatureRight, channels } = change;
      const differences = differencesOf([
        ['signatureRight', user.signature_right, signatureRight ?? user.signature_right],
        ['channels', shown(user.channels), shown(channels ?? user.channels)],
      ]);
      if (differences.length === 0)
        throw new FeatureError(
          Code.NOTHING_TO_CHANGE,
          'The user already has this right and these channels.',
          {
            field: 'change.signatureRight',
          },
        );
      return {
        organizationId: user.organization_id,
        targetKey: `user:${user.id}:access`,
        summary: user.full_name,
        differences,
      };
    }
    const after = change.type === 'BLOCK_USER' ? 'BLOCKED' : 'ACTIVE';
    if (user.status === after)
      throw new FeatureError(Code.NOTHING_TO_CHANGE, `The user is ${after.toLowerCase()} already.`, {
        field: 'change.userId',
      });
    return {
      organizationId: user.organization_id,
      targetKey: `user:${user.id}:status`,
      summary: user.full_name,
      differences: [{ field: 'status', before: user.status, after }],
    };
  }

  async apply(change: AnyChange, { tx }: ApplyContext): Promise<ChangeOutcome> {
    const { userId } = change as UserChange;
    if (change.type === 'CHANGE_USER_ACCESS') {
      const { signatureRight, channels } = change;
      await tx.query(
        `UPDATE client_user SET signature_right = coalesce($2, signature_right), channels = coalesce($3, channels)
         WHERE id = $1`,
        [userId, signatureRight ?? null, channels ?? null],
      );
      return { userId };
    }
    const blocking = change.type === 'BLOCK_USER';
    await tx.query(`UPDATE client_user SET status = $2 WHERE id = $1`, [
      userId,
      blocking ? 'BLOCKED' : 'ACTIVE',
    ]);
    // A blocked user is logged out everywhere at once, not at their next request.
    if (blocking) await this.sessions.revokeAllOfClient(userId, 'USER_BLOCKED', tx);
    else await tx.query(`UPDATE client_credential SET failed_attempts = 0 WHERE user_id = $1`, [userId]);
    return { userId };
  }
}

export async function findUser(db: EntityManager, userId: string): Promise<UserRow> {
  const [user] = await db.query<UserRow[]>(
    `SELECT id, organization_id, full_name, iin, signature_right, channels, status FROM client_user WHERE id = $1`,
    [userId],
  );
  if (!user) throw new FeatureError(OrgCode.USER_NOT_FOUND, 'No such user.', { field: 'change.userId' });
  return user;
}
