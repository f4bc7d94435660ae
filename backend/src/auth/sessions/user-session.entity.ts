import type { Channel } from '@qoltanba/workflows/domain';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { StaffRole } from '../../access/identity.js';

/**
 * A server-side session. The cookie carries a random token; only its SHA-256 is kept here, so a
 * copy of this table opens no session. The channel is fixed when the session is opened.
 */
@Entity('user_session')
@Index(['clientUserId'])
@Index(['staffUserId'])
export class UserSession {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('char', { name: 'token_hash', length: 64, unique: true })
  tokenHash!: string;

  /** The token before the last rotation, still accepted until previous_valid_until (requests in flight). */
  @Column('char', { name: 'previous_token_hash', length: 64, nullable: true })
  previousTokenHash!: string | null;

  @Column('timestamptz', { name: 'previous_valid_until', nullable: true })
  previousValidUntil!: Date | null;

  @Column('timestamptz', { name: 'token_issued_at' })
  tokenIssuedAt!: Date;

  @Column('char', { name: 'csrf_token_hash', length: 64 })
  csrfTokenHash!: string;

  @Column('text', { name: 'principal_kind' })
  principalKind!: 'CLIENT' | 'STAFF';

  @Column('uuid', { name: 'client_user_id', nullable: true })
  clientUserId!: string | null;

  @Column('uuid', { name: 'organization_id', nullable: true })
  organizationId!: string | null;

  @Column('text', { nullable: true })
  channel!: Channel | null;

  @Column('uuid', { name: 'staff_user_id', nullable: true })
  staffUserId!: string | null;

  @Column('text', { name: 'staff_role', nullable: true })
  staffRole!: StaffRole | null;

  @Column('boolean', { name: 'password_change_required' })
  passwordChangeRequired!: boolean;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'last_seen_at' })
  lastSeenAt!: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;

  @Column('text', { name: 'revoked_reason', nullable: true })
  revokedReason!: string | null;

  @Column('text', { nullable: true })
  ip!: string | null;

  @Column('text', { name: 'user_agent', nullable: true })
  userAgent!: string | null;
}
