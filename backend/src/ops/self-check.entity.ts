import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Evidence that a self-check workflow reached the database through a worker's activity. */
@Entity('self_check')
export class SelfCheck {
  /** The self-check workflow id: writing it twice (a retried activity) keeps one row. */
  @PrimaryColumn('text')
  id!: string;

  @Column('text', { name: 'worker_identity' })
  workerIdentity!: string;

  @Column('timestamptz', { name: 'recorded_at', default: () => 'now()' })
  recordedAt!: Date;
}
