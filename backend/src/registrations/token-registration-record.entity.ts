import type { RegistrationStatus } from '@qoltanba/workflows/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A token registration beside the shared process read model: whose it is and whether it is still
 * open (at most one open per user, so entering the credentials again finds it). The API creates the
 * row before starting the workflow; the workflow's projection keeps it current.
 */
@Entity('token_registration')
export class TokenRegistrationRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text', { name: 'workflow_id', unique: true })
  workflowId!: string;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Column('text')
  status!: RegistrationStatus;

  @Column('boolean', { default: true })
  open!: boolean;

  @Column('uuid', { name: 'reissue_id', nullable: true })
  reissueId!: string | null;

  @Column('text', { name: 'token_serial', nullable: true })
  tokenSerial!: string | null;

  @Column('integer', { name: 'last_seq', default: 0 })
  lastSeq!: number;

  @Column('timestamptz', { name: 'started_at', default: () => 'now()' })
  startedAt!: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
