import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type AuditActorKind = 'CLIENT' | 'STAFF' | 'ANONYMOUS' | 'SYSTEM';

/**
 * One security-relevant act and how it ended: log-ins, OTP attempts, device and credential
 * management, refused access. Append-only (a trigger refuses UPDATE and DELETE); never a secret.
 */
@Entity('audit_event')
@Index(['actorId', 'at'])
@Index(['subjectId', 'at'])
export class AuditEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column('timestamptz', { default: () => 'now()' })
  at!: Date;

  @Column('text', { name: 'actor_kind' })
  actorKind!: AuditActorKind;

  /** The client user or staff member; for an anonymous log-in attempt, the account it named, if any. */
  @Column('text', { name: 'actor_id', nullable: true })
  actorId!: string | null;

  @Column('uuid', { name: 'organization_id', nullable: true })
  organizationId!: string | null;

  /** What was attempted, e.g. AUTH_LOGIN, OTP_VERIFY, OTP_DEVICE_BLOCK. */
  @Column('text')
  action!: string;

  /** SUCCESS, or the error code the attempt was refused with. */
  @Column('text')
  outcome!: string;

  @Column('text', { name: 'subject_kind', nullable: true })
  subjectKind!: string | null;

  @Column('text', { name: 'subject_id', nullable: true })
  subjectId!: string | null;

  @Column('text', { nullable: true })
  ip!: string | null;

  @Column('jsonb', { default: () => `'{}'::jsonb` })
  details!: Record<string, unknown>;
}
