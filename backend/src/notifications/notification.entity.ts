import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export type NotificationKind = 'AWAITING_SIGNATURE' | 'AWAITING_DISPATCH_EDS';

/**
 * The outbox of notifications to people: written in the same breath as the transition that causes
 * them, delivered by whatever channel the bank runs (SMS, e-mail, push) — undelivered until then.
 */
@Entity('notification_outbox')
@Index(['recipientId', 'createdAt'])
export class Notification {
  @PrimaryColumn('uuid')
  id!: string;

  /** `<document>:<timeline seq>:<recipient>`: a retried activity writes each notification once. */
  @Column('text', { name: 'dedupe_key', unique: true })
  dedupeKey!: string;

  @Column('uuid', { name: 'recipient_id' })
  recipientId!: string;

  @Column('text')
  kind!: NotificationKind;

  @Column('uuid', { name: 'document_id', nullable: true })
  documentId!: string | null;

  @Column('jsonb')
  payload!: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'delivered_at', nullable: true })
  deliveredAt!: Date | null;
}
