import type { DocumentState, DocumentStatus, DocumentType } from '@qoltanba/workflows/domain';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The read model of a document: the columns lists filter and sort on, plus the workflow's last
 * state as projected (without its timeline, which lives in document_event). The workflow is the
 * source of truth; this row is rewritten at every transition, never edited by hand.
 */
@Entity('document')
@Index(['organizationId', 'createdAt'])
@Index(['organizationId', 'status'])
export class DocumentRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Column('text')
  type!: DocumentType;

  @Column('text')
  status!: DocumentStatus;

  @Column('text')
  number!: string;

  @Column('char', { name: 'payer_iban', length: 20 })
  payerIban!: string;

  @Column('bigint', { name: 'amount_tiyn' })
  amountTiyn!: string;

  @Column('date', { name: 'value_date' })
  valueDate!: string;

  @Column('text', { name: 'beneficiary_name' })
  beneficiaryName!: string;

  @Column('uuid', { name: 'author_id' })
  authorId!: string;

  /** The timeline entry this row reflects; a projection only ever moves it forward. */
  @Column('integer', { name: 'last_seq' })
  lastSeq!: number;

  @Column('jsonb')
  state!: Omit<DocumentState, 'timeline'>;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
