import type {
  ApplicationFamily,
  ApplicationKind,
  ApplicationState,
  ApplicationStatus,
} from '@qoltanba/workflows/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The read model of an application: the columns its lists filter on and the workflow's last state
 * as projected (its timeline lives in `process_event`). Rewritten at every transition, never by hand.
 */
@Entity('application')
export class ApplicationRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Column('text')
  kind!: ApplicationKind;

  @Column('text')
  family!: ApplicationFamily;

  @Column('text')
  number!: string;

  @Column('text')
  status!: ApplicationStatus;

  @Column('uuid', { name: 'author_id' })
  authorId!: string;

  @Column('text', { name: 'account_iban', nullable: true })
  accountIban!: string | null;

  /** Integer minor units, as PostgreSQL's bigint text: exact, never a float. */
  @Column('bigint', { name: 'amount_minor', nullable: true })
  amountMinor!: string | null;

  @Column('char', { length: 3, nullable: true })
  currency!: string | null;

  /** For a cancellation: the application it cancels. */
  @Column('uuid', { name: 'cancels_id', nullable: true })
  cancelsId!: string | null;

  @Column('integer', { name: 'last_seq' })
  lastSeq!: number;

  /** The workflow's state without its timeline. */
  @Column('jsonb')
  state!: Omit<ApplicationState, 'timeline'>;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
