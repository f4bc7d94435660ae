import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { SmsPurpose } from './sms-gateway.js';

/**
 * SMS waiting for (or handed to) delivery. The text is sealed with the SecretBox (context
 * `sms:<id>`): a temporary password is not readable from a copy of the table.
 */
@Entity('sms_outbox')
@Index(['phone', 'createdAt'])
export class SmsOutboxMessage {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  phone!: string;

  @Column('text')
  purpose!: SmsPurpose;

  @Column('text', { name: 'text_sealed' })
  textSealed!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'delivered_at', nullable: true })
  deliveredAt!: Date | null;
}
