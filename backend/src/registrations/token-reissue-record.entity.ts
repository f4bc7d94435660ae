import type { ReissueReason, ReissueStatus } from '@qoltanba/workflows/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A token reissue beside the shared process read model: at most one open per user. */
@Entity('token_reissue')
export class TokenReissueRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text', { name: 'workflow_id', unique: true })
  workflowId!: string;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Column('text')
  status!: ReissueStatus;

  @Column('boolean', { default: true })
  open!: boolean;

  @Column('text')
  reason!: ReissueReason;

  /** CLIENT or MANAGER:<staff id>. */
  @Column('text', { name: 'started_by' })
  startedBy!: string;

  @Column('uuid', { name: 'registration_id', nullable: true })
  registrationId!: string | null;

  @Column('integer', { name: 'last_seq', default: 0 })
  lastSeq!: number;

  @Column('timestamptz', { name: 'started_at', default: () => 'now()' })
  startedAt!: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
