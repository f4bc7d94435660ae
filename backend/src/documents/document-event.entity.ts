import type { TimelineEntry } from '@qoltanba/workflows/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Append-only audit of a document: one row per timeline entry, never updated or deleted. */
@Entity('document_event')
export class DocumentEvent {
  @PrimaryColumn('uuid', { name: 'document_id' })
  documentId!: string;

  @PrimaryColumn('integer')
  seq!: number;

  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Column('text')
  event!: TimelineEntry['event'];

  @Column('text')
  status!: TimelineEntry['status'];

  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId!: string | null;

  @Column('text', { name: 'actor_name', nullable: true })
  actorName!: string | null;

  @Column('text', { nullable: true })
  channel!: string | null;

  @Column('jsonb', { nullable: true })
  details!: TimelineEntry['details'] | null;

  @Column('timestamptz')
  at!: Date;
}
