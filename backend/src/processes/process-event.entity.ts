import type { ProcessType } from '@qoltanba/workflows/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A process's timeline: one row per transition, in order, never updated or deleted (a trigger refuses). */
@Entity('process_event')
export class ProcessEvent {
  @PrimaryColumn('uuid', { name: 'process_id' })
  processId!: string;

  @PrimaryColumn('integer')
  seq!: number;

  @Column('text', { name: 'process_type' })
  processType!: ProcessType;

  @Column('uuid', { name: 'organization_id', nullable: true })
  organizationId!: string | null;

  @Column('text')
  event!: string;

  /** The status after the event. */
  @Column('text')
  status!: string;

  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId!: string | null;

  @Column('text', { name: 'actor_name', nullable: true })
  actorName!: string | null;

  @Column('text', { nullable: true })
  channel!: string | null;

  @Column('jsonb', { nullable: true })
  details!: Record<string, string | number | boolean | null> | null;

  @Column('timestamptz')
  at!: Date;
}
