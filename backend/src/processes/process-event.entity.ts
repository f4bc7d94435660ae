import type { ProcessType } from '@qoltanba/workflows/domain';
import type { ProcessActor } from './process-snapshot.js';
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

  /** Who did it, through which channel; absent for the system's own steps (the bank, a deadline). */
  @Column('jsonb', { nullable: true })
  actor!: ProcessActor | null;

  @Column('jsonb', { nullable: true })
  details!: Record<string, string | number | boolean | null> | null;

  @Column('timestamptz')
  at!: Date;
}
